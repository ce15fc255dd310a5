// A year of demo history for the demo municipalities, so the dashboard tells a story on first
// start: requests of every kind with their decisions, starts, visits and payments, referrals
// (some declined), evaluations, complaints and signals. Deterministic (a seeded generator), all of
// it finished before the current month, so it never takes today's capacity. Synthetic people only.
import { amsterdamDay } from "~/domain/policy";
import { addDays, fromAmsterdam } from "~/domain/time";
import { getDb } from "~db/client.server";
import { DEMO_MUNICIPALITIES } from "~db/seed";

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** mulberry32: a small, well-known deterministic generator (same seed, same history). */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

type Provider = { id: number; name: string; kind: string; rate: number | null };

export function seedDemoHistory(now: Date, seed = 2026): { requests: number } {
  const db = getDb().$client;
  const rnd = generator(seed);
  const today = amsterdamDay(now);
  // Everything ends before this month starts: this month's capacity stays untouched.
  const monthStart = fromAmsterdam(`${today.slice(0, 7)}-01`, "00:00")?.getTime() ?? now.getTime();
  const end = monthStart - 2 * DAY;
  const begin = end - 52 * 7 * DAY;
  const hash = (
    db.prepare("SELECT password_hash AS h FROM users WHERE email = 'inwoner@demo.hulpwijzer.nl'").get() as {
      h: string;
    }
  ).h;
  const insertUser = db.prepare(
    "INSERT INTO users (email, name, password_hash, role, created_at) VALUES (?, ?, ?, 'citizen', ?) RETURNING id",
  );
  const insertRequest = db.prepare(
    `INSERT INTO help_requests (citizen_user_id, kind, offer_id, provider_id, municipality_code, status, answers,
       citizen_cost_per_month_cents, municipality_cost_per_month_cents, helper_first_name, helper_start_date,
       decline_reason, payment_method, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const event = db.prepare(
    "INSERT INTO request_events (request_id, status, note, by_user_id, created_at) VALUES (?, ?, ?, ?, ?)",
  );
  const insertCase = db.prepare(
    `INSERT INTO cases (municipality_code, citizen_user_id, person_key, person_name, consent_share_intake, consent_at,
       talk_at, created_at, updated_at) VALUES (?, ?, '', ?, 1, ?, ?, ?, ?) RETURNING id`,
  );
  const insertDecision = db.prepare(
    `INSERT INTO case_decisions (case_id, request_id, kind, offer_id, provider_id, reason, municipality_cost_per_month_cents,
       zin_cost_per_month_cents, decided_by_user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const insertIndication = db.prepare(
    `INSERT INTO indications (case_id, decision_id, minutes_per_week, start_date, end_date, evaluation_date, duration_months,
       first, created_by_user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, 3, 1, ?, ?) RETURNING id`,
  );
  const insertReferral = db.prepare(
    `INSERT INTO referrals (indication_id, case_id, provider_id, municipality_code, status, intake, start_date,
       decline_reason, end_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const referralEvent = db.prepare(
    "INSERT INTO referral_events (referral_id, status, note, by_user_id, created_at) VALUES (?, ?, ?, ?, ?)",
  );
  const insertEvaluation = db.prepare(
    `INSERT INTO evaluations (referral_id, outcome, explanation, created_at, reviewed_at, review_note)
     VALUES (?, ?, ?, ?, ?, 'Besproken met de inwoner.')`,
  );
  const insertSlot = db.prepare(
    `INSERT OR IGNORE INTO cleaner_slots (provider_id, window_id, starts_at, ends_at, status, request_id, outcome, outcome_at)
     VALUES (?, NULL, ?, ?, 'booked', ?, ?, ?)`,
  );
  const insertPayment = db.prepare(
    `INSERT INTO payments (request_id, slot_id, kind, citizen_user_id, provider_id, municipality_code, visit_starts_at,
       visit_minutes, hourly_rate_cents, hht_per_hour_cents, amount_cents, municipality_cents, currency, method, status,
       paid_at, created_at, updated_at) VALUES (?, ?, 'visit', ?, ?, ?, ?, ?, ?, 0, ?, 0, 'eur', 'direct', 'paid', ?, ?, ?)`,
  );
  const insertComplaint = db.prepare(
    `INSERT INTO complaints (request_id, citizen_user_id, provider_id, municipality_code, text, status, provider_response, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSignal = db.prepare(
    `INSERT INTO signals (case_id, provider_id, municipality_code, type, urgency, text, status, created_at, acknowledged_at,
       closed_at, close_note) VALUES (?, ?, ?, ?, ?, ?, 'closed', ?, ?, ?, 'Opgevolgd door de consulent.')`,
  );

  let count = 0;
  db.transaction(() => {
    for (const code of DEMO_MUNICIPALITIES) {
      const providers = db
        .prepare(
          `SELECT p.id, p.name, p.kind, p.hourly_rate_cents AS rate FROM providers p
           JOIN provider_service_areas a ON a.provider_id = p.id
           WHERE a.municipality_code = ? AND p.vetting_status = 'vetted' ORDER BY p.id`,
        )
        .all(code) as Provider[];
      const byKind = (k: string) => providers.filter((p) => p.kind === k);
      const zinProviders = byKind("zin");
      const consultant =
        (
          db.prepare("SELECT id FROM users WHERE role = 'consultant' AND municipality_code = ?").get(code) as
            | { id: number }
            | undefined
        )?.id ?? null;
      const pc4 = (
        db.prepare("SELECT pc4 FROM postcode_areas WHERE municipality_code = ? ORDER BY pc4 LIMIT 1").get(code) as {
          pc4: string;
        }
      ).pc4;
      for (let week = 0; week < 52; week++) {
        const perWeek = rnd.int(1, 4);
        for (let n = 0; n < perWeek; n++) {
          const at = begin + week * 7 * DAY + rnd.int(0, 6) * DAY + rnd.int(8, 17) * HOUR;
          const person = `Inwoner ${code.slice(2)}-${count + 1} (demo)`;
          const user = (
            insertUser.get(`historie.${code.toLowerCase()}.${count + 1}@demo.hulpwijzer.nl`, person, hash, at) as {
              id: number;
            }
          ).id;
          count += 1;
          const answers = JSON.stringify({
            postcode: `${pc4}AA`,
            birthYear: rnd.int(1930, 1958),
            household: rnd.chance(0.6) ? "single" : "couple",
            partnerUnderAow: false,
            income: null,
            needs: rnd.chance(0.4) ? ["cleaning", "laundry"] : ["cleaning"],
            mobility: rnd.chance(0.5) ? ["stairs"] : [],
            network: "none",
            start: amsterdamDay(new Date(at)),
          });
          const roll = rnd.next();
          const kind =
            roll < 0.45 ? "zin" : roll < 0.7 ? "private_cleaner" : roll < 0.82 ? "pgb_informal" : "powerful_ageing";
          const pool =
            kind === "zin"
              ? zinProviders
              : byKind(
                  kind === "private_cleaner" ? "private_cleaner" : kind === "pgb_informal" ? "pgb_mediator" : "physio",
                );
          const provider = pool.length > 0 ? rnd.pick(pool) : null;
          if (!provider) continue;
          const req = (
            status: string,
            extra: { helper?: string; helperStart?: string; decline?: string; cost?: number } = {},
          ) =>
            (
              insertRequest.get(
                user,
                kind,
                `${kind === "private_cleaner" ? "cleaner" : kind === "pgb_informal" ? "mediation" : kind === "zin" ? "zin" : "cohort"}:${provider.id}`,
                provider.id,
                code,
                status,
                answers,
                kind === "private_cleaner" ? 6000 : kind === "powerful_ageing" ? 0 : 2180,
                extra.cost ??
                  (kind === "zin" ? 32270 : kind === "pgb_informal" ? 17128 : kind === "powerful_ageing" ? 18571 : 0),
                extra.helper ?? null,
                extra.helperStart ?? null,
                extra.decline ?? null,
                kind === "private_cleaner" ? "direct" : null,
                at,
                Math.min(end, at + 30 * DAY),
              ) as { id: number }
            ).id;

          if (kind === "private_cleaner") {
            const id = req("cancelled");
            event.run(id, "held", null, user, at);
            event.run(id, "booked", null, user, at + 10 * 60_000);
            const first = at + rnd.int(2, 9) * DAY;
            const visits = rnd.int(3, 8);
            for (let v = 0; v < visits; v++) {
              const s = first + v * 7 * DAY + (id % 50) * 60_000; // distinct per request: slots are unique per start
              if (s > end) break;
              const missed = rnd.chance(0.08);
              const minutes = 180;
              const slot = insertSlot.run(
                provider.id,
                s,
                s + minutes * 60_000,
                id,
                missed ? "missed" : "done",
                s + 4 * HOUR,
              );
              if (!missed && slot.changes === 1) {
                const amount = Math.round((minutes * (provider.rate ?? 2450)) / 60);
                insertPayment.run(
                  id,
                  slot.lastInsertRowid,
                  user,
                  provider.id,
                  code,
                  s,
                  minutes,
                  provider.rate ?? 2450,
                  amount,
                  s + DAY,
                  s + 4 * HOUR,
                  s + DAY,
                );
              }
            }
            event.run(id, "cancelled", null, user, Math.min(end, first + visits * 7 * DAY));
            if (rnd.chance(0.05))
              insertComplaint.run(
                id,
                user,
                provider.id,
                code,
                "De hulp kwam twee keer te laat.",
                "resolved",
                "Excuses; vaste tijd afgesproken.",
                first + 10 * DAY,
              );
          } else if (kind === "pgb_informal") {
            const decided = at + rnd.int(3, 20) * DAY;
            const declined = rnd.chance(0.1);
            const id = declined
              ? req("declined", { decline: "Geen helper beschikbaar in de wijk" })
              : req("matched", {
                  helper: rnd.pick(["Fatima", "Kees", "Ineke", "Sander", "Mila"]),
                  helperStart: amsterdamDay(new Date(decided + rnd.int(5, 15) * DAY)),
                });
            event.run(id, "mediation_requested", null, user, at);
            event.run(id, declined ? "declined" : "matched", null, null, decided);
          } else if (kind === "powerful_ageing") {
            const declined = rnd.chance(0.15);
            const id = req(declined ? "declined" : "enrolled", declined ? { decline: "Past niet na de intake" } : {});
            event.run(id, "intake_requested", null, user, at);
            event.run(id, declined ? "declined" : "enrolled", null, null, at + rnd.int(4, 14) * DAY);
          } else {
            // ZIN: the consultant decides, lighter help where it fits, else an indication and a referral.
            const decided = at + rnd.int(4, 30) * DAY;
            const caseId = (insertCase.get(code, user, person, at, decided, at, decided) as { id: number }).id;
            const steer = rnd.chance(0.35);
            if (steer) {
              const to = rnd.pick([
                ["private_cleaner", "private_affordable", 0],
                ["pgb_informal", "informal_pgb_fits", 17128],
                ["powerful_ageing", "powerful_ageing_first", 18571],
                ["own_strength", "network_can_help", 0],
              ] as const);
              const id = req("steered");
              db.prepare("UPDATE help_requests SET case_id = ? WHERE id = ?").run(caseId, id);
              event.run(id, "submitted", null, user, at);
              event.run(id, "steered", null, consultant, decided);
              insertDecision.run(caseId, id, to[0], to[0], null, to[1], to[2], 32270, consultant, decided);
              continue;
            }
            const id = req("care_ended");
            db.prepare("UPDATE help_requests SET case_id = ? WHERE id = ?").run(caseId, id);
            event.run(id, "submitted", null, user, at);
            event.run(id, "indicated", null, consultant, decided);
            const decision = (
              insertDecision.get(
                caseId,
                id,
                "zin",
                `zin:${provider.id}`,
                provider.id,
                "zin_needed_complex",
                32270,
                32270,
                consultant,
                decided,
              ) as {
                id: number;
              }
            ).id;
            const startDay = amsterdamDay(new Date(decided + rnd.int(2, 10) * DAY));
            const endDay = addDays(startDay, 90);
            const evalDay = addDays(endDay, -14);
            const indication = (
              insertIndication.get(
                caseId,
                decision,
                rnd.pick([120, 150, 180]),
                startDay,
                endDay,
                evalDay,
                consultant,
                decided,
              ) as {
                id: number;
              }
            ).id;
            let referralProvider = provider;
            if (rnd.chance(0.12) && zinProviders.length > 1) {
              const declinedRef = (
                insertReferral.get(
                  indication,
                  caseId,
                  provider.id,
                  code,
                  "declined",
                  "{}",
                  null,
                  "Geen ruimte",
                  null,
                  decided,
                  decided + 2 * DAY,
                ) as {
                  id: number;
                }
              ).id;
              referralEvent.run(declinedRef, "sent", null, consultant, decided);
              referralEvent.run(declinedRef, "declined", "Geen ruimte", null, decided + 2 * DAY);
              referralProvider = zinProviders.find((p) => p.id !== provider.id) ?? provider;
            }
            const startAt = Date.parse(`${startDay}T09:00:00Z`) + rnd.int(0, 20) * DAY;
            const endAt = Math.min(end, startAt + rnd.int(60, 200) * DAY);
            const referral = (
              insertReferral.get(
                indication,
                caseId,
                referralProvider.id,
                code,
                "ended",
                JSON.stringify({
                  name: person,
                  actedBy: null,
                  contact: { email: `historie.${code.toLowerCase()}.${count}@demo.hulpwijzer.nl`, phone: null },
                  postcode: `${pc4}AA`,
                  birthYear: (JSON.parse(answers) as { birthYear: number }).birthYear,
                  needs: (JSON.parse(answers) as { needs: string[] }).needs,
                  minutesPerWeek: 150,
                  startDate: startDay,
                  limitations: [],
                  preferences: null,
                  situation: null,
                }),
                amsterdamDay(new Date(startAt)),
                null,
                "Indicatie afgelopen",
                decided + 3 * DAY,
                endAt,
              ) as {
                id: number;
              }
            ).id;
            referralEvent.run(referral, "sent", null, consultant, decided + 3 * DAY);
            referralEvent.run(referral, "accepted", amsterdamDay(new Date(startAt)), null, decided + 4 * DAY);
            referralEvent.run(referral, "started", null, null, startAt);
            referralEvent.run(referral, "ended", "Indicatie afgelopen", null, endAt);
            event.run(id, "care_started", null, null, startAt);
            event.run(id, "care_ended", null, null, endAt);
            const evalDue = Date.parse(`${evalDay}T17:00:00Z`);
            if (evalDue < endAt) {
              const doneAt = evalDue + (rnd.chance(0.8) ? -rnd.int(1, 5) : rnd.int(1, 10)) * DAY;
              insertEvaluation.run(
                referral,
                rnd.pick(["fewer", "same", "same", "more"]),
                "Besproken bij de evaluatie.",
                doneAt,
                doneAt + 2 * DAY,
              );
            }
            if (rnd.chance(0.08))
              insertComplaint.run(
                id,
                user,
                referralProvider.id,
                code,
                "Steeds een andere hulp aan de deur.",
                rnd.chance(0.8) ? "resolved" : "in_progress",
                "Vaste hulp ingeroosterd.",
                startAt + 20 * DAY,
              );
            if (rnd.chance(0.15)) {
              const raised = startAt + rnd.int(10, 50) * DAY;
              insertSignal.run(
                caseId,
                referralProvider.id,
                code,
                rnd.pick(["loneliness", "fall_risk", "carer_overload", "memory"]),
                rnd.chance(0.3) ? "urgent" : "normal",
                "Signaal van de vaste hulp.",
                raised,
                raised + rnd.int(2, 60) * HOUR,
                raised + 7 * DAY,
              );
            }
          }
        }
      }
    }
  })();
  return { requests: count };
}
