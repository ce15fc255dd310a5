// Texts of one area in both languages; nl.ts and en.ts spread them in.
export const referralsNl = {} as const;

export const referralsEn: Record<keyof typeof referralsNl, string> = {};
