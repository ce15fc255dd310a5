import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { fieldErrorKeys } from "~/schemas/errors";
import { helpRequestSchema } from "~/schemas/help-request";
import { createRequest } from "~/services/requests/create-request.server";
import { apiError, fieldErrors, json, readJson } from "~/utils/api.server";

const bodySchema = z.object({
  offerId: z.string({ error: "validation.request.offer" }).min(1, { error: "validation.request.offer" }).max(100),
  slotId: z
    .number({ error: "validation.request.slot" })
    .int({ error: "validation.request.slot" })
    .positive()
    .optional(),
  helpRequest: z.record(z.string(), z.unknown(), { error: "validation.request.helpRequest" }),
});

/** JSON values as the query-string strings the help-request schema reads. */
function asQuery(helpRequest: Record<string, unknown>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(helpRequest).map(([k, v]) => [
      k,
      v === null || v === undefined ? undefined : Array.isArray(v) ? v.map(String).join(",") : String(v),
    ]),
  );
}

/** POST /api/v1/requests (session cookie): request an option, or hold a cleaner's slot for 15 minutes. */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return apiError(405, "method_not_allowed", "Gebruik POST.", { Allow: "POST" });
  const user = getUser(request);
  if (!user) return apiError(401, "unauthorized", "Log in om hulp aan te vragen.");
  if (user.role !== "citizen") return apiError(403, "forbidden", "Alleen inwoners vragen hier hulp aan.");
  const body = await readJson(request, 64 * 1024);
  if (!body.ok) return body.response;
  const parsed = bodySchema.safeParse(body.value);
  if (!parsed.success) {
    return fieldErrors(fieldErrorKeys(parsed.error, { root: "body" }));
  }
  const query = helpRequestSchema(clock.today()).safeParse(asQuery(parsed.data.helpRequest));
  if (!query.success) {
    return fieldErrors(fieldErrorKeys(query.error, { prefix: "helpRequest" }));
  }
  const result = createRequest(user, { offerId: parsed.data.offerId, slotId: parsed.data.slotId, query: query.data });
  if (result.ok) {
    return json(
      { id: result.id, status: result.status, holdExpiresAt: result.holdExpiresAt?.toISOString() ?? null },
      201,
    );
  }
  if (result.error === "no_capacity") {
    return json({ error: "no_capacity", message: "Deze plek is net door iemand anders gekozen." }, 409);
  }
  if (result.error === "already_requested") {
    return json(
      { error: "already_requested", message: "U heeft deze hulp al aangevraagd; kijk bij Mijn overzicht." },
      409,
    );
  }
  if (result.error === "not_participating")
    return apiError(404, "municipality_not_participating", "Deze gemeente doet nog niet mee.");
  return fieldErrors({ offerId: "validation.request.offer" });
}

export function loader() {
  return apiError(405, "method_not_allowed", "Gebruik POST.", { Allow: "POST" });
}
