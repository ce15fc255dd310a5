// Requests and bookings: capacity is claimed in one transaction that re-checks it, so with any
// number of simultaneous requests for the last slot or seat exactly one wins.

import { clock } from "~/clock.server";
import { citizenView } from "~/domain/complaints";
import type { Option } from "~/domain/matching";
import { amsterdamDay } from "~/domain/policy";
import { fromAmsterdam, weeklyKey } from "~/domain/time";
import { type HelpQuery, toSearchParams } from "~/schemas/help-request";
import { getDb, prepared } from "~db/client.server";
import type { ComplaintStatus, RequestStatus } from "~db/schema";
import { audit } from "./audit.server";
import { ensureCase } from "./case-link.server";
import { findOptions } from "./matching.server";
import { chargeLateCancellations } from "./payments/cancellations.server";
import { defaultPaymentMethod } from "./payments/payment-method.server";

export const HOLD_MINUTES = 15;

/** Statuses in which a request still takes capacity. */
export const ACTIVE_STATUSES: readonly RequestStatus[] = [
  "held",
  "booked",
  "intake_requested",
  "enrolled",
  "mediation_requested",
  "matched",
  "submitted",
];

export type ActingFor = { name: string; relation: string; consent: boolean };

export type CreateRequestResult =
  | { ok: true; id: number; status: RequestStatus; holdExpiresAt: Date | null }
  | { ok: false; error: "no_capacity" | "invalid_offer" | "not_participating" | "already_requested" };

class NoCapacity extends Error {}
class AlreadyRequested extends Error {}

function sqlite() {
  return getDb().$client;
}

function addEvent(requestId: number, status: RequestStatus, byUserId: number | null, now: Date, note?: string) {
  sqlite()
    .prepare("INSERT INTO request_events (request_id, status, note, by_user_id, created_at) VALUES (?, ?, ?, ?, ?)")
    .run(requestId, status, note ?? null, byUserId, now.getTime());
}

/** Active requests for a cohort: seats taken. */
export function seatsTaken(cohortId: number): number {
  // Prepared once: matching asks this for every cohort near the citizen.
  return (
    prepared(
      sqlite(),
      `SELECT count(*) AS n FROM help_requests WHERE cohort_id = ? AND status IN (${ACTIVE_STATUSES.map(() => "?").join(",")})`,
    ).get(cohortId, ...ACTIVE_STATUSES) as { n: number }
  ).n;
}

/** Mediations a mediator has taken on in a municipality this month. */
export function mediationsTaken(providerId: number, municipalityCode: string, now: Date): number {
  // The month as the Dutch calendar has it, not UTC's (requests just after midnight count).
  const day = amsterdamDay(now);
  const first = `${day.slice(0, 7)}-01`;
  const [y = 0, m = 1] = first.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  const from = fromAmsterdam(first, "00:00")?.getTime() ?? 0;
  const until = fromAmsterdam(next, "00:00")?.getTime() ?? Number.MAX_SAFE_INTEGER;
  // Prepared once: matching asks this for every mediator serving the municipality.
  return (
    prepared(
      sqlite(),
      `SELECT count(*) AS n FROM help_requests
       WHERE provider_id = ? AND municipality_code = ? AND kind = 'pgb_informal'
         AND created_at >= ? AND created_at < ?
         AND status IN (${ACTIVE_STATUSES.map(() => "?").join(",")})`,
    ).get(providerId, municipalityCode, from, until, ...ACTIVE_STATUSES) as { n: number }
  ).n;
}

export const INITIAL_STATUS: Record<Exclude<Option["kind"], "own_strength">, RequestStatus> = {
  private_cleaner: "held",
  powerful_ageing: "intake_requested",
  pgb_informal: "mediation_requested",
  zin: "submitted",
};

/**
 * Requests (or, for a cleaner, holds for 15 minutes) one option of the engine's answer.
 * The option is computed again here: price and eligibility never come from the client.
 */
