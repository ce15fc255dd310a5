// GET /api/v1/options: the help-request schema the route parses with, and its answers.
import { translate } from "~/i18n";
import { notParticipatingSchema, optionsResponseSchema, optionsValidationErrorsSchema } from "~/schemas/api/options";
import { helpRequestSchema } from "~/schemas/help-request";
import { queryParameters, response } from "../document-parts";
import { optionsExample } from "../examples";
import type { JsonObject, SchemaSet } from "../json-schema";

const nl = translate.bind(null, "nl");

/** The example query, the one the example response answers. */
const parameterExamples = {
  postcode: "3441 AB",
  birthYear: 1948,
  household: "single",
  partnerUnderAow: "false",
  income: 1800,
  needs: ["cleaning"],
  mobility: ["stairs"],
  network: "none",
  start: "2026-12-01",
};

export const OPTIONS_DESCRIPTION =
  "Matches a request for household help (Wmo) to every option in the resident's municipality: the engine the " +
  "website and the municipality's consultants use. Public: no API key or account needed.\n\n" +
  "- The postcode locates the municipality: an unknown postcode is a 400 on `postcode`, a municipality that " +
  "does not take part in Hulpwijzer (no policy in force) a 404.\n" +
  "- Only live capacity counts: providers that passed vetting (private cleaners and PGB mediators also with a " +
  "certificate of conduct (VOG) under three years old) serving the municipality, and records confirmed within " +
  "its stale period. Stale or unvetted capacity is never used; a suspended provider is gone at the next call.\n" +
  "- One option per provider (per group for Powerful Ageing). A kind without a provider or fitting group still " +
  "appears, not eligible, with its reason; ZIN without published capacity stays eligible (`offerId: zin`).\n" +
  "- Own strength appears only when `network=can_provide`.\n" +
  "- Income only ever makes an option recommended, never not eligible (Centrale Raad van Beroep, 2024): at or " +
  "above the municipality's threshold a private cleaner is recommended and ZIN is not, but ZIN stays eligible.\n" +
  "- Order: eligible first, then recommended, then the ladder own_strength < powerful_ageing < " +
  "private_cleaner < pgb_informal < zin, then earliest start and distance (unknown last), then " +
  "provider name.\n" +
  "- Costs are estimates in whole euro cents per month, for the resident and for the municipality.\n" +
  "- `slots` holds the next free visits for a private cleaner, [] for every other option.";

export function optionsPath(today: string, input: SchemaSet, output: SchemaSet): JsonObject {
  return {
    description: "Other methods than GET and HEAD get 405 `method_not_allowed` with `Allow: GET, HEAD`.",
    get: {
      operationId: "getOptions",
      tags: ["options"],
      summary: "Options for a help request, best first",
      description: OPTIONS_DESCRIPTION,
      security: [],
      parameters: queryParameters(helpRequestSchema(today), input, parameterExamples),
      responses: {
        "200": response(
          "The request as understood, its municipality and every option, best first.",
          output.use(optionsResponseSchema),
          optionsExample,
        ),
        "400": response(
          "One or more query parameters are invalid, or the postcode is unknown: a Dutch message per parameter.",
          output.use(optionsValidationErrorsSchema),
          {
            invalidParameters: [
              "Invalid parameters",
              {
                error: "invalid_request",
                errors: { birthYear: nl("validation.help.birthYear"), needs: nl("validation.help.needs") },
              },
            ],
            unknownPostcode: [
              "Unknown postcode",
              { error: "invalid_request", errors: { postcode: nl("validation.help.postcodeUnknown") } },
            ],
          },
        ),
        "404": response(
          "The postcode's municipality does not take part in Hulpwijzer.",
          output.use(notParticipatingSchema),
          {
            error: "municipality_not_participating",
            message: nl("help.notParticipating", { municipality: "Amsterdam" }),
            municipality: { code: "GM0363", name: "Amsterdam" },
          },
        ),
      },
    },
  };
}
