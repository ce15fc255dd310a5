// GET and PUT /api/v1/capacity: the record schemas the route parses each item with, and its answers.
import { translate } from "~/i18n";
import {
  batchResultSchema,
  CAPACITY_MESSAGES,
  capacityBatchSchema,
  capacityBodyErrorSchema,
  capacityListSchema,
  capacityTooLargeSchema,
  capacityUnauthorizedSchema,
  capacityValidationErrorsSchema,
  WWW_AUTHENTICATE,
} from "~/schemas/api/capacity";
import { apiErrorSchema } from "~/schemas/api/common";
import { MAX_BATCH_BYTES, MAX_BATCH_RECORDS } from "~/schemas/capacity";
import { RECORD_TYPES_BY_KIND } from "~/services/capacity/record-types.server";
import { MESSAGES } from "~/utils/api.server";
import { response } from "../document-parts";
import { batchResultExample, capacityListExample, errorExample, exampleBatch } from "../examples";
import type { JsonObject, SchemaSet } from "../json-schema";

const nl = translate.bind(null, "nl");

export const RECORD_TYPES_NOTE = `Each provider kind may only send its own types: ${Object.entries(RECORD_TYPES_BY_KIND)
  .map(([kind, types]) => `${kind} → ${types.join(", ")}`)
  .join("; ")}.`;

const PUT_DESCRIPTION =
  "Creates, updates, confirms and deletes records of your provider in one all-or-nothing batch.\n\n" +
  "- Records are matched on (type, externalRef) within your provider: an unknown pair is created, a known " +
  "one with different fields is updated (new `updatedAt`, kept in the change history), and an identical one " +
  "is only confirmed: `confirmedAt` moves, `updatedAt` and the history do not. Sending the same batch twice " +
  "therefore changes nothing.\n" +
  "- `{ type, externalRef, deleted: true }` removes a record. Deletions are applied first, so one batch " +
  "can move a municipality/week to a new reference.\n" +
  "- Records you do not send are left as they are, but capacity that is not confirmed within the stale " +
  "period of your municipalities (`staleAfterDays`, 14 days by default) becomes stale and is ignored by " +
  "matching. Send unchanged records again to confirm them.\n" +
  "- The batch is all-or-nothing: every item is checked first (fields, your provider kind's record types, " +
  "your service area, known postcodes, one record per municipality and week or month) and if anything is " +
  "wrong you get 400 with every problem and nothing is written or confirmed.\n" +
  `- ${RECORD_TYPES_NOTE}\n` +
  `- At most ${MAX_BATCH_RECORDS} records and ${MAX_BATCH_BYTES} bytes per request (413 otherwise).\n` +
  "- For private cleaners, bookable visits are re-derived from the windows and days off; visits already " +
  "held or booked are never touched.";

export function capacityPath(input: SchemaSet, output: SchemaSet): JsonObject {
  const unauthorized = response(
    "The API key is missing, malformed, unknown or revoked.",
    output.use(capacityUnauthorizedSchema),
    errorExample("unauthorized", CAPACITY_MESSAGES.unauthorized),
    { "WWW-Authenticate": { schema: { type: "string", const: WWW_AUTHENTICATE } } },
  );
  const crossSite = {
    description: "A browser request from another website (plain text), refused before it reaches the API.",
    content: {
      "text/plain": {
        schema: { type: "string" },
        example: "Verzoek van een andere website geweigerd. / Cross-site request refused.",
      },
    },
  };
  output.add(apiErrorSchema);
  return {
    description:
      "Your provider's capacity records. Other methods than GET, HEAD and PUT get 405 `method_not_allowed` with " +
      "`Allow: GET, HEAD, PUT`.",
    get: {
      operationId: "getCapacity",
      tags: ["capacity"],
      summary: "List your capacity records",
      description:
        "Returns all current records of your provider with their freshness. Use it to check what Hulpwijzer " +
        "holds; stale records are listed too (with `stale: true`).",
      security: [{ bearerAuth: [] }],
      responses: {
        "200": response("Your records.", output.use(capacityListSchema), capacityListExample),
        "401": unauthorized,
      },
    },
    put: {
      operationId: "putCapacity",
      tags: ["capacity"],
      summary: "Publish a batch of capacity records",
      description: PUT_DESCRIPTION,
      security: [{ bearerAuth: [] }],
      requestBody: {
        required: true,
        description:
          "The example shows one record of every type for reference. A real batch holds only the types of your " +
          "provider kind; other types are refused with `records[<index>].type`.",
        content: { "application/json": { schema: input.use(capacityBatchSchema), example: exampleBatch } },
      },
      responses: {
        "200": response(
          "The batch was applied: counts per outcome and your records afterwards.",
          output.use(batchResultSchema),
          batchResultExample,
        ),
        "400": response(
          "The body is not JSON (`invalid_json`), could not be read (`unreadable_body`), or one or more items " +
            "are invalid (`invalid_request`, every problem listed). Nothing was written or confirmed.",
          { oneOf: [output.use(capacityValidationErrorsSchema), output.use(capacityBodyErrorSchema)] },
          {
            invalidRequest: [
              "Field errors",
              {
                error: "invalid_request",
                errors: {
                  "records[0].weekStart": nl("validation.capacity.monday"),
                  "records[2].municipalityCode": nl("validation.capacity.municipalityNotServed"),
                },
              },
            ],
            invalidJson: ["Not JSON", errorExample("invalid_json", MESSAGES.invalidJson)],
          },
        ),
        "401": unauthorized,
        "403": crossSite,
        "413": response(
          `The body is larger than ${MAX_BATCH_BYTES} bytes or holds more than ${MAX_BATCH_RECORDS} records.`,
          output.use(capacityTooLargeSchema),
          {
            tooManyRecords: ["Too many records", errorExample("payload_too_large", CAPACITY_MESSAGES.tooManyRecords)],
            tooLarge: ["Too many bytes", errorExample("payload_too_large", MESSAGES.tooLarge(MAX_BATCH_BYTES))],
          },
        ),
      },
    },
  };
}
