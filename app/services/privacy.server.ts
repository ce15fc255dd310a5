// A citizen's rights under the AVG: a copy of all their data (art. 15, 20) and erasure (art. 17).
// Erasure anonymises instead of deleting rows, so the municipality's aggregate figures (how many
// requests, how long people waited, what they ended in) stay correct while nothing identifies
// the person any more.

import { randomBytes } from "node:crypto";
import { clock } from "~/clock.server";
import { getDb } from "~db/client.server";
import { audit } from "./audit.server";

const sqlite = () => getDb().$client;

const parse = (json: string | null) => (json ? (JSON.parse(json) as unknown) : null);

/** Everything Hulpwijzer holds about this citizen (and the people they asked for), as JSON. */
export function exportCitizenData(userId: number, now = clock.now()) {
  const db = sqlite();
  const account = db
    .prepare("SELECT id, name, email, role, created_at AS createdAt FROM users WHERE id = ? AND role = 'citizen'")
    .get(userId) as { id: number; name: string; email: string; role: string; createdAt: number } | undefined;
  if (!account) return null;
  const requests = (
    db
      .prepare(
        `SELECT r.id, r.kind, r.status, p.name AS provider, r.municipality_code AS municipality, r.answers,
           r.acting_for_name AS actingForName, r.acting_relation AS actingRelation, r.helper_first_name AS helperFirstName,
           r.helper_start_date AS helperStartDate, r.decline_reason AS declineReason, r.payment_method AS paymentMethod,
           r.citizen_cost_per_month_cents AS citizenCostPerMonthCents, r.created_at AS createdAt
         FROM help_requests r LEFT JOIN providers p ON p.id = r.provider_id WHERE r.citizen_user_id = ? ORDER BY r.id`,
      )
      .all(userId) as ({ id: number; answers: string } & Record<string, unknown>)[]
  ).map((r) => ({
    ...r,
    answers: parse(r.answers),
    timeline: db
      .prepare("SELECT status, created_at AS at FROM request_events WHERE request_id = ? ORDER BY id")
      .all(r.id),
    visits: db
      .prepare(
        "SELECT starts_at AS startsAt, ends_at AS endsAt, outcome FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at",
      )
      .all(r.id),
    payments: db
      .prepare(
        `SELECT kind, visit_starts_at AS visitStartsAt, amount_cents AS amountCents, municipality_cents AS municipalityCents,
           method, status FROM payments WHERE request_id = ? ORDER BY id`,
      )
      .all(r.id),
    complaints: db
      .prepare(
        "SELECT text, status, provider_response AS providerResponse, created_at AS createdAt FROM complaints WHERE request_id = ?",
      )
      .all(r.id),
  }));
  const cases = (
    db
      .prepare(
        `SELECT id, municipality_code AS municipality, person_name AS personName, talk_situation AS situation,
           talk_own_abilities AS ownAbilities, talk_network AS network, talk_facilities AS facilities, talk_notes AS notes,
           dk_household AS household, dk_income_cents AS incomeCents, dk_percent AS draagkrachtPercent,
           contact_phone AS phone, preferences, consent_share_intake AS consentShareIntake,
           consent_share_health AS consentShareHealth, created_at AS createdAt
         FROM cases WHERE citizen_user_id = ? ORDER BY id`,
      )
      .all(userId) as ({ id: number; facilities: string | null } & Record<string, unknown>)[]
  ).map((c) => ({
    ...c,
    facilities: parse(c.facilities),
    decisions: db
      .prepare("SELECT kind, reason, note, created_at AS at FROM case_decisions WHERE case_id = ? ORDER BY id")
      .all(c.id),
    indications: db
      .prepare(
        `SELECT minutes_per_week AS minutesPerWeek, start_date AS startDate, end_date AS endDate,
           evaluation_date AS evaluationDate FROM indications WHERE case_id = ? ORDER BY id`,
      )
      .all(c.id),
    referrals: db
      .prepare(
        `SELECT p.name AS provider, f.status, f.start_date AS startDate, f.created_at AS at FROM referrals f
         JOIN providers p ON p.id = f.provider_id WHERE f.case_id = ? ORDER BY f.id`,
      )
      .all(c.id),
    signals: db
      .prepare("SELECT type, urgency, text, status, created_at AS at FROM signals WHERE case_id = ? ORDER BY id")
      .all(c.id),
  }));
  audit({ actorUserId: userId, action: "citizen.exported", subjectType: "user", subjectId: userId });
  return { exportedAt: now.toISOString(), account, requests, cases };
}

