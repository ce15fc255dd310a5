// Texts of one area in both languages; nl.ts and en.ts spread them in.
export const auditNl = {} as const;

export const auditEn: Record<keyof typeof auditNl, string> = {};
