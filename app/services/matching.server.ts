// Options for a help request: postcode → municipality → policy in force → live capacity → engine.

import { clock } from "~/clock.server";
import type { MatchCapacity, Option, Point } from "~/domain/matching";
import { matchOptions } from "~/domain/options/match-options";
import { amsterdamDay } from "~/domain/policy";
import { addDays, fromAmsterdam } from "~/domain/time";
import { mediationsTaken, seatsTaken } from "~/models/occupancy.server";
import type { Policy } from "~/models/policies.server";
import type { HelpQuery } from "~/schemas/help-request";
import { type Aliased, getDb, prepared } from "~db/client.server";
import type { capacityVersions, municipalities, postcodeAreas } from "~db/schema";
import { freeSlots, liveCapacity } from "./live-capacity.server";
import { getPolicyInForce } from "./municipalities.server";

type Area = Pick<typeof postcodeAreas.$inferSelect, "pc4" | "place" | "lat" | "lon" | "municipalityCode"> &
  Aliased<typeof municipalities.$inferSelect, { municipalityName: "name" }>;

// Reference data never changes while the app runs: one read, then lookups in memory.
let areas: Map<string, Area> | undefined;
function area(pc4: string): Area | undefined {
  areas ??= new Map(
    getDb()
      .$client.prepare<[], Area>(
        `SELECT p.pc4, p.place, p.lat, p.lon, m.code AS municipalityCode, m.name AS municipalityName
           FROM postcode_areas p JOIN municipalities m ON m.code = p.municipality_code`,
      )
      .all()
      .map((a) => [a.pc4, a]),
  );
  return areas.get(pc4);
}

function point(pc4: string | null): Point | null {
  const a = pc4 ? area(pc4) : undefined;
  return a ? { lat: a.lat, lon: a.lon } : null;
}

export type PostcodeLookup =
  | { ok: true; area: Area; policy: Policy }
  | { ok: false; reason: "unknown_postcode" }
  | { ok: false; reason: "not_participating"; municipality: { code: string; name: string } };

/** Where a postcode lies and whether its municipality takes part (has a policy in force). */
export function lookUpPostcode(postcode: string, now = clock.now()): PostcodeLookup {
  const found = area(postcode.slice(0, 4));
  if (!found) return { ok: false, reason: "unknown_postcode" };
  const policy = getPolicyInForce(found.municipalityCode, now);
  if (!policy) {
    return {
      ok: false,
      reason: "not_participating",
      municipality: { code: found.municipalityCode, name: found.municipalityName },
    };
  }
  return { ok: true, area: found, policy };
}

export type OptionsResult =
  | { ok: true; municipality: { code: string; name: string }; place: string; options: Option[]; staleAfterDays: number }
  | Exclude<PostcodeLookup, { ok: true }>;

/**
 * What matching needs of a municipality, ready for the engine: the policy in force, and live
 * capacity minus what requests took, with every cleaner's first free slots from `builtAt` on.
 */
type Snapshot = {
  version: number;
  builtAt: number;
  validUntil: number;
  policy: Policy | null;
  capacity: MatchCapacity;
  /**
   * Cleaners with their slots from a later preferred start (its Amsterdam midnight, ms), read
   * when first asked: valid with the snapshot, and until the first window read goes stale.
   */
  later: Map<number, { cleaners: MatchCapacity["cleaners"]; validUntil: number }>;
};

// Kept per municipality (at most one each) while its capacity version stands still — triggers
// move it on every write that matters, by this process or any other — and while time alone does
// not change the answer (live capacity's validUntil). See ADR 010.
const snapshots = new Map<string, Snapshot>();

function capacityVersion(municipalityCode: string): number {
  const row = prepared<Pick<typeof capacityVersions.$inferSelect, "version">>(
    getDb().$client,
    "SELECT version FROM capacity_versions WHERE municipality_code = ?",
  ).get(municipalityCode);
  return row?.version ?? 0;
}

// Objects here are written out field by field, not spread: they are read on every request, and
// V8 keeps spread copies on slower paths (ADR 010).
function withDays(slots: readonly { slotId: number; startsAt: Date; endsAt: Date }[]) {
  return slots.map((s) => ({
    slotId: s.slotId,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    day: amsterdamDay(s.startsAt),
    start: s.startsAt.toISOString(),
    end: s.endsAt.toISOString(),
  }));
}

