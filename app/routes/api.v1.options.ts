import type { LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { clock } from "~/clock.server";
import { amsterdamDay } from "~/domain/policy";
import { translate } from "~/i18n";
import type { notParticipatingSchema, OptionsResponse, Reason } from "~/schemas/api/options";
import { fieldErrorKeys } from "~/schemas/errors";
import { helpRequestSchema } from "~/schemas/help-request";
import { findOptions } from "~/services/matching.server";
import { apiRoute, fieldErrors, json } from "~/utils/api.server";
import { queryObject } from "~/utils/query";

/** GET /api/v1/options: the matching engine for a help request, best first. No account needed. */
async function findOptionsFor({ request }: LoaderFunctionArgs) {
  const now = clock.now();
  const parsed = helpRequestSchema(amsterdamDay(now)).safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success) {
    return fieldErrors(fieldErrorKeys(parsed.error, { root: "request" }));
  }
  const result = findOptions(parsed.data, now);
  if (!result.ok && result.reason === "unknown_postcode")
    return fieldErrors({ postcode: "validation.help.postcodeUnknown" });
  if (!result.ok) {
    return json(
      {
        error: "municipality_not_participating",
        message: translate("nl", "help.notParticipating", { municipality: result.municipality.name }),
        municipality: result.municipality,
      } satisfies z.output<typeof notParticipatingSchema>,
      404,
    );
  }
  // Fields in the order of the public contract (DESIGN.md), for people reading the JSON.
  const options = result.options.map((o): OptionsResponse["options"][number] => ({
    kind: o.kind,
    providerId: o.providerId,
    providerName: o.providerName,
    offerId: o.offerId,
    eligible: o.eligible,
    recommended: o.recommended,
    // The engine types its reasons as strings; the contract lists them, and the tests hold answers to it.
    reasons: o.reasons as Reason[],
    earliestStart: o.earliestStart,
    distanceKm: o.distanceKm,
    hoursPerWeek: o.hoursPerWeek,
    citizenCostPerMonthCents: o.citizenCostPerMonthCents,
    municipalityCostPerMonthCents: o.municipalityCostPerMonthCents,
    waitDays: o.waitDays,
    slots: o.slots,
  }));
  const body: OptionsResponse = { request: parsed.data, municipality: result.municipality, options };
  return json(body);
}

const route = apiRoute({ GET: findOptionsFor });
export const loader = route.loader;
export const action = route.action;
