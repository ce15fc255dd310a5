// Texts of one area in both languages; nl.ts and en.ts spread them in.
export const casesNl = {} as const;

export const casesEn: Record<keyof typeof casesNl, string> = {};
