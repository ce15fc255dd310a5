// GET /api/v1/services: the query schema the route parses with, and the HSDS 3.1 page it answers.
import { translate } from "~/i18n";
import { CAPACITY_UNIT_LIST, servicesPageSchema, servicesValidationErrorsSchema } from "~/schemas/api/services";
import { servicesQuerySchema } from "~/schemas/services-query";
import { OPEN_DATA_HEADERS } from "~/utils/api.server";
import { queryParameters, response } from "../document-parts";
import { servicesExample } from "../examples";
import type { JsonObject, SchemaSet } from "../json-schema";

const nl = translate.bind(null, "nl");

const SERVICES_DESCRIPTION =
  "Open data for a municipality's social map (sociale kaart): every vetted provider as one HSDS 3.1 service, " +
  "with its organisation, service areas, location, schedules and capacity nested, in the HSDS API's paging " +
  "envelope. Public: no API key or account needed; any website may read it (CORS).\n\n" +
  "- Only providers that passed vetting (private cleaners and PGB mediators also with a certificate of conduct " +
  "(VOG) under three years old), as for matching: pending and suspended providers never appear, and a " +
  "suspension applies at the next call.\n" +
  "- Capacity counts only records confirmed within the stale period (a municipality's own for ZIN weeks and " +
  "mediation months, the strictest of the municipalities served for cleaners' windows and groups), minus " +
  `what requests already took. Units: ${CAPACITY_UNIT_LIST}.\n` +
  "- No personal data: no contact names or phone numbers; for private cleaners, who are often natural " +
  "persons, only the trade name, the KvK number and the four-digit postcode area, no email or address. An " +
  "organisation's email appears only when it is a role address (no contact person's name in it). Cleaners' " +
  "days off are never published.\n" +
  "- Ids are UUIDs derived from Hulpwijzer's own ids: stable across calls, so an import can update.\n" +
  "- Texts are in Dutch; times are Dutch local time (see `notes` of a schedule).\n" +
  "- Each service is an instance of the official HSDS 3.1 `service` schema (referred to by `allOf`), " +
  "narrowed to what Hulpwijzer sends.\n" +
  "- Ordered by organisation name. Responses may be cached for 5 minutes (`Cache-Control: public, " +
  "max-age=300`), so capacity can be up to 5 minutes old.";

const constHeader = (value: string) => ({ schema: { type: "string", const: value } });

export function servicesPath(input: SchemaSet, output: SchemaSet): JsonObject {
  return {
    description:
      "The public directory of vetted providers. Other methods than GET and HEAD get 405 `method_not_allowed` with " +
      "`Allow: GET, HEAD`.",
    get: {
      operationId: "listServices",
      tags: ["services"],
      summary: "Directory of vetted providers and their live capacity (Open Referral HSDS 3.1)",
      description: SERVICES_DESCRIPTION,
      security: [],
      parameters: queryParameters(servicesQuerySchema, input, {
        municipality: "GM0632",
        kind: "physio",
        page: 1,
        per_page: 3,
      }),
      responses: {
        "200": response(
          "One page of services. The example is `?municipality=GM0632&per_page=3` (ids shortened).",
          output.use(servicesPageSchema),
          servicesExample,
          {
            "Cache-Control": constHeader(OPEN_DATA_HEADERS["Cache-Control"]),
            "Access-Control-Allow-Origin": constHeader(OPEN_DATA_HEADERS["Access-Control-Allow-Origin"]),
          },
        ),
        "400": response(
          "One or more query parameters are invalid, or the municipality code is unknown: a Dutch message per " +
            "parameter.",
          output.use(servicesValidationErrorsSchema),
          {
            invalidParameters: [
              "Invalid parameters",
              {
                error: "invalid_request",
                errors: {
                  municipality: nl("validation.services.municipality"),
                  per_page: nl("validation.services.perPage"),
                },
              },
            ],
            unknownMunicipality: [
              "Unknown municipality code",
              { error: "invalid_request", errors: { municipality: nl("validation.services.municipalityUnknown") } },
            ],
          },
        ),
      },
    },
  };
}
