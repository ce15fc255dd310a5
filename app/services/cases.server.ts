// The consultant's workspace: the inbox, a citizen's case (talk, draagkracht, options, decisions,
// indications, referrals, signals) and what the consultant records on it. Every function is
// scoped to the consultant's municipality: anything else reads as "not found". Every read and
// change of a case is audited.
import { clock } from "~/clock.server";
import {
  type Draagkracht,
  draagkracht,
  FIRST_INDICATION_MONTHS,
  type InboxType,
  indicationDates,
  intakeSummary,
  signalOverdue,
} from "~/domain/cases";
import type { Option } from "~/domain/matching";
import { amsterdamDay } from "~/domain/policy";
import { EVALUATION_DUE_WINDOW_DAYS, isActive, nextReferralStatus } from "~/domain/referral";
import { addDays, laterDay } from "~/domain/time";
import type { HelpQuery } from "~/schemas/help-request";
import { getDb } from "~db/client.server";
import type {
  EvaluationOutcome,
  ReferralStatus,
  RequestStatus,
  SignalStatus,
  SignalType,
  SteeringReason,
} from "~db/schema";
import { audit } from "./audit.server";
import { findOptions } from "./matching.server";
import { getPolicyInForce } from "./municipalities.server";
import { availablePaymentMethods } from "./payments/payment-method.server";

export type Consultant = { id: number; municipalityCode: string };

const sqlite = () => getDb().$client;

function trace(consultant: Consultant, action: string, caseId: number, detail?: Record<string, unknown>) {
  audit({
    actorUserId: consultant.id,
    action,
    subjectType: "case",
    subjectId: caseId,
    municipalityCode: consultant.municipalityCode,
    ...(detail ? { detail } : {}),
  });
}

/** Whether the case belongs to the consultant's municipality (no audit: nothing is read). */
export function ownCase(consultant: Consultant, caseId: number): boolean {
  return (
    sqlite()
      .prepare("SELECT 1 FROM cases WHERE id = ? AND municipality_code = ?")
      .get(caseId, consultant.municipalityCode) !== undefined
  );
}

// ── The inbox ──────────────────────────────────────────────────────────────────────────────

export type InboxItem = {
  type: InboxType;
  key: string;
  caseId: number;
  personName: string;
  /** What it is: the request's kind, the signal's type, or the evaluation's state. */
  what: string;
  /** Since when it waits (ms); for a due evaluation, its date. */
  since: number;
  urgent: boolean;
  overdue: boolean;
};

const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function inbox(consultant: Consultant, now = clock.now()): InboxItem[] {
  const db = sqlite();
  const m = consultant.municipalityCode;
  const today = amsterdamDay(now);
  const items: InboxItem[] = [];
  const requests = db
    .prepare(
      `SELECT r.id, r.kind, r.created_at AS at, c.id AS caseId, c.person_name AS name
       FROM help_requests r JOIN cases c ON c.id = r.case_id
       WHERE r.municipality_code = ? AND r.kind IN ('zin', 'consultation') AND r.status = 'submitted'`,
    )
    .all(m) as { id: number; kind: string; at: number; caseId: number; name: string }[];
  for (const r of requests)
    items.push({
      type: "request",
      key: `request-${r.id}`,
      caseId: r.caseId,
      personName: r.name,
      what: r.kind,
      since: r.at,
      urgent: false,
      overdue: false,
    });
  // A declined referral comes back until the consultant decides again or refers anew.
  const returned = db
    .prepare(
      `SELECT f.id, f.updated_at AS at, c.id AS caseId, c.person_name AS name
       FROM referrals f JOIN cases c ON c.id = f.case_id
       WHERE f.municipality_code = ? AND f.status = 'declined'
         AND NOT EXISTS (SELECT 1 FROM referrals g WHERE g.indication_id = f.indication_id AND g.id > f.id)
         AND NOT EXISTS (SELECT 1 FROM case_decisions d WHERE d.case_id = f.case_id AND d.created_at > f.updated_at)`,
    )
    .all(m) as { id: number; at: number; caseId: number; name: string }[];
  for (const r of returned)
    items.push({
      type: "returned",
      key: `referral-${r.id}`,
      caseId: r.caseId,
      personName: r.name,
      what: "declined",
      since: r.at,
      urgent: false,
      overdue: false,
    });
  const signals = db
    .prepare(
      `SELECT s.id, s.type, s.urgency, s.status, s.created_at AS at, c.id AS caseId, c.person_name AS name
       FROM signals s JOIN cases c ON c.id = s.case_id
       WHERE s.municipality_code = ? AND s.status <> 'closed'`,
    )
    .all(m) as {
    id: number;
    type: string;
    urgency: string;
    status: SignalStatus;
    at: number;
    caseId: number;
    name: string;
  }[];
  for (const s of signals)
    items.push({
      type: "signal",
      key: `signal-${s.id}`,
      caseId: s.caseId,
      personName: s.name,
      what: s.type,
      since: s.at,
      urgent: s.urgency === "urgent",
      overdue: signalOverdue({ ...s, raisedOn: amsterdamDay(new Date(s.at)) }, today),
    });
  const due = db
    .prepare(
      `SELECT f.id, i.evaluation_date AS day, c.id AS caseId, c.person_name AS name
       FROM referrals f JOIN indications i ON i.id = f.indication_id JOIN cases c ON c.id = f.case_id
       WHERE f.municipality_code = ? AND f.status = 'started' AND i.evaluation_date <= ?
         AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.referral_id = f.id)`,
    )
    .all(m, addDays(today, EVALUATION_DUE_WINDOW_DAYS)) as { id: number; day: string; caseId: number; name: string }[];
  for (const e of due)
    items.push({
      type: "evaluation",
      key: `due-${e.id}`,
      caseId: e.caseId,
      personName: e.name,
      what: "due",
      since: dayStart(e.day),
      urgent: false,
      overdue: e.day < today,
    });
  const recorded = db
    .prepare(
      `SELECT e.id, e.created_at AS at, c.id AS caseId, c.person_name AS name
       FROM evaluations e JOIN referrals f ON f.id = e.referral_id JOIN cases c ON c.id = f.case_id
       WHERE f.municipality_code = ? AND e.reviewed_at IS NULL`,
    )
    .all(m) as { id: number; at: number; caseId: number; name: string }[];
  for (const e of recorded)
    items.push({
      type: "evaluation",
      key: `evaluation-${e.id}`,
      caseId: e.caseId,
      personName: e.name,
      what: "recorded",
      since: e.at,
      urgent: false,
      overdue: false,
    });
  return items;
}

