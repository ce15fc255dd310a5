// The open-data API (GET /api/v1/services).
// English: the compiler checks that it has exactly the Dutch keys.
import type { openDataNl } from "./open-data.nl";

export const openDataEn: Record<keyof typeof openDataNl, string> = {
  "validation.services.municipality":
    "Enter a CBS municipality code: GM and four digits, for example GM0632 (Woerden).",
  "validation.services.municipalityUnknown":
    "We do not know this municipality code. Use a CBS municipality code, for example GM0632 (Woerden).",
  "validation.services.kind": "Choose a kind of provider: zin, private_cleaner, pgb_mediator or physio.",
  "validation.services.page": "Enter a whole page number from 1 (at most 100,000).",
  "validation.services.perPage": "Enter a whole number from 1 to 100 for per_page.",
};
