// The open-data API (GET /api/v1/services).
// Dutch: the default language. Citizens are addressed with "u".
export const openDataNl = {
  "validation.services.municipality": "Vul een CBS-gemeentecode in: GM en vier cijfers, bijvoorbeeld GM0632 (Woerden).",
  "validation.services.municipalityUnknown":
    "Deze gemeentecode kennen we niet. Gebruik een CBS-gemeentecode, bijvoorbeeld GM0632 (Woerden).",
  "validation.services.kind": "Kies een soort aanbieder: zin, private_cleaner, pgb_mediator of physio.",
  "validation.services.page": "Vul als pagina een heel getal in vanaf 1 (hoogstens 100.000).",
  "validation.services.perPage": "Vul bij per_page een heel getal in van 1 tot en met 100.",
} as const;
