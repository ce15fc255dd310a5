// Texts of one area in both languages; nl.ts and en.ts spread them in.
export const complaintsNl = {} as const;

export const complaintsEn: Record<keyof typeof complaintsNl, string> = {};
