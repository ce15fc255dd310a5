// POST /api/v1/requests: the body the route parses, and its answers; the first statuses and the
// hold come from the domain's request rules.
import { z } from "zod";
import { MAX_LIVE_HOLDS_PER_ACCOUNT, MAX_PEOPLE_PER_ACCOUNT } from "~/domain/fair-share";
import { HOLD_MINUTES, INITIAL_STATUS } from "~/domain/requests";
import { CONTACT_WAYS, type RequestStatus } from "~db/enums";
import { NOTE_FOR_PROVIDER_MAX } from "../request-form";
import { errorWith, validationErrors } from "./common";
import { optionsRequestSchema } from "./options";

/** The largest body the route reads (64 KiB); larger is 413. */
export const REQUEST_MAX_BYTES = 64 * 1024;

/** The address the help comes to, as the request form asks it; read again by the form's own rules. */
export const requestContactBody = z
  .object({
    street: z.string({ error: "validation.contact.street" }).max(100, { error: "validation.contact.streetTooLong" }),
    houseNumber: z
      .string({ error: "validation.contact.houseNumber" })
      .max(20, { error: "validation.contact.houseNumber" })
      .meta({ description: "For example `12` or `12a`." }),
    postcode: z
      .string({ error: "validation.contact.postcode" })
      .max(10, { error: "validation.contact.postcode" })
      .meta({
        description:
          "For example `3441 AB`. Its four digits must be a known PC4 in the municipality of `helpRequest.postcode`.",
      }),
    place: z.string({ error: "validation.contact.place" }).max(80, { error: "validation.contact.placeTooLong" }),
    phone: z
      .string({ error: "validation.contact.phone" })
      .max(30, { error: "validation.contact.phone" })
      .optional()
      .meta({ description: "A Dutch phone number; required when `preferredContact` is `phone`." }),
    preferredContact: z.enum(CONTACT_WAYS, { error: "validation.contact.preferred" }).meta({
      description: "How the resident is best reached: `phone`, `email` (the account's address) or `post`.",
    }),
  })
  .meta({
    id: "RequestContact",
    description:
      "Address, phone and preferred way of contact of the resident, kept in their profile (editable at " +
      "/mijn/gegevens). Required with the first request, while the profile has no address; left out, the " +
      "profile's address is used. Given, it replaces the profile's.",
  });

export const createRequestBody = z
  .object({
    offerId: z
      .string({ error: "validation.request.offer" })
      .min(1, { error: "validation.request.offer" })
      .max(100)
      .meta({
        description:
          "The `offerId` of an option that GET /api/v1/options gives for this help request, e.g. `cleaner:5`, " +
          "`cohort:3`, `mediation:10`, `zin:1` or `zin`.",
      }),
    slotId: z
      .number({ error: "validation.request.slot" })
      .int({ error: "validation.request.slot" })
      .positive()
      .optional()
      .meta({
        description:
          "For a private cleaner (required there): the `slotId` of one of the option's free visits. Ignored for " +
          "other kinds.",
      }),
    // Read as query-string answers by the help-request schema; the document describes them as HelpRequestAnswers.
    helpRequest: z.record(z.string(), z.unknown(), { error: "validation.request.helpRequest" }),
    contact: requestContactBody.optional(),
    noteForProvider: z
      .string({ error: "validation.request.noteTooLong" })
      .max(NOTE_FOR_PROVIDER_MAX, { error: "validation.request.noteTooLong" })
      .optional()
      .meta({
        description:
          `For a private cleaner: what the resident wants her to know at the door (at most ${NOTE_FOR_PROVIDER_MAX} ` +
          "characters; no medical details). Shown in her agenda once the booking is confirmed, never in a " +
          "message or calendar feed. Ignored for other kinds.",
      }),
  })
  .meta({ id: "CreateRequest", description: "The chosen option and the help request it was found for." });

const FIRST_STATUSES = [...new Set(Object.values(INITIAL_STATUS))] as [RequestStatus, ...RequestStatus[]];
const firstStatusList = Object.entries(INITIAL_STATUS)
  .map(([kind, status]) => `${kind} → \`${status}\``)
  .join(", ");

export const requestCreatedSchema = z
  .object({
    id: z.int().min(1).meta({ description: "The new request; the resident sees it at /mijn/aanvragen/{id}." }),
    status: z.enum(FIRST_STATUSES).meta({ description: `The first status, by the option's kind: ${firstStatusList}.` }),
    holdExpiresAt: z.iso
      .datetime()
      .nullable()
      .meta({
        description:
          `For \`held\`: when the hold ends, ${HOLD_MINUTES} minutes after the request, as a UTC instant; null for ` +
          "every other status.",
      }),
  })
  .meta({ id: "RequestCreated" });

export type RequestCreated = z.output<typeof requestCreatedSchema>;

const answerNames = Object.keys(optionsRequestSchema.shape);

export const requestValidationErrorsSchema = validationErrors(
  "One Dutch message per field: `offerId`, `slotId`, `helpRequest` or `contact.<name>` (`body` when the body " +
    "is not a JSON object); when those are fine, `helpRequest.<name>` per invalid answer, then `contact.<name>` " +
    "per invalid contact field (`contact` when the profile has no address and none was given). `offerId` is " +
    "also the field when the offer cannot be requested (see the operation).",
  [
    "body",
    ...Object.keys(createRequestBody.shape),
    ...answerNames.map((name) => `helpRequest.${name}`),
    ...Object.keys(requestContactBody.shape).map((name) => `contact.${name}`),
  ],
).meta({ id: "RequestValidationErrors" });

export const requestBodyErrorSchema = errorWith("invalid_json", "unreadable_body");
export const unauthorizedSchema = errorWith("unauthorized");
export const forbiddenSchema = errorWith("forbidden");
export const notParticipatingErrorSchema = errorWith("municipality_not_participating");
export const conflictSchema = errorWith("no_capacity", "already_requested", "too_many_people", "too_many_holds");
export const payloadTooLargeSchema = errorWith("payload_too_large");

/** The route's Dutch refusals; the document's examples quote them. */
export const REQUEST_MESSAGES = {
  unauthorized: "Log in om hulp aan te vragen.",
  forbidden: "Alleen inwoners vragen hier hulp aan.",
  noCapacity: "Deze plek is net door iemand anders gekozen.",
  alreadyRequested: "U heeft deze soort hulp al aangevraagd voor deze persoon; kijk bij Mijn overzicht.",
  tooManyPeople:
    `U heeft al lopende aanvragen voor ${MAX_PEOPLE_PER_ACCOUNT} personen. Met één account vraagt u hulp voor ` +
    `ten hoogste ${MAX_PEOPLE_PER_ACCOUNT} personen tegelijk (uzelf meegeteld); kijk bij Mijn overzicht.`,
  tooManyHolds:
    `U houdt al ${MAX_LIVE_HOLDS_PER_ACCOUNT} tijden van een schoonmaker vast. Bevestig of annuleer die eerst; ` +
    "kijk bij Mijn overzicht.",
  notParticipating: "Deze gemeente doet nog niet mee.",
} as const;
