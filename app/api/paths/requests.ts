// POST /api/v1/requests: the body schema the route parses with, and its answers.
import { z } from "zod";
import { MAX_LIVE_HOLDS_PER_ACCOUNT, MAX_PEOPLE_PER_ACCOUNT } from "~/domain/fair-share";
import { HOLD_MINUTES, INITIAL_STATUS } from "~/domain/requests";
import { translate } from "~/i18n";
import { optionsRequestSchema } from "~/schemas/api/options";
import {
  conflictSchema,
  createRequestBody,
  forbiddenSchema,
  notParticipatingErrorSchema,
  payloadTooLargeSchema,
  REQUEST_MAX_BYTES,
  REQUEST_MESSAGES,
  requestBodyErrorSchema,
  requestCreatedSchema,
  requestValidationErrorsSchema,
  unauthorizedSchema,
} from "~/schemas/api/requests";
import { helpRequestSchema } from "~/schemas/help-request";
import { MESSAGES } from "~/utils/api.server";
import { response } from "../document-parts";
import { errorExample, optionsExample } from "../examples";
import type { JsonObject, SchemaSet } from "../json-schema";

const nl = translate.bind(null, "nl");

/** The body's `helpRequest` as documented: each answer in its query form or as GET /api/v1/options echoes it. */
export function helpRequestAnswers(today: string, input: SchemaSet, output: SchemaSet): JsonObject {
  const shape = helpRequestSchema(today).shape as Record<string, z.ZodType>;
  const echoed = optionsRequestSchema.shape as Record<string, z.ZodType>;
  return {
    type: "object",
    title: "Help request",
    description:
      "The answers of the help request, the same fields as the query parameters of GET /api/v1/options (see " +
      "there for their meaning); the `request` object of its response can be sent as it is. Each value is read " +
      "as its query-string form: numbers and booleans as their text, arrays joined with commas, null as left " +
      "out. Other properties are ignored.",
    required: Object.keys(shape).filter((name) => !shape[name]?.safeParse(undefined).success),
    properties: Object.fromEntries(
      Object.entries(shape).map(([name, field]) => {
        const asEchoed = echoed[name];
        // An echoed plain number is read as it is, within the read bounds: offered as its own
        // variant it made birthYear look boundless (0 and 99999 are refused).
        const echo = asEchoed && !(asEchoed instanceof z.ZodNumber) ? [output.use(asEchoed)] : [];
        return [name, { anyOf: [input.use(field), ...echo] }];
      }),
    ),
  };
}

const statusRoutes = Object.entries(INITIAL_STATUS)
  .map(([kind, status]) => `${kind} → \`${status}\``)
  .join(", ");

export const REQUESTS_DESCRIPTION =
  "Requests one option of GET /api/v1/options for the logged-in resident, as Hulpwijzer's own pages do. " +
  "Authenticated with the browser session cookie `hw_session` (log in at /inloggen), not with an API key; " +
  "only residents (role citizen) may request.\n\n" +
  "- The server runs the matching engine again on `helpRequest` and takes the option with `offerId` from its " +
  "answer: eligibility, provider and price never come from the client, so the body has no price.\n" +
  `- The first status follows the option's kind: ${statusRoutes}. own_strength cannot be requested (400 on ` +
  "`offerId`).\n" +
  `- A private cleaner needs \`slotId\` (400 on \`offerId\` without it). The visit is held for ${HOLD_MINUTES} ` +
  "minutes (`holdExpiresAt`); the resident confirms it at /mijn/aanvragen/{id}. An unconfirmed hold expires " +
  "by itself and frees the visit; nothing needs to be called. For other kinds `slotId` is ignored.\n" +
  "- Capacity (the visit, a group's seat, a mediator's matches this month) is checked again and written in " +
  "one transaction: of many simultaneous requests for the last visit or seat exactly one gets 201, the " +
  "others 409 `no_capacity`. A slotId that is not a free future visit of that cleaner is also a 409.\n" +
  "- An offerId that is not in the engine's answer gives 409 when it has the form of a provider's offer " +
  "(`cohort:N`, `cleaner:N`, `mediation:N`, `zin:N`: offered before, gone since), and 400 on `offerId` for " +
  "anything else. A listed option that is not eligible gives 409.\n" +
  "- Fair share, checked in the same transaction as the capacity: one active request per person per kind of " +
  "help (a second one, with any provider, gives 409 `already_requested`); requests for at most " +
  `${MAX_PEOPLE_PER_ACCOUNT} different people per account at a time, the resident included (409 ` +
  `\`too_many_people\`); at most ${MAX_LIVE_HOLDS_PER_ACCOUNT} unconfirmed cleaner holds per account (409 ` +
  "`too_many_holds`). Active means not cancelled, declined, expired or ended. Cancelling a request, or " +
  "confirming a hold, makes room again.\n" +
  "- An unknown postcode gives 400 on `offerId`; a municipality that does not take part, 404.\n" +
  "- Contact details are asked once, as on the request form: while the resident's profile has no address, " +
  "`contact` is required (400 on `contact`). Its postcode must be a known PC4 in the help request's " +
  "municipality (400 on `contact.postcode`). Given later, it replaces the profile's address; left out, the " +
  "profile's is used. The provider sees it only once it has accepted the request.\n" +
  "- Checks run in this order: method (405 `method_not_allowed` with `Allow: POST`), session (401), role " +
  `(403), body size (413 above ${REQUEST_MAX_BYTES} bytes) and JSON (400), fields (400), contact (400), then the engine ` +
  "(404, 400, 409).\n" +
  "- A browser request from another origin is refused (403, plain text) before it reaches the API.";

