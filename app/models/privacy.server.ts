// What a citizen's export and erasure (AVG art. 15, 17, 20) read and overwrite: their requests
// and cases and everything hanging off them. Every function takes the citizen first and reaches
// rows only through the citizen's own requests or cases.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import {
  caseDecisions,
  cases,
  cleanerSlots,
  complaints,
  helpRequests,
  indications,
  payments,
  providers,
  referralEvents,
  referrals,
  requestEvents,
  signalNotes,
  signals,
} from "~db/schema";

type Citizen = { citizenUserId: number };

const requestsOf = ({ citizenUserId }: Citizen) =>
  getDb().select({ id: helpRequests.id }).from(helpRequests).where(eq(helpRequests.citizenUserId, citizenUserId));

const casesOf = ({ citizenUserId }: Citizen) =>
  getDb().select({ id: cases.id }).from(cases).where(eq(cases.citizenUserId, citizenUserId));

const referralsOf = (citizen: Citizen) =>
  getDb()
    .select({ id: referrals.id })
    .from(referrals)
    .where(inArray(referrals.caseId, casesOf(citizen)));

// ── Export ───────────────────────────────────────────────────────────────────────────────────

export function requestsForExport({ citizenUserId }: Citizen) {
  return getDb()
    .select({
      id: helpRequests.id,
      kind: helpRequests.kind,
      status: helpRequests.status,
      provider: providers.name,
      municipality: helpRequests.municipalityCode,
      answers: helpRequests.answers,
      actingForName: helpRequests.actingForName,
      actingRelation: helpRequests.actingRelation,
      helperFirstName: helpRequests.helperFirstName,
      helperStartDate: helpRequests.helperStartDate,
      declineReason: helpRequests.declineReason,
      noteForProvider: helpRequests.noteForProvider,
      paymentMethod: helpRequests.paymentMethod,
      citizenCostPerMonthCents: helpRequests.citizenCostPerMonthCents,
      createdAt: helpRequests.createdAt,
    })
    .from(helpRequests)
    .leftJoin(providers, eq(providers.id, helpRequests.providerId))
    .where(eq(helpRequests.citizenUserId, citizenUserId))
    .orderBy(asc(helpRequests.id))
    .all();
}

export function requestEventsForExport(citizen: Citizen) {
  return getDb()
    .select({ requestId: requestEvents.requestId, status: requestEvents.status, at: requestEvents.at })
    .from(requestEvents)
    .where(inArray(requestEvents.requestId, requestsOf(citizen)))
    .orderBy(asc(requestEvents.id))
    .all();
}

export function visitsForExport(citizen: Citizen) {
  return getDb()
    .select({
      requestId: cleanerSlots.requestId,
      startsAt: cleanerSlots.startsAt,
      endsAt: cleanerSlots.endsAt,
      outcome: cleanerSlots.outcome,
    })
    .from(cleanerSlots)
    .where(inArray(cleanerSlots.requestId, requestsOf(citizen)))
    .orderBy(asc(cleanerSlots.startsAt), asc(cleanerSlots.id))
    .all();
}

export function paymentsForExport(citizen: Citizen) {
  return getDb()
    .select({
      requestId: payments.requestId,
      kind: payments.kind,
      visitStartsAt: payments.visitStartsAt,
      amountCents: payments.amountCents,
      municipalityCents: payments.municipalityCents,
      method: payments.method,
      status: payments.status,
    })
    .from(payments)
    .where(inArray(payments.requestId, requestsOf(citizen)))
    .orderBy(asc(payments.id))
    .all();
}

export function complaintsForExport(citizen: Citizen) {
  return getDb()
    .select({
      requestId: complaints.requestId,
      text: complaints.text,
      status: complaints.status,
      providerResponse: complaints.providerResponse,
      createdAt: complaints.createdAt,
    })
    .from(complaints)
    .where(inArray(complaints.requestId, requestsOf(citizen)))
    .orderBy(asc(complaints.id))
    .all();
}

export function casesForExport({ citizenUserId }: Citizen) {
  return getDb()
    .select({
      id: cases.id,
      municipality: cases.municipalityCode,
      personName: cases.personName,
      situation: cases.talkSituation,
      ownAbilities: cases.talkOwnAbilities,
      network: cases.talkNetwork,
      facilities: cases.talkFacilities,
      notes: cases.talkNotes,
      household: cases.dkHousehold,
      incomeCents: cases.dkIncomeCents,
      draagkrachtPercent: cases.dkPercent,
      phone: cases.contactPhone,
      preferences: cases.preferences,
      consentShareIntake: cases.consentShareIntake,
      consentShareHealth: cases.consentShareHealth,
      createdAt: cases.createdAt,
    })
    .from(cases)
    .where(eq(cases.citizenUserId, citizenUserId))
    .orderBy(asc(cases.id))
    .all();
}

