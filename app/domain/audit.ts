// How the audit log reads to a person (ADR 022): repeated reads of the same thing by the same
// person within a short window are one line with a count. Every event stays in the database;
// only the view and its CSV group them.

/** Reads within this window of a group's latest read join it. */
export const REPEAT_WINDOW_MS = 10 * 60_000;

/** Actions that only look at data (nothing changed): these are grouped when repeated. */
export function isReadAction(action: string): boolean {
  return /\.(read|viewed|listed)$/.test(action);
}

export type AuditEventLike = {
  id: number;
  at: number;
  actorUserId: number | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
};

export type Grouped<T> = T & { count: number; firstAt: number };

/**
 * Groups events given newest first: a read joins the group before it when it is the same actor,
 * action and subject, and at most REPEAT_WINDOW_MS before that group's latest event. Changes are
 * never grouped. Each group keeps its newest event's fields, its earliest time and how many.
 */
export function groupRepeatedReads<T extends AuditEventLike>(events: readonly T[], windowMs = REPEAT_WINDOW_MS) {
  const groups: Grouped<T>[] = [];
  for (const e of events) {
    const last = groups.at(-1);
    if (
      last &&
      isReadAction(e.action) &&
      last.action === e.action &&
      last.actorUserId === e.actorUserId &&
      last.subjectType === e.subjectType &&
      last.subjectId === e.subjectId &&
      last.at - e.at <= windowMs
    ) {
      last.count += 1;
      last.firstAt = e.at;
    } else groups.push({ ...e, count: 1, firstAt: e.at });
  }
  return groups;
}