/** How many inbox items wait, for the navigation. */
export function inboxCount(consultant: Consultant, now = clock.now()): number {
  return inbox(consultant, now).length;
}

// ── The case list ──────────────────────────────────────────────────────────────────────────
export type CaseListRow = { id: number; personName: string; email: string; updatedAt: number; open: number };

export function listCases(consultant: Consultant, search: string): CaseListRow[] {
  const like = `%${search
    .trim()
    .toLowerCase()
    .replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const rows = sqlite()
    .prepare(
      `SELECT c.id, c.person_name AS personName, u.email, c.updated_at AS updatedAt,
         (SELECT count(*) FROM help_requests r WHERE r.case_id = c.id AND r.status = 'submitted') AS open
       FROM cases c JOIN users u ON u.id = c.citizen_user_id
       WHERE c.municipality_code = ? AND (lower(c.person_name) LIKE ? ESCAPE '\\' OR lower(u.email) LIKE ? ESCAPE '\\')
       ORDER BY c.updated_at DESC LIMIT 200`,
    )
    .all(consultant.municipalityCode, like, like) as CaseListRow[];
  audit({
    actorUserId: consultant.id,
    action: "cases.listed",
    subjectType: "municipality",
    subjectId: consultant.municipalityCode,
    municipalityCode: consultant.municipalityCode,
    detail: { count: rows.length },
  });
  return rows;
}

// ── One case ───────────────────────────────────────────────────────────────────────────────
type CaseRow = {
  id: number;
  municipalityCode: string;
  citizenUserId: number;
  personKey: string;
  personName: string;
  email: string;
  accountName: string;
  talkSituation: string | null;
  talkOwnAbilities: string | null;
  talkNetwork: string | null;
  talkFacilities: string | null;
  talkNotes: string | null;
  talkAt: number | null;
  dkHousehold: "single" | "couple" | null;
  dkPartnerUnderAow: number | null;
  dkIncomeCents: number | null;
  dkPercent: number | null;
  dkAt: number | null;
  contactPhone: string | null;
  preferences: string | null;
  consentShareIntake: number;
  consentShareHealth: number;
  consentAt: number | null;
};

function caseRow(caseId: number, municipalityCode: string): CaseRow | undefined {
  return sqlite()
    .prepare(
      `SELECT c.id, c.municipality_code AS municipalityCode, c.citizen_user_id AS citizenUserId, c.person_key AS personKey,
         c.person_name AS personName, u.email, u.name AS accountName,
         c.talk_situation AS talkSituation, c.talk_own_abilities AS talkOwnAbilities, c.talk_network AS talkNetwork,
         c.talk_facilities AS talkFacilities, c.talk_notes AS talkNotes, c.talk_at AS talkAt,
         c.dk_household AS dkHousehold, c.dk_partner_under_aow AS dkPartnerUnderAow, c.dk_income_cents AS dkIncomeCents,
         c.dk_percent AS dkPercent, c.dk_at AS dkAt, c.contact_phone AS contactPhone, c.preferences,
         c.consent_share_intake AS consentShareIntake, c.consent_share_health AS consentShareHealth, c.consent_at AS consentAt
       FROM cases c JOIN users u ON u.id = c.citizen_user_id WHERE c.id = ? AND c.municipality_code = ?`,
    )
    .get(caseId, municipalityCode) as CaseRow | undefined;
}

export type CaseRequest = {
  id: number;
  kind: string;
  offerId: string;
  paymentMethod: "online" | "invoice" | "direct" | null;
  status: RequestStatus;
  providerName: string | null;
  createdAt: number;
  actingRelation: string | null;
  answers: HelpQuery;
};

/** All requests of the case's person in this municipality (also those made before the case). */
function caseRequests(c: CaseRow): CaseRequest[] {
  return (
    sqlite()
      .prepare(
        `SELECT r.id, r.kind, r.offer_id AS offerId, r.payment_method AS paymentMethod, r.status, p.name AS providerName, r.created_at AS createdAt,
           r.acting_relation AS actingRelation, r.answers
         FROM help_requests r LEFT JOIN providers p ON p.id = r.provider_id
         WHERE r.case_id = ? OR (r.municipality_code = ? AND r.citizen_user_id = ?
           AND lower(trim(coalesce(r.acting_for_name, ''))) = ? AND r.status NOT IN ('held', 'expired'))
         ORDER BY r.created_at DESC, r.id DESC`,
      )
      .all(c.id, c.municipalityCode, c.citizenUserId, c.personKey) as (Omit<CaseRequest, "answers"> & {
      answers: string;
    })[]
  ).map((r) => ({ ...r, answers: JSON.parse(r.answers) as HelpQuery }));
}

/** Whether a request is one of the case's (for actions posted on the case page). */
export function requestOnCase(consultant: Consultant, caseId: number, requestId: number): boolean {
  const c = caseRow(caseId, consultant.municipalityCode);
  return c !== undefined && caseRequests(c).some((r) => r.id === requestId);
}

/** The answers the options are computed from: the latest request's, with the draagkracht check's household and income. */
function caseQuery(c: CaseRow, requests: CaseRequest[], today: string): HelpQuery | null {
  const latest = requests[0]?.answers;
  // Answers wiped by an erasure (no postcode or birth year left) give no options, not an error.
  if (!latest || typeof latest.postcode !== "string" || typeof latest.birthYear !== "number") return null;
  return {
    ...latest,
    household: c.dkHousehold ?? latest.household,
    partnerUnderAow: c.dkHousehold ? c.dkPartnerUnderAow === 1 : latest.partnerUnderAow,
    income: c.dkIncomeCents === null ? latest.income : Math.floor(c.dkIncomeCents / 100),
    start: laterDay(latest.start, today),
  };
}

export type CaseOption = Option & { differenceAgainstZinCents: number | null };

/** The same options the citizen sees, with the municipality's cost against ZIN. */
function caseOptions(query: HelpQuery | null, now: Date): CaseOption[] {
  if (!query) return [];
  const result = findOptions(query, now);
  if (!result.ok) return [];
  const zin = result.options.find((o) => o.kind === "zin")?.municipalityCostPerMonthCents ?? null;
  return result.options.map((o) => ({
    ...o,
    differenceAgainstZinCents: zin === null ? null : o.municipalityCostPerMonthCents - zin,
  }));
}

export type ReferralView = {
  id: number;
  providerId: number;
  providerName: string;
  status: ReferralStatus;
  startDate: string | null;
  declineReason: string | null;
  endReason: string | null;
  createdAt: number;
  intake: Record<string, unknown>;
  events: { status: ReferralStatus; note: string | null; at: number; by: string | null }[];
  evaluation: {
    id: number;
    outcome: EvaluationOutcome;
    explanation: string;
    at: number;
    reviewedAt: number | null;
    reviewNote: string | null;
  } | null;
};

export type IndicationView = {
  id: number;
  minutesPerWeek: number;
  startDate: string;
  endDate: string;
  evaluationDate: string;
  durationMonths: number;
  first: boolean;
  referrals: ReferralView[];
};

function indicationsOf(caseId: number): IndicationView[] {
  const db = sqlite();
  const rows = db
    .prepare(
      `SELECT id, minutes_per_week AS minutesPerWeek, start_date AS startDate, end_date AS endDate,
         evaluation_date AS evaluationDate, duration_months AS durationMonths, first
       FROM indications WHERE case_id = ? ORDER BY id DESC`,
    )
    .all(caseId) as (Omit<IndicationView, "referrals" | "first"> & { first: number })[];
  return rows.map((i) => ({
    ...i,
    first: i.first === 1,
    referrals: (
      db
        .prepare(
          `SELECT f.id, f.provider_id AS providerId, p.name AS providerName, f.status, f.start_date AS startDate,
             f.decline_reason AS declineReason, f.end_reason AS endReason, f.created_at AS createdAt, f.intake
           FROM referrals f JOIN providers p ON p.id = f.provider_id WHERE f.indication_id = ? ORDER BY f.id DESC`,
        )
        .all(i.id) as (Omit<ReferralView, "events" | "evaluation" | "intake"> & { intake: string })[]
    ).map((f) => ({
      ...f,
      intake: JSON.parse(f.intake) as Record<string, unknown>,
      events: db
        .prepare(
          `SELECT e.status, e.note, e.created_at AS at, u.name AS by
           FROM referral_events e LEFT JOIN users u ON u.id = e.by_user_id WHERE e.referral_id = ? ORDER BY e.id`,
        )
        .all(f.id) as ReferralView["events"],
      evaluation:
        (db
          .prepare(
            `SELECT id, outcome, explanation, created_at AS at, reviewed_at AS reviewedAt, review_note AS reviewNote
             FROM evaluations WHERE referral_id = ?`,
          )
          .get(f.id) as ReferralView["evaluation"] | undefined) ?? null,
    })),
  }));
}

export type SignalView = {
  id: number;
  providerName: string;
  type: SignalType;
  urgency: "normal" | "urgent";
  text: string;
  status: SignalStatus;
  createdAt: number;
  acknowledgedAt: number | null;
  closedAt: number | null;
  closeNote: string | null;
  overdue: boolean;
  notes: { note: string; at: number; by: string | null }[];
};

function signalsOf(caseId: number, today: string): SignalView[] {
  const db = sqlite();
  const rows = db
    .prepare(
      `SELECT s.id, p.name AS providerName, s.type, s.urgency, s.text, s.status, s.created_at AS createdAt,
         s.acknowledged_at AS acknowledgedAt, s.closed_at AS closedAt, s.close_note AS closeNote
       FROM signals s JOIN providers p ON p.id = s.provider_id WHERE s.case_id = ? ORDER BY s.id DESC`,
    )
    .all(caseId) as Omit<SignalView, "overdue" | "notes">[];
  return rows.map((s) => ({
    ...s,
    overdue: signalOverdue({ ...s, raisedOn: amsterdamDay(new Date(s.createdAt)) }, today),
    notes: db
      .prepare(
        `SELECT n.note, n.created_at AS at, u.name AS by FROM signal_notes n LEFT JOIN users u ON u.id = n.by_user_id
         WHERE n.signal_id = ? ORDER BY n.id`,
      )
      .all(s.id) as SignalView["notes"],
  }));
}

export type DecisionView = {
  id: number;
  kind: string;
  providerName: string | null;
  reason: SteeringReason;
  note: string | null;
  municipalityCostPerMonthCents: number;
  zinCostPerMonthCents: number | null;
  decidedAt: number;
  by: string | null;
};

/** A case with everything the consultant works with, or null outside their municipality. */
export function getCase(consultant: Consultant, caseId: number, now = clock.now()) {
  const c = caseRow(caseId, consultant.municipalityCode);
  if (!c) return null;
  const today = amsterdamDay(now);
  const requests = caseRequests(c);
  const query = caseQuery(c, requests, today);
  const policy = getPolicyInForce(c.municipalityCode, now);
  let check: Draagkracht | null = null;
  if (c.dkHousehold && c.dkIncomeCents !== null && policy && query) {
    check = draagkracht(
      { birthYear: query.birthYear, household: c.dkHousehold, partnerUnderAow: c.dkPartnerUnderAow === 1 },
      c.dkIncomeCents,
      policy,
      today,
    );
  }
  const decisions = sqlite()
    .prepare(
      `SELECT d.id, d.kind, p.name AS providerName, d.reason, d.note,
         d.municipality_cost_per_month_cents AS municipalityCostPerMonthCents,
         d.zin_cost_per_month_cents AS zinCostPerMonthCents, d.created_at AS decidedAt, u.name AS by
       FROM case_decisions d LEFT JOIN providers p ON p.id = d.provider_id LEFT JOIN users u ON u.id = d.decided_by_user_id
       WHERE d.case_id = ? ORDER BY d.id DESC`,
    )
    .all(caseId) as DecisionView[];
  trace(consultant, "case.read", caseId);
  return {
    case: {
      ...c,
      talkFacilities: c.talkFacilities ? (JSON.parse(c.talkFacilities) as string[]) : [],
      dkPartnerUnderAow: c.dkPartnerUnderAow === 1,
      consentShareIntake: c.consentShareIntake === 1,
      consentShareHealth: c.consentShareHealth === 1,
    },
    requests,
    query,
    draagkracht: check,
    options: caseOptions(query, now),
    decisions,
    indications: indicationsOf(caseId),
    signals: signalsOf(caseId, today),
    firstIndication: firstIndication(caseId),
    paymentMethods: availablePaymentMethods(),
    today,
  };
}

export type CaseDetail = NonNullable<ReturnType<typeof getCase>>;

// ── What the consultant records ────────────────────────────────────────────────────────────
function touch(caseId: number, now: Date) {
  sqlite().prepare("UPDATE cases SET updated_at = ? WHERE id = ?").run(now.getTime(), caseId);
}

export type Talk = {
  situation: string | null;
  ownAbilities: string | null;
  network: string | null;
  facilities: string[];
  notes: string | null;
};

export function saveTalk(consultant: Consultant, caseId: number, talk: Talk, now = clock.now()): boolean {
  const db = sqlite();
  return db.transaction(() => {
    if (!ownCase(consultant, caseId)) return false;
    db.prepare(
      `UPDATE cases SET talk_situation = ?, talk_own_abilities = ?, talk_network = ?, talk_facilities = ?, talk_notes = ?,
         talk_at = ?, talk_by_user_id = ? WHERE id = ?`,
    ).run(
      talk.situation,
      talk.ownAbilities,
      talk.network,
      JSON.stringify(talk.facilities),
      talk.notes,
      now.getTime(),
      consultant.id,
      caseId,
    );
    touch(caseId, now);
    trace(consultant, "case.talk_saved", caseId);
    return true;
  })();
}

export type DraagkrachtInput = { household: "single" | "couple"; partnerUnderAow: boolean; incomeCents: number };

export function saveDraagkracht(
  consultant: Consultant,
  caseId: number,
  input: DraagkrachtInput,
  now = clock.now(),
): boolean {
  const db = sqlite();
  return db.transaction(() => {
    const c = caseRow(caseId, consultant.municipalityCode);
    if (!c) return false;
    const latest = caseRequests(c)[0]?.answers;
    const policy = getPolicyInForce(c.municipalityCode, now);
    const percent =
      latest && policy
        ? draagkracht(
            { birthYear: latest.birthYear, household: input.household, partnerUnderAow: input.partnerUnderAow },
            input.incomeCents,
            policy,
            amsterdamDay(now),
          ).percent
        : null;
    db.prepare(
      `UPDATE cases SET dk_household = ?, dk_partner_under_aow = ?, dk_income_cents = ?, dk_percent = ?, dk_at = ?,
         dk_by_user_id = ? WHERE id = ?`,
    ).run(
      input.household,
      input.household === "couple" && input.partnerUnderAow ? 1 : 0,
      input.incomeCents,
      percent,
      now.getTime(),
      consultant.id,
      caseId,
    );
    touch(caseId, now);
    // The amount itself stays out of the audit trail: the log says what was done, not the income.
    trace(consultant, "case.draagkracht_saved", caseId);
    return true;
  })();
}

export type ConsentInput = {
  shareIntake: boolean;
  shareHealth: boolean;
  phone: string | null;
  preferences: string | null;
};

export function saveConsent(consultant: Consultant, caseId: number, input: ConsentInput, now = clock.now()): boolean {
  const db = sqlite();
  return db.transaction(() => {
    if (!ownCase(consultant, caseId)) return false;
    db.prepare(
      `UPDATE cases SET consent_share_intake = ?, consent_share_health = ?, contact_phone = ?, preferences = ?,
         consent_at = ?, consent_by_user_id = ? WHERE id = ?`,
    ).run(
      input.shareIntake ? 1 : 0,
      input.shareIntake && input.shareHealth ? 1 : 0,
      input.phone,
      input.preferences,
      now.getTime(),
      consultant.id,
      caseId,
    );
    touch(caseId, now);
    trace(consultant, "case.consent_saved", caseId, {
      shareIntake: input.shareIntake,
      shareHealth: input.shareIntake && input.shareHealth,
    });
    return true;
  })();
}

function requestEvent(requestId: number, status: RequestStatus, byUserId: number, note: string | null, now: Date) {
  sqlite()
    .prepare("INSERT INTO request_events (request_id, status, note, by_user_id, created_at) VALUES (?, ?, ?, ?, ?)")
    .run(requestId, status, note, byUserId, now.getTime());
}

/** The case's requests still waiting for the consultant move on to `status`. */
function settleOpenRequests(caseId: number, status: RequestStatus, byUserId: number, note: string | null, now: Date) {
  const open = sqlite()
    .prepare("SELECT id FROM help_requests WHERE case_id = ? AND status = 'submitted'")
    .all(caseId) as { id: number }[];
  for (const { id } of open) {
    sqlite().prepare("UPDATE help_requests SET status = ?, updated_at = ? WHERE id = ?").run(status, now.getTime(), id);
    requestEvent(id, status, byUserId, note, now);
  }
  return open.map((r) => r.id);
}

export type SteerInput = { offerId: string; reason: SteeringReason; note: string | null };

export type DecideResult =
  | { ok: true; decisionId: number; referralId: number | null }
  | {
      ok: false;
      error: "not_found" | "no_option" | "consent_needed" | "no_provider" | "bad_dates" | "already_indicated";
    };

/** A referral under way (sent, accepted or started): a new decision would compete with it. */
function activeReferral(caseId: number): boolean {
  return (
    sqlite()
      .prepare("SELECT 1 FROM referrals WHERE case_id = ? AND status IN ('sent', 'accepted', 'started')")
      .get(caseId) !== undefined
  );
}

/** A first indication: none of the case's earlier indications ever got under way with a provider. */
function firstIndication(caseId: number): boolean {
  return (
    sqlite()
      .prepare(
        `SELECT 1 FROM referrals f JOIN indications i ON i.id = f.indication_id
         WHERE i.case_id = ? AND f.status IN ('started', 'ended')`,
      )
      .get(caseId) === undefined
  );
}

function insertDecision(caseId: number, option: CaseOption, input: SteerInput, consultant: Consultant, now: Date) {
  const zinCost =
    option.differenceAgainstZinCents === null
      ? null
      : option.municipalityCostPerMonthCents - option.differenceAgainstZinCents;
  return (
    sqlite()
      .prepare(
        `INSERT INTO case_decisions (case_id, request_id, kind, offer_id, provider_id, reason, note,
           municipality_cost_per_month_cents, zin_cost_per_month_cents, decided_by_user_id, created_at)
         VALUES (?, (SELECT id FROM help_requests WHERE case_id = ? AND status = 'submitted' ORDER BY id DESC LIMIT 1),
           ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(
        caseId,
        caseId,
        option.kind,
        option.offerId,
        option.providerId,
        input.reason,
        input.note,
        option.municipalityCostPerMonthCents,
        zinCost,
        consultant.id,
        now.getTime(),
      ) as { id: number }
  ).id;
}