export function createRequest(
  citizen: { id: number },
  input: { offerId: string; slotId?: number; query: HelpQuery; actingFor?: ActingFor | null },
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
  if (option.kind === "own_strength") return { ok: false, error: "invalid_offer" };
  if (!option.eligible) return { ok: false, error: "no_capacity" };
  if (option.kind === "private_cleaner" && input.slotId === undefined) return { ok: false, error: "invalid_offer" };

  const db = sqlite();
  const status = INITIAL_STATUS[option.kind];
  const holdExpiresAt = option.kind === "private_cleaner" ? new Date(now.getTime() + HOLD_MINUTES * 60_000) : null;
  const cohortId = option.offerId.startsWith("cohort:") ? Number(option.offerId.slice("cohort:".length)) : null;
  try {
    const id = db
      .transaction(() => {
        // One active request per person per offer: nobody can take a whole group or every slot. The
        // person is the account holder, or the one they act for (a daughter may ask for both parents).
        // ZIN that is granted or running still counts: asking again would compete with it.
        const statuses = option.kind === "zin" ? [...ACTIVE_STATUSES, "indicated", "care_started"] : ACTIVE_STATUSES;
        const mine = db
          .prepare(
            `SELECT 1 FROM help_requests WHERE citizen_user_id = ? AND ${option.kind === "zin" ? "kind = 'zin'" : "offer_id = ?"}
             AND lower(trim(coalesce(acting_for_name, ''))) = lower(trim(?))
             AND status IN (${statuses.map(() => "?").join(",")})
             AND NOT (status = 'held' AND hold_expires_at <= ?)`,
          )
          .get(
            ...[citizen.id, ...(option.kind === "zin" ? [] : [option.offerId])],
            input.actingFor?.name ?? "",
            ...statuses,
            now.getTime(),
          );
        if (mine) throw new AlreadyRequested();
        // Re-check capacity inside the transaction, right before the write it guards.
        if (cohortId !== null) {
          const cohort = db.prepare("SELECT seats FROM physio_cohorts WHERE id = ?").get(cohortId) as
            | { seats: number }
            | undefined;
          if (!cohort || seatsTaken(cohortId) >= cohort.seats) throw new NoCapacity();
        }
        if (option.kind === "pgb_informal" && option.providerId !== null) {
          const row = db
            .prepare(
              "SELECT new_matches AS n FROM mediator_capacity_months WHERE provider_id = ? AND municipality_code = ? AND month = ?",
            )
            .get(option.providerId, result.municipality.code, amsterdamDay(now).slice(0, 7)) as
            | { n: number }
            | undefined;
          if (!row || mediationsTaken(option.providerId, result.municipality.code, now) >= row.n)
            throw new NoCapacity();
        }
        const inserted = db
          .prepare(
            `INSERT INTO help_requests (citizen_user_id, acting_for_name, acting_relation, acting_consent, kind, offer_id,
               provider_id, cohort_id, municipality_code, status, answers, citizen_cost_per_month_cents,
               municipality_cost_per_month_cents, hold_expires_at, wait_days_at_request, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
          )
          .get(
            citizen.id,
            input.actingFor?.name ?? null,
            input.actingFor?.relation ?? null,
            input.actingFor ? (input.actingFor.consent ? 1 : 0) : null,
            option.kind,
            option.offerId,
            option.providerId,
            cohortId,
            result.municipality.code,
            status,
            JSON.stringify(input.query),
            option.citizenCostPerMonthCents,
            option.municipalityCostPerMonthCents,
            holdExpiresAt?.getTime() ?? null,
            option.waitDays,
            now.getTime(),
            now.getTime(),
          ) as { id: number };
        if (option.kind === "private_cleaner") {
          // Free, or held by someone whose 15 minutes have passed: an expired hold frees itself.
          const claimed = db
            .prepare(
              `UPDATE cleaner_slots SET status = 'held', hold_expires_at = ?, request_id = ?
               WHERE id = ? AND provider_id = ? AND starts_at > ?
                 AND (status = 'free' OR (status = 'held' AND hold_expires_at <= ?))
                 AND window_id IN (SELECT id FROM cleaner_windows WHERE confirmed_at >= ?)`,
            )
            .run(
              holdExpiresAt?.getTime(),
              inserted.id,
              input.slotId,
              option.providerId,
              now.getTime(),
              now.getTime(),
              now.getTime() - result.staleAfterDays * 86_400_000, // only slots of fresh windows
            );
          if (claimed.changes !== 1) throw new NoCapacity();
        }
        if (option.kind === "zin") {
          // ZIN needs the consultant's decision: the request joins the person's case.
          const caseId = ensureCase(
            db,
            {
              municipalityCode: result.municipality.code,
              citizenUserId: citizen.id,
              actingForName: input.actingFor?.name ?? null,
            },
            now,
          );
          db.prepare("UPDATE help_requests SET case_id = ? WHERE id = ?").run(caseId, inserted.id);
        }
        addEvent(inserted.id, status, citizen.id, now);
        audit({
          actorUserId: citizen.id,
          action: "request.created",
          subjectType: "help_request",
          subjectId: inserted.id,
          municipalityCode: result.municipality.code,
        });
        return inserted.id;
      })
      .immediate();
    return { ok: true, id, status, holdExpiresAt };
  } catch (error) {
    if (error instanceof NoCapacity) return { ok: false, error: "no_capacity" };
    if (error instanceof AlreadyRequested) return { ok: false, error: "already_requested" };
    throw error;
  }
}

export type ConsultationResult =
  | { ok: true; id: number }
  | { ok: false; error: "not_participating" | "already_requested" };

/**
 * A citizen asks the municipality for a talk instead of (or before) choosing an option: it lands
 * in the consultants' inbox with the answers given, on the person's case.
 */
export function requestConsultation(
  citizen: { id: number },
  input: { query: HelpQuery; actingFor?: ActingFor | null },
  now = clock.now(),
): ConsultationResult {
  const result = findOptions(input.query, now);
  if (!result.ok) return { ok: false, error: "not_participating" };
  const db = sqlite();
  return db
    .transaction((): ConsultationResult => {
      const open = db
        .prepare(
          `SELECT 1 FROM help_requests WHERE citizen_user_id = ? AND kind = 'consultation' AND status = 'submitted'
           AND municipality_code = ? AND lower(trim(coalesce(acting_for_name, ''))) = lower(trim(?))`,
        )
        .get(citizen.id, result.municipality.code, input.actingFor?.name ?? "");
      if (open) return { ok: false, error: "already_requested" };
      const caseId = ensureCase(
        db,
        {
          municipalityCode: result.municipality.code,
          citizenUserId: citizen.id,
          actingForName: input.actingFor?.name ?? null,
        },
        now,
      );
      const { id } = db
        .prepare(
          `INSERT INTO help_requests (citizen_user_id, acting_for_name, acting_relation, acting_consent, kind, offer_id,
             municipality_code, status, answers, citizen_cost_per_month_cents, municipality_cost_per_month_cents,
             case_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'consultation', 'consultation', ?, 'submitted', ?, 0, 0, ?, ?, ?) RETURNING id`,
        )
        .get(
          citizen.id,
          input.actingFor?.name ?? null,
          input.actingFor?.relation ?? null,
          input.actingFor ? (input.actingFor.consent ? 1 : 0) : null,
          result.municipality.code,
          JSON.stringify(input.query),
          caseId,
          now.getTime(),
          now.getTime(),
        ) as { id: number };
      addEvent(id, "submitted", citizen.id, now);
      audit({
        actorUserId: citizen.id,
        action: "request.created",
        subjectType: "help_request",
        subjectId: id,
        municipalityCode: result.municipality.code,
      });
      return { ok: true, id };
    })
    .immediate();
}

export type RequestRow = {
  id: number;
  kind: Option["kind"];
  offerId: string;
  status: RequestStatus;
  providerId: number | null;
  providerName: string | null;
  municipalityCode: string;
  citizenCostPerMonthCents: number;
  holdExpiresAt: number | null;
  createdAt: number;
  actingForName: string | null;
  actingRelation: string | null;
  waitDaysAtRequest: number | null;
  helperFirstName: string | null;
  helperStartDate: string | null;
  declineReason: string | null;
};

const REQUEST_COLUMNS = `r.id, r.kind, r.offer_id AS offerId, r.status, r.provider_id AS providerId, p.name AS providerName,
  r.municipality_code AS municipalityCode, r.citizen_cost_per_month_cents AS citizenCostPerMonthCents,
  r.hold_expires_at AS holdExpiresAt, r.created_at AS createdAt, r.acting_for_name AS actingForName,
  r.acting_relation AS actingRelation, r.wait_days_at_request AS waitDaysAtRequest,
  r.helper_first_name AS helperFirstName, r.helper_start_date AS helperStartDate, r.decline_reason AS declineReason`;

/** An unconfirmed hold past its 15 minutes reads as expired, even before upkeep marks it. */
function effective(row: RequestRow, now: Date): RequestRow {
  if (row.status === "held" && row.holdExpiresAt !== null && row.holdExpiresAt <= now.getTime()) {
    return { ...row, status: "expired" };
  }
  return row;
}

/** Whether this citizen has this request (no audit entry: nothing about it is read). */
export function ownsRequest(citizenUserId: number, requestId: number): boolean {
  return (
    sqlite()
      .prepare("SELECT 1 FROM help_requests WHERE id = ? AND citizen_user_id = ?")
      .get(requestId, citizenUserId) !== undefined
  );
}

export function listRequests(citizenUserId: number, now = clock.now()): RequestRow[] {
  return (
    sqlite()
      .prepare(
        `SELECT ${REQUEST_COLUMNS} FROM help_requests r LEFT JOIN providers p ON p.id = r.provider_id
         WHERE r.citizen_user_id = ? ORDER BY r.created_at DESC, r.id DESC`,
      )
      .all(citizenUserId) as RequestRow[]
  ).map((r) => effective(r, now));
}

/** One request of this citizen (null for anyone else's), with its timeline and booked visits. */
export function getRequest(citizenUserId: number, requestId: number, now = clock.now()) {
  const db = sqlite();
  const row = db
    .prepare(
      `SELECT ${REQUEST_COLUMNS} FROM help_requests r LEFT JOIN providers p ON p.id = r.provider_id
       WHERE r.id = ? AND r.citizen_user_id = ?`,
    )
    .get(requestId, citizenUserId) as RequestRow | undefined;
  if (!row) return null;
  const events = db
    .prepare("SELECT id, status, note, created_at AS at FROM request_events WHERE request_id = ? ORDER BY id")
    .all(requestId) as { id: number; status: RequestStatus; note: string | null; at: number }[];
  const visits = db
    .prepare(
      "SELECT id, starts_at AS startsAt, ends_at AS endsAt, status FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at",
    )
    .all(requestId) as { id: number; startsAt: number; endsAt: number; status: string }[];
  // For ZIN: how many submitted ZIN requests in the municipality came before this one.
  const position =
    row.kind === "zin" && row.status === "submitted"
      ? (
          db
            .prepare(
              `SELECT count(*) AS n FROM help_requests WHERE kind = 'zin' AND status = 'submitted'
               AND municipality_code = ? AND (created_at < ? OR (created_at = ? AND id < ?))`,
            )
            .get(row.municipalityCode, row.createdAt, row.createdAt, requestId) as { n: number }
        ).n + 1
      : null;
  audit({
    actorUserId: citizenUserId,
    action: "request.read",
    subjectType: "help_request",
    subjectId: requestId,
    municipalityCode: row.municipalityCode,
  });
  return { request: effective(row, now), events, visits, position, outcome: consultantOutcome(requestId) };
}

export type ConsultantOutcome = {
  kind: string;
  offerId: string;
  providerName: string | null;
  /** Where the citizen requests or books the chosen option (null for own strength and ZIN). */
  requestLink: string | null;
  indication: { minutesPerWeek: number; endDate: string } | null;
  referral: { providerName: string; status: string; startDate: string | null } | null;
};

/** What the consultant decided on this request, as the citizen may see it (not the internal note). */
function consultantOutcome(requestId: number): ConsultantOutcome | null {
  const db = sqlite();
  const decision = db
    .prepare(
      `SELECT d.id, d.kind, d.offer_id AS offerId, p.name AS providerName
       FROM help_requests r JOIN case_decisions d
         ON d.request_id = r.id OR (d.case_id = r.case_id AND d.created_at >= r.created_at)
       LEFT JOIN providers p ON p.id = d.provider_id
       WHERE r.id = ? ORDER BY d.id DESC LIMIT 1`,
    )
    .get(requestId) as { id: number; kind: string; offerId: string; providerName: string | null } | undefined;
  if (!decision) return null;
  const indication = db
    .prepare(
      "SELECT id, minutes_per_week AS minutesPerWeek, end_date AS endDate FROM indications WHERE decision_id = ?",
    )
    .get(decision.id) as { id: number; minutesPerWeek: number; endDate: string } | undefined;
  const referral = indication
    ? (db
        .prepare(
          `SELECT p.name AS providerName, f.status, f.start_date AS startDate FROM referrals f
           JOIN providers p ON p.id = f.provider_id WHERE f.indication_id = ? ORDER BY f.id DESC LIMIT 1`,
        )
        .get(indication.id) as ConsultantOutcome["referral"] | undefined)
    : undefined;
  const { answers } = db.prepare("SELECT answers FROM help_requests WHERE id = ?").get(requestId) as {
    answers: string;
  };
  const bookable = decision.kind !== "own_strength" && decision.kind !== "zin";
  return {
    kind: decision.kind,
    offerId: decision.offerId,
    providerName: decision.providerName,
    requestLink: bookable
      ? `/hulp/aanvragen?${new URLSearchParams({ offer: decision.offerId })}&${toSearchParams(JSON.parse(answers) as HelpQuery)}`
      : null,
    indication: indication ? { minutesPerWeek: indication.minutesPerWeek, endDate: indication.endDate } : null,
    referral: referral ?? null,
  };
}

export type ConfirmResult =
  | { ok: true; visits: number }
  | { ok: false; error: "not_found" | "hold_expired" | "not_held" };

/**
 * Confirms a held cleaner slot within its 15 minutes: the visit and the same weekly time in the
 * coming weeks are booked (recurring weekly), as far as they are still free.
 */
export function confirmBooking(citizenUserId: number, requestId: number, now = clock.now()): ConfirmResult {
  const db = sqlite();
  return db
    .transaction((): ConfirmResult => {
      const row = db
        .prepare(
          "SELECT status, hold_expires_at AS holdExpiresAt, provider_id AS providerId FROM help_requests WHERE id = ? AND citizen_user_id = ?",
        )
        .get(requestId, citizenUserId) as
        | { status: RequestStatus; holdExpiresAt: number | null; providerId: number }
        | undefined;
      if (!row) return { ok: false, error: "not_found" };
      if (row.status !== "held") return { ok: false, error: "not_held" };
      const held = db
        .prepare(
          "SELECT id, window_id AS windowId, starts_at AS startsAt FROM cleaner_slots WHERE request_id = ? AND status = 'held'",
        )
        .get(requestId) as { id: number; windowId: number | null; startsAt: number } | undefined;
      if (!held || (row.holdExpiresAt ?? 0) <= now.getTime()) {
        expireHold(requestId, now);
        return { ok: false, error: "hold_expired" };
      }
      const visits = bookWeeklySeries(requestId, row.providerId, held, now);
      db.prepare(
        `UPDATE help_requests SET status = 'booked', hold_expires_at = NULL, updated_at = ?,
           payment_method = coalesce(payment_method, '${defaultPaymentMethod()}') WHERE id = ?`,
      ).run(now.getTime(), requestId);
      addEvent(requestId, "booked", citizenUserId, now, `${visits}`);
      audit({
        actorUserId: citizenUserId,
        action: "request.booked",
        subjectType: "help_request",
        subjectId: requestId,
      });
      return { ok: true, visits };
    })
    .immediate();
}

/** Marks an unconfirmed hold as expired and frees its slot (also done by the hourly upkeep). */
function expireHold(requestId: number, now: Date) {
  const db = sqlite();
  db.prepare(
    "UPDATE cleaner_slots SET status = 'free', hold_expires_at = NULL, request_id = NULL WHERE request_id = ? AND status = 'held'",
  ).run(requestId);
  const changed = db
    .prepare(
      "UPDATE help_requests SET status = 'expired', hold_expires_at = NULL, updated_at = ? WHERE id = ? AND status = 'held'",
    )
    .run(now.getTime(), requestId).changes;
  if (changed > 0) addEvent(requestId, "expired", null, now);
}

export function expireHolds(now = clock.now()): number {
  const db = sqlite();
  const ids = db
    .prepare("SELECT id FROM help_requests WHERE status = 'held' AND hold_expires_at <= ?")
    .all(now.getTime()) as { id: number }[];
  db.transaction(() => {
    for (const { id } of ids) expireHold(id, now);
  })();
  return ids.length;
}

const CANCELLABLE: readonly RequestStatus[] = [
  "held",
  "booked",
  "intake_requested",
  "enrolled",
  "mediation_requested",
  "matched",
  "submitted",
];

/** Cancels a request of this citizen and frees its capacity (future visits become free again). */
export function cancelRequest(citizenUserId: number, requestId: number, now = clock.now()): boolean {
  const db = sqlite();
  return db
    .transaction(() => {
      const row = db
        .prepare("SELECT status, municipality_code AS m FROM help_requests WHERE id = ? AND citizen_user_id = ?")
        .get(requestId, citizenUserId) as { status: RequestStatus; m: string } | undefined;
      if (!row || !CANCELLABLE.includes(row.status)) return false;
      // Visits within 24 hours cost the policy's share; those further ahead are free.
      chargeLateCancellations(db, requestId, now);
      db.prepare(
        "UPDATE cleaner_slots SET status = 'free', hold_expires_at = NULL, request_id = NULL WHERE request_id = ? AND starts_at > ?",
      ).run(requestId, now.getTime());
      db.prepare(
        "UPDATE help_requests SET status = 'cancelled', hold_expires_at = NULL, updated_at = ? WHERE id = ?",
      ).run(now.getTime(), requestId);
      addEvent(requestId, "cancelled", citizenUserId, now);
      audit({
        actorUserId: citizenUserId,
        action: "request.cancelled",
        subjectType: "help_request",
        subjectId: requestId,
        municipalityCode: row.m,
      });
      return true;
    })
    .immediate();
}

/** Books a slot and the same weekly visit (same window, local weekday and time) in the coming weeks. */
function bookWeeklySeries(
  requestId: number,
  providerId: number,
  first: { id: number; windowId: number | null; startsAt: number },
  now: Date,
): number {
  const db = sqlite();
  db.prepare("UPDATE cleaner_slots SET status = 'booked', hold_expires_at = NULL, request_id = ? WHERE id = ?").run(
    requestId,
    first.id,
  );
  const key = weeklyKey(first.startsAt);
  const later = db
    .prepare(
      `SELECT id, starts_at AS startsAt FROM cleaner_slots
       WHERE provider_id = ? AND window_id IS ? AND starts_at > ?
         AND (status = 'free' OR (status = 'held' AND hold_expires_at <= ?))`,
    )
    .all(providerId, first.windowId, first.startsAt, now.getTime()) as { id: number; startsAt: number }[];
  const book = db.prepare(
    "UPDATE cleaner_slots SET status = 'booked', hold_expires_at = NULL, request_id = ? WHERE id = ?",
  );
  let visits = 1;
  for (const s of later) {
    if (weeklyKey(s.startsAt) === key) {
      book.run(requestId, s.id);
      visits++;
    }
  }
  return visits;
}

/** Free times of the cleaner of a booked request, to move the weekly visit to. */
export function alternativeSlots(citizenUserId: number, requestId: number, now = clock.now()) {
  return sqlite()
    .prepare(
      `SELECT s.id, s.starts_at AS startsAt FROM cleaner_slots s
       JOIN help_requests r ON r.provider_id = s.provider_id
       JOIN providers p ON p.id = s.provider_id AND p.vetting_status = 'vetted'
       JOIN cleaner_windows w ON w.id = s.window_id AND w.confirmed_at >= ?
       WHERE r.id = ? AND r.citizen_user_id = ? AND r.status = 'booked' AND s.starts_at > ?
         AND (s.status = 'free' OR (s.status = 'held' AND s.hold_expires_at <= ?))
       ORDER BY s.starts_at LIMIT 10`,
    )
    .all(freshSince(requestId, now), requestId, citizenUserId, now.getTime(), now.getTime()) as {
    id: number;
    startsAt: number;
  }[];
}

/** Windows confirmed after this moment are fresh, by the stale period of the request's municipality. */
function freshSince(requestId: number, now: Date): number {
  const row = sqlite()
    .prepare(
      `SELECT p.stale_after_days AS days FROM help_requests r JOIN municipality_policies p ON p.municipality_code = r.municipality_code
       WHERE r.id = ? AND p.effective_from <= ? ORDER BY p.effective_from DESC LIMIT 1`,
    )
    .get(requestId, amsterdamDay(now)) as { days: number } | undefined;
  return now.getTime() - (row?.days ?? 14) * 86_400_000;
}

/**
 * Moves a booked weekly visit to another free time of the same cleaner, in one transaction:
 * the old future visits are freed and the new weekly series booked, or nothing changes.
 */
export function changeSlot(citizenUserId: number, requestId: number, slotId: number, now = clock.now()): boolean {
  const db = sqlite();
  return db
    .transaction(() => {
      const row = db
        .prepare(
          "SELECT provider_id AS providerId FROM help_requests WHERE id = ? AND citizen_user_id = ? AND status = 'booked'",
        )
        .get(requestId, citizenUserId) as { providerId: number } | undefined;
      if (!row) return false;
      const slot = db
        .prepare(
          `SELECT s.id, s.window_id AS windowId, s.starts_at AS startsAt FROM cleaner_slots s
           JOIN providers p ON p.id = s.provider_id AND p.vetting_status = 'vetted'
           JOIN cleaner_windows w ON w.id = s.window_id AND w.confirmed_at >= ?
           WHERE s.id = ? AND s.provider_id = ? AND s.starts_at > ?
             AND (s.status = 'free' OR (s.status = 'held' AND s.hold_expires_at <= ?))`,
        )
        .get(freshSince(requestId, now), slotId, row.providerId, now.getTime(), now.getTime()) as
        | { id: number; windowId: number | null; startsAt: number }
        | undefined;
      if (!slot) return false;
      // Moving away from a visit within 24 hours is a late cancellation of that visit.
      chargeLateCancellations(db, requestId, now);
      db.prepare(
        "UPDATE cleaner_slots SET status = 'free', request_id = NULL WHERE request_id = ? AND starts_at > ?",
      ).run(requestId, now.getTime());
      const visits = bookWeeklySeries(requestId, row.providerId, slot, now);
      db.prepare("UPDATE help_requests SET updated_at = ? WHERE id = ?").run(now.getTime(), requestId);
      addEvent(requestId, "booked", citizenUserId, now, `moved:${visits}`);
      audit({
        actorUserId: citizenUserId,
        action: "request.slot_changed",
        subjectType: "help_request",
        subjectId: requestId,
      });
      return true;
    })
    .immediate();
}

/** A complaint about one of the citizen's own requests, for the municipality to handle. */
export function fileComplaint(citizenUserId: number, requestId: number, text: string): boolean {
  const db = sqlite();
  const row = db
    .prepare(
      "SELECT provider_id AS providerId, municipality_code AS m FROM help_requests WHERE id = ? AND citizen_user_id = ?",
    )
    .get(requestId, citizenUserId) as { providerId: number | null; m: string } | undefined;
  if (!row) return false;
  db.transaction(() => {
    const { id, createdAt } = db
      .prepare(
        "INSERT INTO complaints (request_id, citizen_user_id, provider_id, municipality_code, text) VALUES (?, ?, ?, ?, ?) RETURNING id, created_at AS createdAt",
      )
      .get(requestId, citizenUserId, row.providerId, row.m, text) as { id: number; createdAt: number };
    db.prepare(
      "INSERT INTO complaint_events (complaint_id, kind, by_user_id, created_at) VALUES (?, 'received', ?, ?)",
    ).run(id, citizenUserId, createdAt);
    audit({
      actorUserId: citizenUserId,
      action: "complaint.filed",
      subjectType: "complaint",
      subjectId: id,
      municipalityCode: row.m,
    });
  })();
  return true;
}

/** The citizen's complaints about a request: the outcome (response, resolution) once resolved. */
export function complaintsFor(citizenUserId: number, requestId: number) {
  const rows = sqlite()
    .prepare(
      `SELECT id, text, status, provider_response AS providerResponse, resolution, resolved_at AS resolvedAt,
         municipality_code AS municipalityCode, created_at AS createdAt
       FROM complaints WHERE request_id = ? AND citizen_user_id = ? ORDER BY id`,
    )
    .all(requestId, citizenUserId) as {
    id: number;
    text: string;
    status: ComplaintStatus;
    providerResponse: string | null;
    resolution: string | null;
    resolvedAt: number | null;
    municipalityCode: string;
    createdAt: number;
  }[];
  const first = rows[0];
  if (first)
    audit({
      actorUserId: citizenUserId,
      action: "complaints.read",
      subjectType: "help_request",
      subjectId: requestId,
      municipalityCode: first.municipalityCode,
      detail: { complaintIds: rows.map((c) => c.id) },
    });
  return rows.map(({ municipalityCode: _, ...c }) => citizenView(c));
}