function buildSnapshot(municipalityCode: string, now: Date): Snapshot {
  // One read transaction: the version and the data it stands for are read from the same state.
  return getDb().$client.transaction((): Snapshot => {
    const version = capacityVersion(municipalityCode);
    const policy = getPolicyInForce(municipalityCode, now);
    const nextDay = fromAmsterdam(addDays(amsterdamDay(now), 1), "00:00")?.getTime() ?? now.getTime();
    const builtAt = now.getTime();
    if (!policy) {
      const capacity = { zin: [], cleaners: [], mediators: [], cohorts: [] };
      return { version, builtAt, policy, validUntil: nextDay, capacity, later: new Map() };
    }
    const live = liveCapacity(municipalityCode, policy.staleAfterDays, now);
    const capacity: MatchCapacity = {
      zin: live.zin,
      cleaners: live.cleaners.map((c) => ({
        providerId: c.providerId,
        providerName: c.providerName,
        hourlyRateCents: c.hourlyRateCents,
        acceptsHht: c.acceptsHht,
        home: point(c.homePc4),
        maxTravelKm: c.maxTravelKm,
        slots: withDays(c.slots),
      })),
      // What requests already took is not free any more.
      mediators: live.mediators.map((m) => ({
        providerId: m.providerId,
        providerName: m.providerName,
        newMatchesThisMonth: Math.max(0, m.newMatchesThisMonth - mediationsTaken(m.providerId, municipalityCode, now)),
      })),
      cohorts: live.cohorts.flatMap((c) => {
        const location = point(c.locationPc4);
        if (!location) return [];
        const seatsFree = Math.max(0, c.seats - seatsTaken(c.cohortId));
        return [
          {
            providerId: c.providerId,
            providerName: c.providerName,
            cohortId: c.cohortId,
            startDate: c.startDate,
            seatsFree,
            location,
          },
        ];
      }),
    };
    return { version, builtAt, policy, validUntil: live.validUntil, capacity, later: new Map() };
  })();
}

function snapshotOf(municipalityCode: string, now: Date): Snapshot {
  const at = now.getTime();
  const kept = snapshots.get(municipalityCode);
  if (kept && kept.builtAt <= at && at < kept.validUntil && kept.version === capacityVersion(municipalityCode)) {
    return kept;
  }
  const built = buildSnapshot(municipalityCode, now);
  if (kept) for (const entry of kept.later.values()) laterCleaners -= entry.cleaners.length;
  snapshots.set(municipalityCode, built);
  return built;
}

// Later-start lists kept in all snapshots together, counted in cleaners: a bound on memory (about
// 1 KB per cleaner and start day with its five slots, so ~20 MB). Past it they are all let go.
const MAX_LATER_CLEANERS = 20_000;
let laterCleaners = 0;

/**
 * The municipality's cleaners with their first free slots from the preferred start. The snapshot's
 * own first slots serve when none is before it; otherwise the cleaners whose first slot is earlier
 * are read from that start on, once per start day while the snapshot holds.
 */
function cleanersFrom(snapshot: Snapshot, staleAfterDays: number, slotsFrom: number, now: Date) {
  const all = snapshot.capacity.cleaners;
  const needsLater = (c: (typeof all)[number]) => {
    const first = c.slots[0]?.startsAt.getTime();
    return first !== undefined && slotsFrom >= first;
  };
  if (!all.some(needsLater)) return all;
  const kept = snapshot.later.get(slotsFrom);
  if (kept && now.getTime() < kept.validUntil) return kept.cleaners;
  let validUntil = snapshot.validUntil;
  const cleaners = all.map((c) => {
    if (!needsLater(c)) return c;
    const later = freeSlots(c.providerId, slotsFrom, staleAfterDays, now);
    validUntil = Math.min(validUntil, later.staleAt);
    return {
      providerId: c.providerId,
      providerName: c.providerName,
      hourlyRateCents: c.hourlyRateCents,
      acceptsHht: c.acceptsHht,
      home: c.home,
      maxTravelKm: c.maxTravelKm,
      slots: withDays(later.slots),
    };
  });
  if (kept) {
    laterCleaners -= kept.cleaners.length;
    snapshot.later.delete(slotsFrom);
  }
  if (laterCleaners + cleaners.length > MAX_LATER_CLEANERS) {
    for (const s of snapshots.values()) s.later.clear();
    laterCleaners = 0;
  }
  snapshot.later.set(slotsFrom, { cleaners, validUntil });
  laterCleaners += cleaners.length;
  return cleaners;
}

/** All options for a parsed help request, best first. */
export function findOptions(query: HelpQuery, now = clock.now()): OptionsResult {
  const where = area(query.postcode.slice(0, 4));
  if (!where) return { ok: false, reason: "unknown_postcode" };
  const snapshot = snapshotOf(where.municipalityCode, now);
  const { policy, capacity } = snapshot;
  if (!policy) {
    return {
      ok: false,
      reason: "not_participating",
      municipality: { code: where.municipalityCode, name: where.municipalityName },
    };
  }
  const slotsFrom = fromAmsterdam(query.start, "00:00")?.getTime() ?? now.getTime();
  const cleaners = cleanersFrom(snapshot, policy.staleAfterDays, slotsFrom, now);
  const options = matchOptions(
    {
      postcode: query.postcode,
      birthYear: query.birthYear,
      household: query.household,
      partnerUnderAow: query.partnerUnderAow,
      incomeCents: query.income === null ? null : query.income * 100,
      needs: query.needs,
      mobility: query.mobility,
      network: query.network,
      start: query.start,
    },
    {
      policy,
      capacity: { zin: capacity.zin, cleaners, mediators: capacity.mediators, cohorts: capacity.cohorts },
      citizen: { lat: where.lat, lon: where.lon },
      today: amsterdamDay(now),
    },
  );
  return {
    ok: true,
    municipality: { code: where.municipalityCode, name: where.municipalityName },
    place: where.place,
    options,
    staleAfterDays: policy.staleAfterDays,
  };
}