export function decisionsForExport(citizen: Citizen) {
  return getDb()
    .select({
      caseId: caseDecisions.caseId,
      kind: caseDecisions.kind,
      reason: caseDecisions.reason,
      note: caseDecisions.note,
      at: caseDecisions.decidedAt,
    })
    .from(caseDecisions)
    .where(inArray(caseDecisions.caseId, casesOf(citizen)))
    .orderBy(asc(caseDecisions.id))
    .all();
}

export function indicationsForExport(citizen: Citizen) {
  return getDb()
    .select({
      caseId: indications.caseId,
      minutesPerWeek: indications.minutesPerWeek,
      startDate: indications.startDate,
      endDate: indications.endDate,
      evaluationDate: indications.evaluationDate,
    })
    .from(indications)
    .where(inArray(indications.caseId, casesOf(citizen)))
    .orderBy(asc(indications.id))
    .all();
}

export function referralsForExport(citizen: Citizen) {
  return getDb()
    .select({
      caseId: referrals.caseId,
      provider: providers.name,
      status: referrals.status,
      startDate: referrals.startDate,
      at: referrals.createdAt,
    })
    .from(referrals)
    .innerJoin(providers, eq(providers.id, referrals.providerId))
    .where(inArray(referrals.caseId, casesOf(citizen)))
    .orderBy(asc(referrals.id))
    .all();
}

export function signalsForExport(citizen: Citizen) {
  return getDb()
    .select({
      caseId: signals.caseId,
      type: signals.type,
      urgency: signals.urgency,
      text: signals.text,
      status: signals.status,
      at: signals.createdAt,
    })
    .from(signals)
    .where(inArray(signals.caseId, casesOf(citizen)))
    .orderBy(asc(signals.id))
    .all();
}

// ── Erasure ──────────────────────────────────────────────────────────────────────────────────

export function requestAnswersOf({ citizenUserId }: Citizen) {
  return getDb()
    .select({ id: helpRequests.id, kind: helpRequests.kind, answers: helpRequests.answers })
    .from(helpRequests)
    .where(eq(helpRequests.citizenUserId, citizenUserId))
    .all();
}

/** A request keeps its kind, status, dates and amounts; its answers become `answers`. */
export function anonymiseRequest(
  { citizenUserId }: Citizen,
  requestId: number,
  answers: Record<string, unknown>,
): void {
  getDb()
    .update(helpRequests)
    .set({
      answers,
      actingForName: null,
      actingRelation: null,
      helperFirstName: null,
      declineReason: null,
      noteForProvider: null,
    })
    .where(and(eq(helpRequests.id, requestId), eq(helpRequests.citizenUserId, citizenUserId)))
    .run();
}

/** The notes on the requests' timelines, and the complaints' words (replaced by `erased`). */
export function eraseRequestTextsOf(citizen: Citizen, erased: string): void {
  const db = getDb();
  db.update(requestEvents)
    .set({ note: null })
    .where(inArray(requestEvents.requestId, requestsOf(citizen)))
    .run();
  db.update(complaints)
    .set({ text: erased, providerResponse: null })
    .where(inArray(complaints.requestId, requestsOf(citizen)))
    .run();
}

export function caseIdsOf({ citizenUserId }: Citizen): number[] {
  return casesOf({ citizenUserId })
    .all()
    .map((c) => c.id);
}

/**
 * Everything said and recorded about the person in their cases and what followed from them:
 * the talk, income, contact details, notes, intake summaries and signals' words.
 */
export function eraseCaseTextsOf(citizen: Citizen, erased: string): void {
  const db = getDb();
  db.update(caseDecisions)
    .set({ note: null })
    .where(inArray(caseDecisions.caseId, casesOf(citizen)))
    .run();
  db.update(referrals)
    .set({ intake: {}, declineReason: null, endReason: null })
    .where(inArray(referrals.caseId, casesOf(citizen)))
    .run();
  db.update(signals)
    .set({ text: erased, closeNote: null })
    .where(inArray(signals.caseId, casesOf(citizen)))
    .run();
  db.update(signalNotes)
    .set({ note: erased })
    .where(
      inArray(
        signalNotes.signalId,
        db
          .select({ id: signals.id })
          .from(signals)
          .where(inArray(signals.caseId, casesOf(citizen))),
      ),
    )
    .run();
  db.update(referralEvents)
    .set({ note: null })
    .where(inArray(referralEvents.referralId, referralsOf(citizen)))
    .run();
  db.update(cases)
    .set({
      personName: erased,
      // Unique per municipality and citizen: each case its own key.
      personKey: sql`'erased-' || ${cases.id}`,
      talkSituation: null,
      talkOwnAbilities: null,
      talkNetwork: null,
      talkFacilities: null,
      talkNotes: null,
      dkIncomeCents: null,
      dkPercent: null,
      contactPhone: null,
      preferences: null,
    })
    .where(eq(cases.citizenUserId, citizen.citizenUserId))
    .run();
}
