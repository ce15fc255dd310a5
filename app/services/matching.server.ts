// Options for a help request: postcode → municipality → policy in force → live capacity → engine.

import { type MatchCapacity, matchOptions, type Option, type Point } from "~/domain/matching";
import { amsterdamDay } from "~/domain/policy";
import { fromAmsterdam } from "~/domain/time";
import type { HelpQuery } from "~/schemas/help-request";
import { getDb } from "~db/client.server";
import { liveCapacity } from "./live-capacity.server";
import { getPolicyInForce, type Policy } from "./municipalities.server";
import { mediationsTaken, seatsTaken } from "./requests.server";

type Area = {
  pc4: string;
  place: string;
  lat: number;
  lon: number;
  municipalityCode: string;
  municipalityName: string;
};

// Reference data never changes while the app runs: one read, then lookups in memory.
let areas: Map<string, Area> | undefined;
function area(pc4: string): Area | undefined {
  areas ??= new Map(
    (
      getDb()
        .$client.prepare(
          `SELECT p.pc4, p.place, p.lat, p.lon, m.code AS municipalityCode, m.name AS municipalityName
           FROM postcode_areas p JOIN municipalities m ON m.code = p.municipality_code`,
        )
        .all() as Area[]
    ).map((a) => [a.pc4, a]),
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
export function lookUpPostcode(postcode: string, now = new Date()): PostcodeLookup {
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

/** All options for a parsed help request, best first. */
export function findOptions(query: HelpQuery, now = new Date()): OptionsResult {
  const lookup = lookUpPostcode(query.postcode, now);
  if (!lookup.ok) return lookup;
  const { area: where, policy } = lookup;
  const slotsFrom = fromAmsterdam(query.start, "00:00") ?? now;
  const live = liveCapacity(where.municipalityCode, policy.staleAfterDays, now, slotsFrom);
  const capacity: MatchCapacity = {
    zin: live.zin,
    cleaners: live.cleaners.map((c) => ({
      ...c,
      home: point(c.homePc4),
      slots: c.slots.map((s) => ({ ...s, day: amsterdamDay(s.startsAt) })),
    })),
    // What requests already took is not free any more.
    mediators: live.mediators.map((m) => ({
      ...m,
      newMatchesThisMonth: Math.max(
        0,
        m.newMatchesThisMonth - mediationsTaken(m.providerId, where.municipalityCode, now),
      ),
    })),
    cohorts: live.cohorts.flatMap((c) => {
      const location = point(c.locationPc4);
      return location ? [{ ...c, seatsFree: Math.max(0, c.seats - seatsTaken(c.cohortId)), location }] : [];
    }),
  };
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
    { policy, capacity, citizen: { lat: where.lat, lon: where.lon }, today: amsterdamDay(now) },
  );
  return {
    ok: true,
    municipality: { code: where.municipalityCode, name: where.municipalityName },
    place: where.place,
    options,
    staleAfterDays: policy.staleAfterDays,
  };
}
