import type { ActionFunctionArgs } from "@remix-run/node";
import { getUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { INVISIBLE } from "~/domain/visible-text";
import { createRequestBody, REQUEST_MAX_BYTES, REQUEST_MESSAGES, type RequestCreated } from "~/schemas/api/requests";
import { contactSchema } from "~/schemas/contact";
import { fieldErrorKeys } from "~/schemas/errors";
import { helpRequestSchema } from "~/schemas/help-request";
import {
  addressKnownOf,
  knownAddressProblem,
  municipalityOfPostcode,
  postcodeProblem,
} from "~/services/contacts.server";
import { takesPart } from "~/services/municipalities.server";
import { createRequest } from "~/services/requests/create-request.server";
import { apiError, apiRoute, fieldErrors, json, readJson } from "~/utils/api.server";

type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar => ["string", "number", "boolean"].includes(typeof v);
/** Matches no answer, so the schema refuses the field with its own Dutch message. */
const NOT_AN_ANSWER = "\u0000";

/**
 * JSON values as the query-string strings the help-request schema reads: a scalar, or a list of
 * scalars for the multiple-choice answers. Anything nested is refused before it is turned into a
 * string (a deeply nested array overflowed the stack in Array.join: a 500).
 */
function asQuery(helpRequest: Record<string, unknown>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(helpRequest).map(([k, v]) => {
      if (v === null || v === undefined) return [k, undefined];
      if (isScalar(v)) return [k, String(v)];
      if (Array.isArray(v) && v.every(isScalar)) return [k, v.map(String).join(",")];
      return [k, NOT_AN_ANSWER];
    }),
  );
}

/** POST /api/v1/requests (session cookie): request an option, or hold a cleaner's slot for 15 minutes. */
async function requestOption({ request }: ActionFunctionArgs) {
  const user = getUser(request);
  if (!user) return apiError(401, "unauthorized", REQUEST_MESSAGES.unauthorized);
  if (user.role !== "citizen") return apiError(403, "forbidden", REQUEST_MESSAGES.forbidden);
  const body = await readJson(request, REQUEST_MAX_BYTES);
  if (!body.ok) return body.response;
  const parsed = createRequestBody.safeParse(body.value);
  if (!parsed.success) {
    // Whole paths: a contact field is named as `contact.street`.
    return fieldErrors(fieldErrorKeys(parsed.error, { root: "body", wholePath: true }));
  }
  const query = helpRequestSchema(clock.today()).safeParse(asQuery(parsed.data.helpRequest));
  if (!query.success) {
    return fieldErrors(fieldErrorKeys(query.error, { prefix: "helpRequest" }));
  }
  // As the request form: asked once, read by the same rules, in the municipality asked.
  let contact = null;
  if (parsed.data.contact) {
    const read = contactSchema.safeParse(parsed.data.contact);
    if (!read.success) return fieldErrors(fieldErrorKeys(read.error, { prefix: "contact" }));
    const problem = postcodeProblem(read.data.postcode, municipalityOfPostcode(query.data.postcode));
    if (problem) return fieldErrors({ "contact.postcode": problem });
    contact = read.data;
  } else if (!addressKnownOf(user)(null)) {
    return fieldErrors({ contact: "validation.contact.needed" });
  } else {
    // The profile's address must lie where the help is asked; a municipality that does not take
    // part is answered below (404), as without an address.
    const municipality = municipalityOfPostcode(query.data.postcode);
    if (municipality && takesPart(municipality) && knownAddressProblem(user, null, municipality))
      return fieldErrors({ contact: "validation.contact.knownElsewhereApi" });
  }
  const result = createRequest(user, {
    offerId: parsed.data.offerId,
    slotId: parsed.data.slotId,
    query: query.data,
    contact,
    // As the form stores it: trimmed, and empty is no note.
    noteForProvider: parsed.data.noteForProvider?.replace(INVISIBLE, "").trim() || null,
  });
  if (result.ok) {
    const created: RequestCreated = {
      id: result.id,
      status: result.status,
      holdExpiresAt: result.holdExpiresAt?.toISOString() ?? null,
    };
    return json(created, 201);
  }
  if (result.error === "no_capacity") return apiError(409, "no_capacity", REQUEST_MESSAGES.noCapacity);
  if (result.error === "already_requested") {
    return apiError(409, "already_requested", REQUEST_MESSAGES.alreadyRequested);
  }
  if (result.error === "too_many_people") return apiError(409, "too_many_people", REQUEST_MESSAGES.tooManyPeople);
  if (result.error === "too_many_holds") return apiError(409, "too_many_holds", REQUEST_MESSAGES.tooManyHolds);
  if (result.error === "not_participating")
    return apiError(404, "municipality_not_participating", REQUEST_MESSAGES.notParticipating);
  return fieldErrors({ offerId: "validation.request.offer" });
}

const route = apiRoute({ POST: requestOption });
export const loader = route.loader;
export const action = route.action;