const ERASED = "[verwijderd]";

/**
 * Erases a citizen: the account can no longer log in and nothing left names or describes them.
 * Kept, without identity: kinds, statuses, dates, municipality, amounts — what the municipality's
 * figures are made of. The needs and household type stay in the answers (they feed the ZIN
 * comparison); postcode, birth year, income and limitations go.
 */
export function eraseCitizen(userId: number, now = clock.now()): boolean {
  const db = sqlite();
  return db
    .transaction(() => {
      const user = db.prepare("SELECT id FROM users WHERE id = ? AND role = 'citizen'").get(userId);
      if (!user) return false;
      const requests = db.prepare("SELECT id, answers FROM help_requests WHERE citizen_user_id = ?").all(userId) as {
        id: number;
        answers: string;
      }[];
      for (const r of requests) {
        const a = JSON.parse(r.answers) as { needs?: unknown; household?: unknown; network?: unknown };
        db.prepare(
          `UPDATE help_requests SET answers = ?, acting_for_name = NULL, acting_relation = NULL, helper_first_name = NULL,
             decline_reason = NULL WHERE id = ?`,
        ).run(JSON.stringify({ needs: a.needs ?? [], household: a.household ?? "single", network: a.network }), r.id);
        db.prepare("UPDATE request_events SET note = NULL WHERE request_id = ?").run(r.id);
        db.prepare("UPDATE complaints SET text = ?, provider_response = NULL WHERE request_id = ?").run(ERASED, r.id);
      }
      const cases = db.prepare("SELECT id FROM cases WHERE citizen_user_id = ?").all(userId) as { id: number }[];
      for (const c of cases) {
        db.prepare(
          `UPDATE cases SET person_name = ?, person_key = ?, talk_situation = NULL, talk_own_abilities = NULL,
             talk_network = NULL, talk_facilities = NULL, talk_notes = NULL, dk_income_cents = NULL, dk_percent = NULL,
             contact_phone = NULL, preferences = NULL WHERE id = ?`,
        ).run(ERASED, `erased-${c.id}`, c.id);
        db.prepare("UPDATE case_decisions SET note = NULL WHERE case_id = ?").run(c.id);
        db.prepare(
          "UPDATE referrals SET intake = '{}', decline_reason = NULL, end_reason = NULL WHERE case_id = ?",
        ).run(c.id);
        db.prepare("UPDATE signals SET text = ?, close_note = NULL WHERE case_id = ?").run(ERASED, c.id);
        db.prepare(
          "UPDATE signal_notes SET note = ? WHERE signal_id IN (SELECT id FROM signals WHERE case_id = ?)",
        ).run(ERASED, c.id);
        db.prepare(
          "UPDATE referral_events SET note = NULL WHERE referral_id IN (SELECT id FROM referrals WHERE case_id = ?)",
        ).run(c.id);
      }
      // The account: no name, no address to mail, a password nobody knows, no calendar, no sessions.
      db.prepare("UPDATE users SET name = ?, email = ?, password_hash = ?, calendar_token = NULL WHERE id = ?").run(
        ERASED,
        `verwijderd-${userId}@invalid`,
        `erased:${randomBytes(32).toString("hex")}`,
        userId,
      );
      db.prepare("DELETE FROM sessions WHERE user_id = ?").run(userId);
      audit({
        actorUserId: userId,
        action: "citizen.erased",
        subjectType: "user",
        subjectId: userId,
        detail: { requests: requests.length, cases: cases.length, at: now.toISOString() },
      });
      return true;
    })
    .immediate();
}