const created = (id: number, status: string, holdExpiresAt: string | null) => ({ id, status, holdExpiresAt });

export function requestsPath(input: SchemaSet, output: SchemaSet): JsonObject {
  return {
    description: "Other methods than POST get 405 `method_not_allowed` with `Allow: POST`.",
    post: {
      operationId: "createRequest",
      tags: ["requests"],
      summary: "Request an option, or hold a cleaner's visit",
      description: REQUESTS_DESCRIPTION,
      security: [{ sessionCookie: [] }],
      requestBody: {
        required: true,
        description: "The chosen option and the help request it was found for.",
        content: {
          "application/json": {
            schema: input.use(createRequestBody),
            // The first free visit of cleaner:5 in the options example, for the same help request.
            example: {
              offerId: "cleaner:5",
              slotId: 101,
              helpRequest: optionsExample.request,
              contact: {
                street: "Kerkstraat",
                houseNumber: "7a",
                postcode: "3441 AB",
                place: "Woerden",
                phone: "06 12345678",
                preferredContact: "phone",
              },
            },
          },
        },
      },
      responses: {
        "201": response(
          "The request was made (for a private cleaner: the visit is held).",
          output.use(requestCreatedSchema),
          {
            held: ["Private cleaner: visit held", created(42, "held", "2026-11-23T10:15:00.000Z")],
            intakeRequested: ["Powerful Ageing", created(43, "intake_requested", null)],
            mediationRequested: ["PGB mediator", created(44, "mediation_requested", null)],
            submitted: ["Care in kind (ZIN)", created(45, "submitted", null)],
          },
        ),
        "400": response(
          "The body is not JSON (`invalid_json`) or could not be read (`unreadable_body`), fields are invalid, or " +
            "the offer cannot be requested (`invalid_request`). Nothing was written.",
          { oneOf: [output.use(requestValidationErrorsSchema), output.use(requestBodyErrorSchema)] },
          {
            invalidFields: [
              "Invalid offerId and slotId",
              {
                error: "invalid_request",
                errors: { offerId: nl("validation.request.offer"), slotId: nl("validation.request.slot") },
              },
            ],
            invalidHelpRequest: [
              "Invalid answers",
              {
                error: "invalid_request",
                errors: {
                  "helpRequest.birthYear": nl("validation.help.birthYear"),
                  "helpRequest.needs": nl("validation.help.needs"),
                },
              },
            ],
            contactNeeded: [
              "First request without an address",
              { error: "invalid_request", errors: { contact: nl("validation.contact.needed") } },
            ],
            contactElsewhere: [
              "Address outside the municipality",
              { error: "invalid_request", errors: { "contact.postcode": nl("validation.contact.postcodeElsewhere") } },
            ],
            unknownOffer: [
              "Offer unknown, own strength, or a cleaner without slotId",
              { error: "invalid_request", errors: { offerId: nl("validation.request.offer") } },
            ],
            invalidJson: ["Not JSON", errorExample("invalid_json", MESSAGES.invalidJson)],
          },
        ),
        "401": response(
          "No valid session: not logged in, or the session expired.",
          output.use(unauthorizedSchema),
          errorExample("unauthorized", REQUEST_MESSAGES.unauthorized),
        ),
        "403": {
          description:
            "Logged in, but not as a resident (`forbidden`); or, as plain text, a browser request from another origin.",
          content: {
            "application/json": {
              schema: output.use(forbiddenSchema),
              example: errorExample("forbidden", REQUEST_MESSAGES.forbidden),
            },
            "text/plain": {
              schema: { type: "string" },
              example: "Verzoek van een andere website geweigerd. / Cross-site request refused.",
            },
          },
        },
        "404": response(
          "The help request's municipality does not take part in Hulpwijzer.",
          output.use(notParticipatingErrorSchema),
          errorExample("municipality_not_participating", REQUEST_MESSAGES.notParticipating),
        ),
        "409": response(
          "The option is no longer available: its last visit, seat or match was just taken, a provider's offer " +
            "is no longer offered or not eligible, or the visit is not free (`no_capacity`): choose again from the " +
            "options. Or the account's fair share is used (see the operation): the person already has an active " +
            "request of this kind (`already_requested`), the account has active requests for " +
            `${MAX_PEOPLE_PER_ACCOUNT} people (\`too_many_people\`), or holds ${MAX_LIVE_HOLDS_PER_ACCOUNT} visits ` +
            "unconfirmed (`too_many_holds`).",
          output.use(conflictSchema),
          {
            noCapacity: ["Taken", errorExample("no_capacity", REQUEST_MESSAGES.noCapacity)],
            alreadyRequested: [
              "Already requested",
              errorExample("already_requested", REQUEST_MESSAGES.alreadyRequested),
            ],
            tooManyPeople: ["Too many people", errorExample("too_many_people", REQUEST_MESSAGES.tooManyPeople)],
            tooManyHolds: ["Too many holds", errorExample("too_many_holds", REQUEST_MESSAGES.tooManyHolds)],
          },
        ),
        "413": response(
          `The body is larger than ${REQUEST_MAX_BYTES} bytes (${REQUEST_MAX_BYTES / 1024} KiB).`,
          output.use(payloadTooLargeSchema),
          errorExample("payload_too_large", MESSAGES.tooLarge(REQUEST_MAX_BYTES)),
        ),
      },
    },
  };
}
