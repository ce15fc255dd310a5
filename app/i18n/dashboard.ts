// Texts of one area in both languages; nl.ts and en.ts spread them in.
export const dashboardNl = {} as const;

export const dashboardEn: Record<keyof typeof dashboardNl, string> = {};
