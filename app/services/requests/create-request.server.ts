// Requesting (or, for a cleaner, holding for 15 minutes) one option of the engine's answer.
// Capacity is claimed in one transaction that re-checks it, so with any number of simultaneous
// requests for the last slot or seat exactly one wins.
import { clock } from "~/clock.server";
import { cleanPersonName, type FairShareRefusal } from "~/domain/fair-share";
import { holdExpiry, INITIAL_STATUS } from "~/domain/requests";
import { claimSlot, heldSlotOf } from "~/models/cleaner-slots.server";
import { insertRequest, updateRequest } from "~/models/help-requests.server";
import { mediationsLeft, seatsLeft } from "~/models/occupancy.server";
import { addRequestEvent } from "~/models/request-events.server";
import type { ContactInput } from "~/schemas/contact";
import type { HelpQuery } from "~/schemas/help-request";
import { getDb } from "~db/client.server";
import type { RequestStatus } from "~db/enums";
import { audit } from "../audit.server";
import { ensureCase } from "../case-link.server";
import { keepRequestContact, linkKnownContact } from "../contacts.server";
import { findOptions } from "../matching.server";
import { noticeMunicipalRequest } from "../notifications/municipal.server";
import { noticeRequestReceived } from "../notifications/request-notices.server";
import { FairShareRefused, fairShareCheck } from "./fair-share.server";
import { holdWeeklySeries } from "./weekly-series.server";

/** A family member who asks for the citizen: who, their relation, and the citizen's consent. */
export type ActingFor = { name: string; relation: string; consent: boolean };

export type CreateRequestResult =
  | { ok: true; id: number; status: RequestStatus; holdExpiresAt: Date | null }
  | { ok: false; error: "no_capacity" | "invalid_offer" | "not_participating" | FairShareRefusal };

class NoCapacity extends Error {}

/** The option is computed again here: price and eligibility never come from the client. */
export function createRequest(
  citizen: { id: number },
  input: {
    offerId: string;
    slotId?: number | undefined;
    query: HelpQuery;
    actingFor?: ActingFor | null;
    /** The address and phone given with the request; without, the profile's row for the person is used. */
    contact?: ContactInput | null;
    /** A cleaner booking's note for the cleaner (read in her agenda once booked); ignored otherwise. */
    noteForProvider?: string | null;
  },
  now = clock.now(),
): CreateRequestResult {
  const result = findOptions(input.query, now);
  if (!result.ok)
    return { ok: false, error: result.reason === "unknown_postcode" ? "invalid_offer" : "not_participating" };
  const option = result.options.find((o) => o.offerId === input.offerId);
  // A cohort, cleaner or mediator that no longer shows up was just taken: no capacity, not a bad request.
  if (!option)
    return {
      ok: false,
      error: /^(cohort|cleaner|mediation|zin):\d+$/.test(input.offerId) ? "no_capacity" : "invalid_offer",
    };
  const kind = option.kind;
  if (kind === "own_strength") return { ok: false, error: "invalid_offer" };
  if (!option.eligible) return { ok: false, error: "no_capacity" };
  const providerId = option.providerId;
  // A cleaner's slot is held for the citizen to confirm: which slot, and until when.
  let claim: { slotId: number; providerId: number; holdExpiresAt: Date } | null = null;
  // What the request costs a month: a cleaner's is the chosen weekly time's own price.
  let cost = { citizen: option.citizenCostPerMonthCents, municipality: option.municipalityCostPerMonthCents };
  if (kind === "private_cleaner") {
    if (input.slotId === undefined || providerId === null) return { ok: false, error: "invalid_offer" };
    // Only a time the options offer (free every week, priced) can be booked; any other went or never was.
    const slot = option.slots.find((s) => s.slotId === input.slotId);
    if (!slot) return { ok: false, error: "no_capacity" };
    claim = { slotId: input.slotId, providerId, holdExpiresAt: holdExpiry(now) };
    cost = { citizen: slot.citizenCostPerMonthCents, municipality: slot.municipalityCostPerMonthCents };
  }

  // Stored tidied, so the case, the provider and the next fair-share check read one spelling.
  const actingForName = input.actingFor ? cleanPersonName(input.actingFor.name) : null;
  const municipalityCode = result.municipality.code;
  const status = INITIAL_STATUS[kind];
  const holdExpiresAt = claim?.holdExpiresAt ?? null;
  const cohortId = option.offerId.startsWith("cohort:") ? Number(option.offerId.slice("cohort:".length)) : null;
  const db = getDb();
  try {
    const id = db.transaction(
      () => {
        // Fair share before capacity: one live request per person per kind, few people and holds per
        // account (a daughter may ask for both parents), so nobody takes a whole group or every slot.
        const refused = fairShareCheck(citizen, { kind, actingForName, municipalityCode }, now);
        if (refused) throw new FairShareRefused(refused);
        // Re-check capacity inside the transaction, right before the write it guards.
        if (cohortId !== null && seatsLeft(cohortId) <= 0) throw new NoCapacity();
        if (kind === "pgb_informal" && providerId !== null && mediationsLeft(providerId, municipalityCode, now) <= 0)
          throw new NoCapacity();
        const id = insertRequest({
          citizenUserId: citizen.id,
          actingForName,
          actingRelation: input.actingFor ? cleanPersonName(input.actingFor.relation) || null : null,
          actingConsent: input.actingFor ? input.actingFor.consent : null,
          kind,
          offerId: option.offerId,
          providerId,
          cohortId,
          municipalityCode,
          status,
          answers: input.query,
          citizenCostPerMonthCents: cost.citizen,
          municipalityCostPerMonthCents: cost.municipality,
          holdExpiresAt,
          waitDaysAtRequest: option.waitDays,
          noteForProvider: kind === "private_cleaner" ? (input.noteForProvider ?? null) : null,
          createdAt: now,
          updatedAt: now,
        });
        if (claim) {
          const claimed = claimSlot({
            ...claim,
            requestId: id,
            // Only slots of windows confirmed within the municipality's stale period.
            freshSince: new Date(now.getTime() - result.staleAfterDays * 86_400_000),
            now,
          });
          if (!claimed) throw new NoCapacity();
          // The whole weekly time is held, so no one takes a later week before the citizen confirms.
          const first = heldSlotOf(id);
          if (!first || !holdWeeklySeries(id, claim.providerId, first, claim.holdExpiresAt, now))
            throw new NoCapacity();
        }
        if (kind === "zin") {
          // ZIN needs the consultant's decision: the request joins the person's case.
          const caseId = ensureCase(db.$client, { municipalityCode, citizenUserId: citizen.id, actingForName }, now);
          updateRequest(id, { caseId });
          noticeMunicipalRequest({ id, kind, citizenUserId: citizen.id, caseId, municipalityCode, now });
        }
        if (input.contact) keepRequestContact(citizen, actingForName, input.contact, id, now, db);
        else linkKnownContact(citizen, actingForName, id, db);
        addRequestEvent({ requestId: id, status, byUserId: citizen.id, at: now });
        // The receipt (and a practice's or mediator's new intake), with the request itself.
        noticeRequestReceived(id, now);
        audit({
          actorUserId: citizen.id,
          action: "request.created",
          subjectType: "help_request",
          subjectId: id,
          municipalityCode,
        });
        return id;
      },
      { behavior: "immediate" },
    );
    return { ok: true, id, status, holdExpiresAt };
  } catch (error) {
    if (error instanceof NoCapacity) return { ok: false, error: "no_capacity" };
    if (error instanceof FairShareRefused) return { ok: false, error: error.reason };
    throw error;
  }
}
