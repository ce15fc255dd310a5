// A citizen asks the municipality for a talk instead of (or before) choosing an option: it lands
// in the consultants' inbox with the answers given, on the person's case.
import { clock } from "~/clock.server";
import { cleanPersonName, type FairShareRefusal } from "~/domain/fair-share";
import { CONSULTATION_STATUS } from "~/domain/requests";
import { insertRequest } from "~/models/help-requests.server";
import { addRequestEvent } from "~/models/request-events.server";
import type { ContactInput } from "~/schemas/contact";
import type { HelpQuery } from "~/schemas/help-request";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import { ensureCase } from "../case-link.server";
import { keepRequestContact, linkKnownContact } from "../contacts.server";
import { findOptions } from "../matching.server";
import { noticeMunicipalRequest } from "../notifications/municipal.server";
import type { ActingFor } from "./create-request.server";
import { fairShareCheck } from "./fair-share.server";

export type ConsultationResult =
  | { ok: true; id: number }
  | { ok: false; error: "not_participating" | FairShareRefusal };

export function requestConsultation(
  citizen: { id: number },
  input: { query: HelpQuery; actingFor?: ActingFor | null; contact?: ContactInput | null },
  now = clock.now(),
): ConsultationResult {
  const result = findOptions(input.query, now);
  if (!result.ok) return { ok: false, error: "not_participating" };
  const municipalityCode = result.municipality.code;
  const actingForName = input.actingFor ? cleanPersonName(input.actingFor.name) : null;
  const db = getDb();
  return db.transaction(
    (): ConsultationResult => {
      // One talk waiting per person per municipality, and the account's limit on people.
      const refused = fairShareCheck(citizen, { kind: "consultation", actingForName, municipalityCode }, now);
      if (refused) return { ok: false, error: refused };
      const caseId = ensureCase(db.$client, { municipalityCode, citizenUserId: citizen.id, actingForName }, now);
      const id = insertRequest({
        citizenUserId: citizen.id,
        actingForName,
        actingRelation: input.actingFor ? cleanPersonName(input.actingFor.relation) || null : null,
        actingConsent: input.actingFor ? input.actingFor.consent : null,
        kind: "consultation",
        offerId: "consultation",
        municipalityCode,
        status: CONSULTATION_STATUS,
        answers: input.query,
        citizenCostPerMonthCents: 0,
        municipalityCostPerMonthCents: 0,
        caseId,
        createdAt: now,
        updatedAt: now,
      });
      if (input.contact) keepRequestContact(citizen, actingForName, input.contact, id, now, db);
      else linkKnownContact(citizen, actingForName, id, db);
      addRequestEvent({ requestId: id, status: CONSULTATION_STATUS, byUserId: citizen.id, at: now });
      noticeMunicipalRequest({ id, kind: "consultation", citizenUserId: citizen.id, caseId, municipalityCode, now });
      audit({
        actorUserId: citizen.id,
        action: "request.created",
        subjectType: "help_request",
        subjectId: id,
        municipalityCode,
      });
      return { ok: true, id };
    },
    { behavior: "immediate" },
  );
}
