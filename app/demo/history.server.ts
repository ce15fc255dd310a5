// A year of demo history for the demo municipalities, so the dashboard tells a story on first
// start: requests of every kind with their decisions, starts, visits and payments, referrals
// (some declined), evaluations, complaints and signals. Deterministic (a seeded generator) and
// synthetic people only. Every step of every story happens by `end`, two days before the current
// month starts: nothing is dated after the seeding, today's capacity stays untouched, and a
// story that would not have finished by then is not told.

import { and, asc, eq } from "drizzle-orm";
import { indicationDates } from "~/domain/cases";
import { cleanerMonthlyCost, pgbInformalMonthlyCost, powerfulAgeingMonthlyCost, zinMonthlyCost } from "~/domain/costs";
import { abonnementstariefCents, estimateMinutesPerWeek, type HelpRequest, type Need } from "~/domain/matching";
import { visitPrice } from "~/domain/payments";
import { amsterdamDay, policyInForce } from "~/domain/policy";
import { deriveSlots } from "~/domain/slots";
import { fromAmsterdam, weeklyKey } from "~/domain/time";
import { getDb } from "~db/client.server";
import {
  caseDecisions,
  cases,
  cleanerSlots,
  complaints,
  evaluations,
  helpRequests,
  indications,
  municipalityPolicies,
  payments,
  postcodeAreas,
  providerServiceAreas,
  providers,
  type RequestStatus,
  referralEvents,
  referrals,
  requestEvents,
  signals,
  users,
} from "~db/schema";
import { DEMO_MUNICIPALITIES, DEMO_PROVIDERS } from "~db/seed";
import { demoCleanerWindows } from "./capacity.server";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

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

/** The last moment of the demo history for a seeding at `now`: two days before this month. */
export function historyEnd(now: Date): number {
  const monthStart = fromAmsterdam(`${amsterdamDay(now).slice(0, 7)}-01`, "00:00")?.getTime() ?? now.getTime();
  return Math.min(now.getTime(), monthStart - 2 * DAY);
}

const at9 = (day: string) => (fromAmsterdam(day, "09:00") ?? new Date(`${day}T08:00:00Z`)).getTime();
const at17 = (day: string) => (fromAmsterdam(day, "17:00") ?? new Date(`${day}T16:00:00Z`)).getTime();

