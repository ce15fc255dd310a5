// Texts of the open-data API (GET /api/v1/services) in both languages; nl.ts and en.ts spread them in.
export const openDataNl = {
  "validation.services.municipality": "Vul een CBS-gemeentecode in: GM en vier cijfers, bijvoorbeeld GM0632 (Woerden).",
  "validation.services.municipalityUnknown":
    "Deze gemeentecode kennen we niet. Gebruik een CBS-gemeentecode, bijvoorbeeld GM0632 (Woerden).",
  "validation.services.kind": "Kies een soort aanbieder: zin, private_cleaner, pgb_mediator of physio.",
  "validation.services.page": "Vul als pagina een heel getal in vanaf 1 (hoogstens 100.000).",
  "validation.services.perPage": "Vul bij per_page een heel getal in van 1 tot en met 100.",
} as const;

export const openDataEn: Record<keyof typeof openDataNl, string> = {
  "validation.services.municipality":
    "Enter a CBS municipality code: GM and four digits, for example GM0632 (Woerden).",
  "validation.services.municipalityUnknown":
    "We do not know this municipality code. Use a CBS municipality code, for example GM0632 (Woerden).",
  "validation.services.kind": "Choose a kind of provider: zin, private_cleaner, pgb_mediator or physio.",
  "validation.services.page": "Enter a whole page number from 1 (at most 100,000).",
  "validation.services.perPage": "Enter a whole number from 1 to 100 for per_page.",
};
