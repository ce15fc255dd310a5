// A year of demo history for the demo municipalities, so the dashboard tells a story on first
// start: requests of every kind with their decisions, starts, visits and payments, referrals
// (some declined), evaluations, complaints and signals. Deterministic (a seeded generator) and
// synthetic people only. Every step of every story happens by `end`, two days before the current
// month starts: nothing is dated after the seeding, today's capacity stays untouched, and a
// story that would not have finished by then is not told.
import { and, asc, eq } from "drizzle-orm";
import { pgbInformalMonthlyCost, powerfulAgeingMonthlyCost } from "~/domain/costs";
import { abonnementstariefCents, estimateMinutesPerWeek, type HelpRequest, type Need } from "~/domain/matching";
import { amsterdamDay, policyInForce } from "~/domain/policy";
import { fromAmsterdam } from "~/domain/time";
import { getDb } from "~db/client.server";
import {
  helpRequests,
  municipalityPolicies,
  postcodeAreas,
  providerServiceAreas,
  providers,
  requestEvents,
  users,
} from "~db/schema";
import { DEMO_MUNICIPALITIES, DEMO_PROVIDERS } from "~db/seed";
import { demoCleanerWindows } from "./capacity.server";
import { tellCleanerStory } from "./history-cleaner.server";
import { DAY, generator, HOUR, type Story, type Tx } from "./history-story.server";
import { tellZinStory } from "./history-zin.server";

const KINDS = ["zin", "private_cleaner", "pgb_informal", "powerful_ageing"] as const;
const PROVIDER_KIND = {
  zin: "zin",
  private_cleaner: "private_cleaner",
  pgb_informal: "pgb_mediator",
  powerful_ageing: "physio",
};
const OFFER_PREFIX = { zin: "zin", private_cleaner: "cleaner", pgb_informal: "mediation", powerful_ageing: "cohort" };

/** The last moment of the demo history for a seeding at `now`: two days before this month. */
export function historyEnd(now: Date): number {
  const monthStart = fromAmsterdam(`${amsterdamDay(now).slice(0, 7)}-01`, "00:00")?.getTime() ?? now.getTime();
  return Math.min(now.getTime(), monthStart - 2 * DAY);
}

/** What one municipality's stories draw on: its providers, consultant, a postcode, its policies. */
function municipalityOf(tx: Tx, code: string) {
  const serving = tx
    .select({ id: providers.id, name: providers.name, kind: providers.kind, rate: providers.hourlyRateCents })
    .from(providers)
    .innerJoin(providerServiceAreas, eq(providerServiceAreas.providerId, providers.id))
    .where(and(eq(providerServiceAreas.municipalityCode, code), eq(providers.vettingStatus, "vetted")))
    .orderBy(asc(providers.id))
    .all();
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
  const policies = tx.select().from(municipalityPolicies).where(eq(municipalityPolicies.municipalityCode, code)).all();
  return { serving, consultant, pc4, policies };
}

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
  // Each cleaner is in one place at a time: the starts of the visits given out so far.
  const taken = new Map<number, Set<number>>();

  let count = 0;
  db.transaction((tx) => {
    for (const code of DEMO_MUNICIPALITIES) {
      const { serving, consultant, pc4, policies } = municipalityOf(tx, code);
      const zinProviders = serving.filter((p) => p.kind === "zin");
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
          const roll = rnd.next();
          const kind = KINDS[roll < 0.45 ? 0 : roll < 0.7 ? 1 : roll < 0.82 ? 2 : 3] as (typeof KINDS)[number];
          const pool = serving.filter((p) => p.kind === PROVIDER_KIND[kind]);
          const provider = pool.length > 0 ? rnd.pick(pool) : null;
          const policy = policyInForce(policies, helpRequest.start);
          if (!provider || !policy) continue;

          const story: Story = {
            tx,
            rnd,
            end,
            code,
            at,
            person,
            email,
            helpRequest,
            policy,
            minutes: estimateMinutesPerWeek(helpRequest.needs, policy),
            tariff: abonnementstariefCents(helpRequest, policy, helpRequest.start),
            provider,
            consultant,
            newCitizen: () => {
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
            },
            request: (user, status, cost, updatedAt, extra = {}) =>
              tx
                .insert(helpRequests)
                .values({
                  citizenUserId: user,
                  kind,
                  offerId: `${OFFER_PREFIX[kind]}:${provider.id}`,
                  providerId: provider.id,
                  municipalityCode: code,
                  status,
                  answers: { ...helpRequest, income: null },
                  citizenCostPerMonthCents: cost.citizenCents,
                  municipalityCostPerMonthCents: cost.municipalityCents,
                  createdAt: new Date(at),
                  updatedAt: new Date(updatedAt),
                  ...extra,
                })
                .returning({ id: helpRequests.id })
                .get().id,
            events: (requestId, steps) => {
              for (const [status, when, by] of steps)
                tx.insert(requestEvents)
                  .values({ requestId, status, byUserId: by, at: new Date(when) })
                  .run();
            },
          };

          if (kind === "private_cleaner") {
            const key = keyOfProvider.get(provider.name);
            if (!key) continue;
            const occupied = taken.get(provider.id) ?? new Set<number>();
            taken.set(provider.id, occupied);
            tellCleanerStory(story, demoCleanerWindows(key), occupied);
          } else if (kind === "pgb_informal") tellMediationStory(story);
          else if (kind === "powerful_ageing") tellPowerfulAgeingStory(story);
          else tellZinStory(story, zinProviders);
        }
      }
    }
  });
  return { requests: count };
}

/** Informal pgb: the mediator finds a helper (or, now and then, none). */
function tellMediationStory(s: Story): void {
  const decided = s.at + s.rnd.int(3, 20) * DAY;
  const declined = s.rnd.chance(0.1);
  const helper = s.rnd.pick(["Fatima", "Kees", "Ineke", "Sander", "Mila"]);
  const helperStart = amsterdamDay(new Date(decided + s.rnd.int(5, 15) * DAY));
  if (decided > s.end) return;
  const user = s.newCitizen();
  const cost = pgbInformalMonthlyCost(s.minutes, s.policy, s.tariff);
  const id = declined
    ? s.request(user, "declined", cost, decided, { declineReason: "Geen helper beschikbaar in de wijk" })
    : s.request(user, "matched", cost, decided, { helperFirstName: helper, helperStartDate: helperStart });
  s.events(id, [
    ["mediation_requested", s.at, user],
    [declined ? "declined" : "matched", decided, null],
  ]);
}

/** Powerful Ageing: the practice's intake enrols the citizen (or finds it does not fit). */
function tellPowerfulAgeingStory(s: Story): void {
  const declined = s.rnd.chance(0.15);
  const decided = s.at + s.rnd.int(4, 14) * DAY;
  if (decided > s.end) return;
  const user = s.newCitizen();
  const cost = powerfulAgeingMonthlyCost(s.policy);
  const id = declined
    ? s.request(user, "declined", cost, decided, { declineReason: "Past niet na de intake" })
    : s.request(user, "enrolled", cost, decided);
  s.events(id, [
    ["intake_requested", s.at, user],
    [declined ? "declined" : "enrolled", decided, null],
  ]);
}
