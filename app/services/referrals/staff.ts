/** The provider staff member acting: the audit's actor, and the scope of every query. */
export type Staff = { id: number; providerId: number };