/**
 * Steers to a lighter option chosen with the citizen: the decision and its reason are kept,
 * and the requests waiting for the consultant show the citizen what was chosen.
 */
export function steer(consultant: Consultant, caseId: number, input: SteerInput, now = clock.now()): DecideResult {
  const detail = getCaseUnaudited(consultant, caseId, now);
  if (!detail) return { ok: false, error: "not_found" };
  const option = detail.options.find((o) => o.offerId === input.offerId && o.eligible && o.kind !== "zin");
  if (!option) return { ok: false, error: "no_option" };
  const db = sqlite();
  return db
    .transaction((): DecideResult => {
      // Checked inside the write transaction: a second consultant's stale page cannot decide twice.
      if (activeReferral(caseId)) return { ok: false, error: "already_indicated" };
      const decisionId = insertDecision(caseId, option, input, consultant, now);
      const label = option.providerName ? `${option.kind}:${option.providerName}` : option.kind;
      settleOpenRequests(caseId, "steered", consultant.id, label, now);
      touch(caseId, now);
      trace(consultant, "case.steered", caseId, { decisionId, kind: option.kind, reason: input.reason });
      return { ok: true, decisionId, referralId: null };
    })
    .immediate();
}

export type IndicateInput = SteerInput & { minutesPerWeek: number; startDate: string; months: number };