export function seedDemoHistory(now: Date, seed = 2026): { requests: number } {
  const db = getDb();
  const rnd = generator(seed);
  const end = historyEnd(now);
  const begin = end - 52 * 7 * DAY;
  const demoPassword = db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.email, "inwoner@demo.hulpwijzer.nl"))
    .get();
  if (!demoPassword) throw new Error("demo history: the demo citizen is missing");
  const keyOfProvider = new Map(DEMO_PROVIDERS.map((p) => [p.name, p.key]));
  // Each cleaner is in one place at a time: the visits already given out, by start.
  const taken = new Map<number, Set<number>>();

  let count = 0;
  db.transaction((tx) => {
    for (const code of DEMO_MUNICIPALITIES) {
      const serving = tx
        .select({ id: providers.id, name: providers.name, kind: providers.kind, rate: providers.hourlyRateCents })
        .from(providers)
        .innerJoin(providerServiceAreas, eq(providerServiceAreas.providerId, providers.id))
        .where(and(eq(providerServiceAreas.municipalityCode, code), eq(providers.vettingStatus, "vetted")))
        .orderBy(asc(providers.id))
        .all();
      const byKind = (k: string) => serving.filter((p) => p.kind === k);
      const zinProviders = byKind("zin");
      const consultant =
        tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.role, "consultant"), eq(users.municipalityCode, code)))
          .get()?.id ?? null;
      const pc4 = tx
        .select({ pc4: postcodeAreas.pc4 })
        .from(postcodeAreas)
        .where(eq(postcodeAreas.municipalityCode, code))
        .orderBy(asc(postcodeAreas.pc4))
        .get()?.pc4;
      if (!pc4) throw new Error(`demo history: no postcode in ${code}`);
      const policies = tx
        .select()
        .from(municipalityPolicies)
        .where(eq(municipalityPolicies.municipalityCode, code))
        .all();

      for (let week = 0; week < 52; week++) {
        const perWeek = rnd.int(1, 4);
        for (let n = 0; n < perWeek; n++) {
          const at = begin + week * 7 * DAY + rnd.int(0, 6) * DAY + rnd.int(8, 17) * HOUR;
          const number = count + 1;
          const person = `Inwoner ${code.slice(2)}-${number} (demo)`;
          const email = `historie.${code.toLowerCase()}.${number}@demo.hulpwijzer.nl`;
          const helpRequest: HelpRequest = {
            postcode: `${pc4}AA`,
            birthYear: rnd.int(1930, 1958),
            household: rnd.chance(0.6) ? "single" : "couple",
            partnerUnderAow: false,
            incomeCents: null,
            needs: (rnd.chance(0.4) ? ["cleaning", "laundry"] : ["cleaning"]) as Need[],
            mobility: rnd.chance(0.5) ? ["stairs"] : [],
            network: "none",
            start: amsterdamDay(new Date(at)),
          };
          const answers = { ...helpRequest, income: null };
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
          const policy = policyInForce(policies, helpRequest.start);
          if (!policy) continue;
          const minutes = estimateMinutesPerWeek(helpRequest.needs, policy);
          const tariff = abonnementstariefCents(helpRequest, policy, helpRequest.start);

          // Each kind's story as a list of dated steps; told only when its last step is by `end`.
          const person_ = () => {
            count += 1;
            return tx
              .insert(users)
              .values({
                email,
                name: person,
                passwordHash: demoPassword.hash,
                role: "citizen",
                createdAt: new Date(at),
              })
              .returning({ id: users.id })
              .get().id;
          };
          const insertRequest = (
            user: number,
            status: RequestStatus,
            cost: { citizenCents: number; municipalityCents: number },
            updatedAt: number,
            extra: Partial<typeof helpRequests.$inferInsert> = {},
          ) =>
            tx
              .insert(helpRequests)
              .values({
                citizenUserId: user,
                kind,
                offerId: `${{ zin: "zin", private_cleaner: "cleaner", pgb_informal: "mediation", powerful_ageing: "cohort" }[kind]}:${provider.id}`,
                providerId: provider.id,
                municipalityCode: code,
                status,
                answers,
                citizenCostPerMonthCents: cost.citizenCents,
                municipalityCostPerMonthCents: cost.municipalityCents,
                createdAt: new Date(at),
                updatedAt: new Date(updatedAt),
                ...extra,
              })
              .returning({ id: helpRequests.id })
              .get().id;
          const events = (requestId: number, steps: [RequestStatus, number, number | null][]) => {
            for (const [status, when, by] of steps)
              tx.insert(requestEvents)
                .values({ requestId, status, byUserId: by, at: new Date(when) })
                .run();
          };

          if (kind === "private_cleaner") {
            const key = keyOfProvider.get(provider.name);
            if (!key || provider.rate === null) continue;
            const visits = rnd.int(3, 8);
            const missedAt = rnd.int(0, 12);
            const complaint = rnd.chance(0.05);
            // Her weekly times from two days after the booking; the first whose visits are all free.
            const occupied = taken.get(provider.id) ?? new Set<number>();
            taken.set(provider.id, occupied);
            const upcoming = deriveSlots(demoCleanerWindows(key), [], amsterdamDay(new Date(at + 2 * DAY)), 12);
            const series = new Map<string, typeof upcoming>();
            for (const s of upcoming) {
              const list = series.get(weeklyKey(s.startsAt)) ?? [];
              list.push(s);
              series.set(weeklyKey(s.startsAt), list);
            }
            const chosen = [...series.values()]
              .map((list) => list.filter((s) => s.endsAt.getTime() + DAY <= end).slice(0, visits))
              .find((list) => list.length === visits && list.every((s) => !occupied.has(s.startsAt.getTime())));
            if (!chosen) continue;
            const last = chosen[chosen.length - 1] as (typeof chosen)[number];
            const cancelledAt = last.endsAt.getTime() + 2 * HOUR;
            const user = person_();
            const first = chosen[0] as (typeof chosen)[number];
            const visitMinutes = (first.endsAt.getTime() - first.startsAt.getTime()) / MINUTE;
            const rate = provider.rate;
            const id = insertRequest(user, "cancelled", cleanerMonthlyCost(visitMinutes, rate, 0), cancelledAt, {
              paymentMethod: "direct",
            });
            events(id, [
              ["held", at, user],
              ["booked", at + 10 * MINUTE, user],
            ]);
            chosen.forEach((s, v) => {
              occupied.add(s.startsAt.getTime());
              const missed = v === missedAt;
              const done = s.endsAt.getTime() + HOUR;
              const slot = tx
                .insert(cleanerSlots)
                .values({
                  providerId: provider.id,
                  startsAt: s.startsAt,
                  endsAt: s.endsAt,
                  status: "booked",
                  requestId: id,
                  outcome: missed ? "missed" : "done",
                  outcomeAt: new Date(done),
                })
                .returning({ id: cleanerSlots.id })
                .get();
              if (missed) return;
              const price = visitPrice(visitMinutes, rate, 0);
              tx.insert(payments)
                .values({
                  requestId: id,
                  slotId: slot.id,
                  kind: "visit",
                  citizenUserId: user,
                  providerId: provider.id,
                  municipalityCode: code,
                  visitStartsAt: s.startsAt,
                  visitMinutes,
                  hourlyRateCents: rate,
                  hhtPerHourCents: 0,
                  amountCents: price.citizenCents,
                  municipalityCents: price.municipalityCents,
                  method: "direct",
                  status: "paid",
                  paidAt: new Date(done),
                  createdAt: new Date(done),
                  updatedAt: new Date(done),
                })
                .run();
            });
            events(id, [["cancelled", cancelledAt, user]]);
            const complainedAt = first.endsAt.getTime() + 10 * DAY;
            if (complaint && complainedAt <= end)
              tx.insert(complaints)
                .values({
                  requestId: id,
                  citizenUserId: user,
                  providerId: provider.id,
                  municipalityCode: code,
                  text: "De hulp kwam twee keer te laat.",
                  status: "resolved",
                  providerResponse: "Excuses; vaste tijd afgesproken.",
                  createdAt: new Date(complainedAt),
                })
                .run();
          } else if (kind === "pgb_informal") {
            const decided = at + rnd.int(3, 20) * DAY;
            const declined = rnd.chance(0.1);
            const helper = rnd.pick(["Fatima", "Kees", "Ineke", "Sander", "Mila"]);
            const helperStart = amsterdamDay(new Date(decided + rnd.int(5, 15) * DAY));
            if (decided > end) continue;
            const user = person_();
            const cost = pgbInformalMonthlyCost(minutes, policy, tariff);
            const id = declined
              ? insertRequest(user, "declined", cost, decided, { declineReason: "Geen helper beschikbaar in de wijk" })
              : insertRequest(user, "matched", cost, decided, {
                  helperFirstName: helper,
                  helperStartDate: helperStart,
                });
            events(id, [
              ["mediation_requested", at, user],
              [declined ? "declined" : "matched", decided, null],
            ]);
          } else if (kind === "powerful_ageing") {
            const declined = rnd.chance(0.15);
            const decided = at + rnd.int(4, 14) * DAY;
            if (decided > end) continue;
            const user = person_();
            const cost = powerfulAgeingMonthlyCost(policy);
            const id = declined
              ? insertRequest(user, "declined", cost, decided, { declineReason: "Past niet na de intake" })
              : insertRequest(user, "enrolled", cost, decided);
            events(id, [
              ["intake_requested", at, user],
              [declined ? "declined" : "enrolled", decided, null],
            ]);
          } else {
            // ZIN: the consultant decides, lighter help where it fits, else an indication and a referral.
            const decided = at + rnd.int(4, 30) * DAY;
            const zin = zinMonthlyCost(minutes, policy, tariff);
            const steer = rnd.chance(0.35);
            const to = rnd.pick([
              ["private_cleaner", "private_affordable"],
              ["pgb_informal", "informal_pgb_fits"],
              ["powerful_ageing", "powerful_ageing_first"],
              ["own_strength", "network_can_help"],
            ] as const);
            if (steer) {
              if (decided > end) continue;
              const user = person_();
              const caseId = insertCase(user, decided);
              const id = insertRequest(user, "steered", zin, decided, { caseId });
              events(id, [
                ["submitted", at, user],
                ["steered", decided, consultant],
              ]);
              const cost =
                to[0] === "pgb_informal"
                  ? pgbInformalMonthlyCost(minutes, policy, tariff)
                  : to[0] === "powerful_ageing"
                    ? powerfulAgeingMonthlyCost(policy)
                    : { citizenCents: 0, municipalityCents: 0 };
              tx.insert(caseDecisions)
                .values({
                  caseId,
                  requestId: id,
                  kind: to[0],
                  offerId: to[0],
                  reason: to[1],
                  municipalityCostPerMonthCents: cost.municipalityCents,
                  zinCostPerMonthCents: zin.municipalityCents,
                  decidedByUserId: consultant,
                  decidedAt: new Date(decided),
                })
                .run();
              continue;
            }
            const minutesGranted = rnd.pick([120, 150, 180]);
            const declinedFirst = rnd.chance(0.12) && zinProviders.length > 1;
            const startDay = amsterdamDay(new Date(decided + rnd.int(5, 25) * DAY));
            const startAt = at9(startDay);
            const dates = indicationDates(startDay, 3);
            const endAt = Math.min(end, at17(dates.endDate), startAt + rnd.int(60, 120) * DAY);
            const outcome = rnd.pick(["fewer", "same", "same", "more"] as const);
            const evaluatedAt = at17(dates.evaluationDate) + (rnd.chance(0.8) ? -rnd.int(1, 5) : rnd.int(1, 10)) * DAY;
            const complaint = rnd.chance(0.08);
            const complaintResolved = rnd.chance(0.8);
            const signal = rnd.chance(0.15);
            const raised = startAt + rnd.int(10, 50) * DAY;
            const signalType = rnd.pick(["loneliness", "fall_risk", "carer_overload", "memory"] as const);
            const urgent = rnd.chance(0.3);
            const pickedUp = raised + rnd.int(2, 60) * HOUR;
            // At least a month of care before the history ends, or the story is not told.
            if (startAt + 30 * DAY > end) continue;
            const user = person_();
            const caseId = insertCase(user, decided);
            const id = insertRequest(user, "care_ended", zin, endAt, { caseId });
            events(id, [
              ["submitted", at, user],
              ["indicated", decided, consultant],
              ["care_started", startAt, null],
              ["care_ended", endAt, null],
            ]);
            const decision = tx
              .insert(caseDecisions)
              .values({
                caseId,
                requestId: id,
                kind: "zin",
                offerId: `zin:${provider.id}`,
                providerId: provider.id,
                reason: "zin_needed_complex",
                municipalityCostPerMonthCents: zin.municipalityCents,
                zinCostPerMonthCents: zin.municipalityCents,
                decidedByUserId: consultant,
                decidedAt: new Date(decided),
              })
              .returning({ id: caseDecisions.id })
              .get().id;
            const indication = tx
              .insert(indications)
              .values({
                caseId,
                decisionId: decision,
                minutesPerWeek: minutesGranted,
                ...dates,
                durationMonths: 3,
                first: true,
                createdByUserId: consultant,
                createdAt: new Date(decided),
              })
              .returning({ id: indications.id })
              .get().id;
            const referral = (
              providerId: number,
              status: "declined" | "ended",
              steps: ["sent" | "accepted" | "declined" | "started" | "ended", number, string | null][],
              extra: Partial<typeof referrals.$inferInsert>,
            ) => {
              const last = steps[steps.length - 1] as (typeof steps)[number];
              const ref = tx
                .insert(referrals)
                .values({
                  indicationId: indication,
                  caseId,
                  providerId,
                  municipalityCode: code,
                  status,
                  intake: {},
                  createdAt: new Date(steps[0]?.[1] ?? decided),
                  updatedAt: new Date(last[1]),
                  ...extra,
                })
                .returning({ id: referrals.id })
                .get().id;
              for (const [s, when, note] of steps)
                tx.insert(referralEvents)
                  .values({
                    referralId: ref,
                    status: s,
                    note,
                    byUserId: s === "sent" ? consultant : null,
                    at: new Date(when),
                  })
                  .run();
              return ref;
            };
            let carer = provider;
            if (declinedFirst) {
              referral(
                provider.id,
                "declined",
                [
                  ["sent", decided, null],
                  ["declined", decided + 2 * DAY, "Geen ruimte"],
                ],
                { declineReason: "Geen ruimte" },
              );
              carer = zinProviders.find((p) => p.id !== provider.id) ?? provider;
            }
            const care = referral(
              carer.id,
              "ended",
              [
                ["sent", decided + 3 * DAY, null],
                ["accepted", decided + 4 * DAY, startDay],
                ["started", startAt, null],
                ["ended", endAt, "Indicatie afgelopen"],
              ],
              {
                intake: {
                  name: person,
                  actedBy: null,
                  contact: { email, phone: null },
                  postcode: helpRequest.postcode,
                  birthYear: helpRequest.birthYear,
                  needs: helpRequest.needs,
                  minutesPerWeek: minutesGranted,
                  startDate: startDay,
                  limitations: [],
                  preferences: null,
                  situation: null,
                },
                startDate: startDay,
                endReason: "Indicatie afgelopen",
              },
            );
            // The provider evaluates while the care runs; the consultant reviews two days later.
            if (evaluatedAt > startAt && evaluatedAt < endAt && evaluatedAt + 2 * DAY <= end)
              tx.insert(evaluations)
                .values({
                  referralId: care,
                  outcome,
                  explanation: "Besproken bij de evaluatie.",
                  at: new Date(evaluatedAt),
                  reviewedAt: new Date(evaluatedAt + 2 * DAY),
                  reviewNote: "Besproken met de inwoner.",
                })
                .run();
            const complainedAt = startAt + 20 * DAY;
            if (complaint && complainedAt <= endAt)
              tx.insert(complaints)
                .values({
                  requestId: id,
                  citizenUserId: user,
                  providerId: carer.id,
                  municipalityCode: code,
                  text: "Steeds een andere hulp aan de deur.",
                  status: complaintResolved ? "resolved" : "in_progress",
                  providerResponse: "Vaste hulp ingeroosterd.",
                  createdAt: new Date(complainedAt),
                })
                .run();
            if (signal && raised + 7 * DAY <= endAt)
              tx.insert(signals)
                .values({
                  caseId,
                  providerId: carer.id,
                  municipalityCode: code,
                  type: signalType,
                  urgency: urgent ? "urgent" : "normal",
                  text: "Signaal van de vaste hulp.",
                  status: "closed",
                  createdAt: new Date(raised),
                  acknowledgedAt: new Date(pickedUp),
                  closedAt: new Date(raised + 7 * DAY),
                  closeNote: "Opgevolgd door de consulent.",
                })
                .run();
          }

          function insertCase(user: number, decided: number): number {
            return tx
              .insert(cases)
              .values({
                municipalityCode: code,
                citizenUserId: user,
                personName: person,
                consentShareIntake: true,
                consentAt: new Date(at),
                talkAt: new Date(decided),
                createdAt: new Date(at),
                updatedAt: new Date(decided),
              })
              .returning({ id: cases.id })
              .get().id;
          }
        }
      }
    }
  });
  return { requests: count };
}
