// Powerful Ageing: voluntary, never a precondition; a seat within 8 weeks and 15 km.
import { powerfulAgeingMonthlyCost } from "../costs";
import {
  distanceKm,
  type MatchCapacity,
  type Option,
  POWERFUL_AGEING_MAX_KM,
  POWERFUL_AGEING_WITHIN_DAYS,
  type Point,
} from "../matching";
import { addDays, daysBetween } from "../time";
import type { MatchFacts } from "./facts";

export function addPowerfulAgeingOptions(
  options: Option[],
  f: MatchFacts,
  available: MatchCapacity["cohorts"],
  citizen: Point,
): void {
  const { policy: p, request, start, base } = f;
  const paCost = powerfulAgeingMonthlyCost(p).municipalityCents;
  const paReasons = [
    ...(f.age < p.powerfulAgeingMinAge ? ["too_young"] : []),
    ...(request.mobility.length === 0 ? ["no_mobility_limit"] : []),
  ];
  const lastStart = addDays(start, POWERFUL_AGEING_WITHIN_DAYS);
  const cohorts = available
    .map((c) => ({ ...c, distance: distanceKm(citizen, c.location) }))
    .filter(
      (c) =>
        c.seatsFree > 0 && c.startDate >= start && c.startDate <= lastStart && c.distance <= POWERFUL_AGEING_MAX_KM,
    );
  // A cohort option is eligible (and, as the lighter rung, recommended); without one it is not.
  const paOption = (c: (typeof cohorts)[number] | null, reasons: string[]): Option => ({
    hoursPerWeek: base.hoursPerWeek,
    hourlyRateCents: null,
    slots: base.slots,
    kind: "powerful_ageing",
    providerId: c?.providerId ?? null,
    providerName: c?.providerName ?? null,
    offerId: c ? `cohort:${c.cohortId}` : "powerful_ageing",
    eligible: c !== null,
    recommended: c !== null,
    reasons,
    earliestStart: c?.startDate ?? null,
    distanceKm: c?.distance ?? null,
    citizenCostPerMonthCents: 0,
    municipalityCostPerMonthCents: paCost,
    waitDays: c ? Math.max(0, daysBetween(start, c.startDate)) : null,
  });
  if (paReasons.length > 0) options.push(paOption(null, paReasons));
  else if (cohorts.length === 0) options.push(paOption(null, ["no_cohort_nearby"]));
  else for (const c of cohorts) options.push(paOption(c, ["mobility_limit"]));
}