function intakeFor(c: CaseRow, query: HelpQuery, minutesPerWeek: number, startDate: string) {
  const acting = sqlite()
    .prepare(
      `SELECT acting_relation AS relation FROM help_requests
       WHERE case_id = ? AND acting_relation IS NOT NULL ORDER BY id DESC LIMIT 1`,
    )
    .get(c.id) as { relation: string } | undefined;
  return intakeSummary({
    personName: c.personName,
    actedBy: c.personKey && acting ? { name: c.accountName, relation: acting.relation } : null,
    email: c.email,
    phone: c.contactPhone,
    postcode: query.postcode,
    birthYear: query.birthYear,
    needs: query.needs,
    mobility: query.mobility,
    minutesPerWeek,
    startDate,
    preferences: c.preferences,
    situation: c.talkSituation,
    consentShareHealth: c.consentShareHealth === 1,
  });
}

function insertReferral(
  indicationId: number,
  c: CaseRow,
  providerId: number,
  intake: Record<string, unknown>,
  consultant: Consultant,
  now: Date,
) {
  const { id } = sqlite()
    .prepare(
      `INSERT INTO referrals (indication_id, case_id, provider_id, municipality_code, status, intake, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'sent', ?, ?, ?) RETURNING id`,
    )
    .get(indicationId, c.id, providerId, c.municipalityCode, JSON.stringify(intake), now.getTime(), now.getTime()) as {
    id: number;
  };
  sqlite()
    .prepare("INSERT INTO referral_events (referral_id, status, by_user_id, created_at) VALUES (?, 'sent', ?, ?)")
    .run(id, consultant.id, now.getTime());
  return id;
}

/**
 * Grants ZIN: the decision, an indication (first one 3 months, evaluation date in working days)
 * and a referral to the chosen provider with the intake summary the citizen agreed to share.
 */
export function indicate(
  consultant: Consultant,
  caseId: number,
  input: IndicateInput,
  now = clock.now(),
): DecideResult {
  const detail = getCaseUnaudited(consultant, caseId, now);
  if (!detail) return { ok: false, error: "not_found" };
  const c = caseRow(caseId, consultant.municipalityCode);
  if (!c || !detail.query) return { ok: false, error: "no_option" };
  if (c.consentShareIntake !== 1) return { ok: false, error: "consent_needed" };
  const option = detail.options.find((o) => o.offerId === input.offerId && o.kind === "zin");
  if (!option) return { ok: false, error: "no_option" };
  if (option.providerId === null) return { ok: false, error: "no_provider" };
  const providerId = option.providerId;
  if (input.startDate < detail.today) return { ok: false, error: "bad_dates" };
  // A first indication runs 3 months (DOMAIN.md), whatever was posted.
  const months = firstIndication(caseId) ? FIRST_INDICATION_MONTHS : input.months;
  let dates: ReturnType<typeof indicationDates>;
  try {
    dates = indicationDates(input.startDate, months);
  } catch {
    return { ok: false, error: "bad_dates" };
  }
  const query = detail.query;
  const db = sqlite();
  return db
    .transaction((): DecideResult => {
      if (activeReferral(caseId)) return { ok: false, error: "already_indicated" };
      const decisionId = insertDecision(caseId, option, input, consultant, now);
      const first = firstIndication(caseId);
      const { id: indicationId } = db
        .prepare(
          `INSERT INTO indications (case_id, decision_id, minutes_per_week, start_date, end_date, evaluation_date,
             duration_months, first, created_by_user_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        )
        .get(
          caseId,
          decisionId,
          input.minutesPerWeek,
          dates.startDate,
          dates.endDate,
          dates.evaluationDate,
          months,
          first ? 1 : 0,
          consultant.id,
          now.getTime(),
        ) as { id: number };
      const referralId = insertReferral(
        indicationId,
        c,
        providerId,
        intakeFor(c, query, input.minutesPerWeek, dates.startDate),
        consultant,
        now,
      );
      settleOpenRequests(caseId, "indicated", consultant.id, option.providerName, now);
      touch(caseId, now);
      trace(consultant, "case.indicated", caseId, { decisionId, indicationId, referralId, providerId });
      return { ok: true, decisionId, referralId };
    })
    .immediate();
}

/** After a provider declined: the same indication to another provider. */
export function referAgain(
  consultant: Consultant,
  caseId: number,
  referralId: number,
  providerId: number,
  now = clock.now(),
):
  | { ok: true; referralId: number }
  | { ok: false; error: "not_found" | "not_allowed" | "no_provider" | "consent_needed" } {
  const db = sqlite();
  const row = db
    .prepare(
      `SELECT f.case_id AS caseId, f.indication_id AS indicationId, f.status FROM referrals f
       WHERE f.id = ? AND f.municipality_code = ? AND f.case_id = ?`,
    )
    .get(referralId, consultant.municipalityCode, caseId) as
    | { caseId: number; indicationId: number; status: ReferralStatus }
    | undefined;
  if (!row) return { ok: false, error: "not_found" };
  const detail = getCaseUnaudited(consultant, row.caseId, now);
  const c = caseRow(row.caseId, consultant.municipalityCode);
  if (!detail || !c || !detail.query) return { ok: false, error: "not_found" };
  if (!detail.options.some((o) => o.kind === "zin" && o.providerId === providerId))
    return { ok: false, error: "no_provider" };
  const query = detail.query;
  return db
    .transaction(() => {
      // Only the newest referral of an indication, once it is declined or withdrawn.
      const latest = db
        .prepare("SELECT id, status FROM referrals WHERE indication_id = ? ORDER BY id DESC LIMIT 1")
        .get(row.indicationId) as { id: number; status: ReferralStatus };
      if (latest.id !== referralId || isActive(latest.status) || latest.status === "ended")
        return { ok: false as const, error: "not_allowed" as const };
      // The citizen may have withdrawn consent since the first referral.
      const consent = db.prepare("SELECT consent_share_intake AS c FROM cases WHERE id = ?").get(row.caseId) as {
        c: number;
      };
      if (consent.c !== 1) return { ok: false as const, error: "consent_needed" as const };
      const indication = db
        .prepare("SELECT minutes_per_week AS minutes, start_date AS start FROM indications WHERE id = ?")
        .get(row.indicationId) as { minutes: number; start: string };
      const id = insertReferral(
        row.indicationId,
        c,
        providerId,
        intakeFor(c, query, indication.minutes, laterDay(indication.start, detail.today)),
        consultant,
        now,
      );
      touch(row.caseId, now);
      trace(consultant, "case.referred_again", row.caseId, { referralId: id, providerId });
      return { ok: true as const, referralId: id };
    })
    .immediate();
}

/** The consultant withdraws a referral that has not started. */
export function withdrawReferral(
  consultant: Consultant,
  caseId: number,
  referralId: number,
  now = clock.now(),
): boolean {
  const db = sqlite();
  return db
    .transaction(() => {
      const row = db
        .prepare(
          "SELECT case_id AS caseId, status FROM referrals WHERE id = ? AND municipality_code = ? AND case_id = ?",
        )
        .get(referralId, consultant.municipalityCode, caseId) as { caseId: number; status: ReferralStatus } | undefined;
      if (!row) return false;
      const next = nextReferralStatus(row.status, "withdraw", "consultant");
      if (!next.ok) return false;
      db.prepare("UPDATE referrals SET status = ?, updated_at = ? WHERE id = ?").run(
        next.to,
        now.getTime(),
        referralId,
      );
      db.prepare("INSERT INTO referral_events (referral_id, status, by_user_id, created_at) VALUES (?, ?, ?, ?)").run(
        referralId,
        next.to,
        consultant.id,
        now.getTime(),
      );
      touch(row.caseId, now);
      trace(consultant, "case.referral_withdrawn", row.caseId, { referralId });
      return true;
    })
    .immediate();
}

/** The consultant has read the provider's evaluation and notes what follows. */
export function reviewEvaluation(
  consultant: Consultant,
  caseId: number,
  evaluationId: number,
  note: string,
  now = clock.now(),
): boolean {
  const db = sqlite();
  return db.transaction(() => {
    const row = db
      .prepare(
        `SELECT f.case_id AS caseId FROM evaluations e JOIN referrals f ON f.id = e.referral_id
         WHERE e.id = ? AND f.municipality_code = ? AND f.case_id = ? AND e.reviewed_at IS NULL`,
      )
      .get(evaluationId, consultant.municipalityCode, caseId) as { caseId: number } | undefined;
    if (!row) return false;
    db.prepare("UPDATE evaluations SET reviewed_at = ?, reviewed_by_user_id = ?, review_note = ? WHERE id = ?").run(
      now.getTime(),
      consultant.id,
      note,
      evaluationId,
    );
    touch(row.caseId, now);
    trace(consultant, "case.evaluation_reviewed", row.caseId, { evaluationId });
    return true;
  })();
}

// ── Signals, as the consultant handles them ────────────────────────────────────────────────
export type SignalAction =
  | { action: "acknowledge" }
  | { action: "note"; note: string }
  | { action: "close"; note: string };

export function handleSignal(
  consultant: Consultant,
  caseId: number,
  signalId: number,
  input: SignalAction,
  now = clock.now(),
): boolean {
  const db = sqlite();
  return db
    .transaction(() => {
      const row = db
        .prepare("SELECT case_id AS caseId, status FROM signals WHERE id = ? AND municipality_code = ? AND case_id = ?")
        .get(signalId, consultant.municipalityCode, caseId) as { caseId: number; status: SignalStatus } | undefined;
      if (!row || row.status === "closed") return false;
      const t = now.getTime();
      if (input.action === "acknowledge") {
        if (row.status !== "open") return false;
        db.prepare(
          "UPDATE signals SET status = 'acknowledged', acknowledged_at = ?, acknowledged_by_user_id = ? WHERE id = ?",
        ).run(t, consultant.id, signalId);
      } else if (input.action === "note") {
        db.prepare("INSERT INTO signal_notes (signal_id, note, by_user_id, created_at) VALUES (?, ?, ?, ?)").run(
          signalId,
          input.note,
          consultant.id,
          t,
        );
        // Writing a follow-up note is picking the signal up.
        db.prepare(
          `UPDATE signals SET status = 'acknowledged', acknowledged_at = coalesce(acknowledged_at, ?),
             acknowledged_by_user_id = coalesce(acknowledged_by_user_id, ?) WHERE id = ?`,
        ).run(t, consultant.id, signalId);
      } else {
        db.prepare(
          `UPDATE signals SET status = 'closed', closed_at = ?, closed_by_user_id = ?, close_note = ?,
             acknowledged_at = coalesce(acknowledged_at, ?), acknowledged_by_user_id = coalesce(acknowledged_by_user_id, ?)
           WHERE id = ?`,
        ).run(t, consultant.id, input.note, t, consultant.id, signalId);
      }
      touch(row.caseId, now);
      trace(consultant, `signal.${input.action}`, row.caseId, { signalId });
      return true;
    })
    .immediate();
}

// ── The assignment export ──────────────────────────────────────────────────────────────────
export function assignmentData(consultant: Consultant, indicationId: number) {
  const row = sqlite()
    .prepare(
      `SELECT i.id, i.case_id AS caseId, i.minutes_per_week AS minutesPerWeek, i.start_date AS startDate,
         i.end_date AS endDate, i.evaluation_date AS evaluationDate, c.person_name AS personName,
         m.code AS municipalityCode, m.name AS municipalityName
       FROM indications i JOIN cases c ON c.id = i.case_id JOIN municipalities m ON m.code = c.municipality_code
       WHERE i.id = ? AND c.municipality_code = ?`,
    )
    .get(indicationId, consultant.municipalityCode) as
    | {
        id: number;
        caseId: number;
        minutesPerWeek: number;
        startDate: string;
        endDate: string;
        evaluationDate: string;
        personName: string;
        municipalityCode: string;
        municipalityName: string;
      }
    | undefined;
  if (!row) return null;
  const referral = sqlite()
    .prepare(
      `SELECT f.id, f.status, f.start_date AS startDate, f.intake, p.name, p.kvk_number AS kvkNumber
       FROM referrals f JOIN providers p ON p.id = f.provider_id WHERE f.indication_id = ? ORDER BY f.id DESC LIMIT 1`,
    )
    .get(indicationId) as
    | { id: number; status: string; startDate: string | null; intake: string; name: string; kvkNumber: string }
    | undefined;
  // An assignment names the provider that has it: not one that declined or was withdrawn.
  if (!referral || referral.status === "declined" || referral.status === "withdrawn") return null;
  const intake = JSON.parse(referral.intake) as { birthYear: number; postcode: string };
  trace(consultant, "case.assignment_exported", row.caseId, { indicationId });
  return {
    municipality: { code: row.municipalityCode, name: row.municipalityName },
    provider: { name: referral.name, kvkNumber: referral.kvkNumber },
    client: { caseId: row.caseId, name: row.personName, birthYear: intake.birthYear, postcode: intake.postcode },
    indication: {
      id: row.id,
      minutesPerWeek: row.minutesPerWeek,
      startDate: row.startDate,
      endDate: row.endDate,
      evaluationDate: row.evaluationDate,
    },
    referral: { id: referral.id, status: referral.status, startDate: referral.startDate },
  };
}

/** The case as decisions need it, without a read entry (the caller audits its change). */
function getCaseUnaudited(consultant: Consultant, caseId: number, now: Date) {
  const c = caseRow(caseId, consultant.municipalityCode);
  if (!c) return null;
  const today = amsterdamDay(now);
  const query = caseQuery(c, caseRequests(c), today);
  return { query, options: caseOptions(query, now), today };
}
