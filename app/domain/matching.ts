// The matching engine: from a help request, the policy in force and live capacity to a ranked
// list of options with machine-readable reasons and monthly costs. Pure: no DB, no clock.

import type { HOUSEHOLDS, OptionKind } from "~db/enums";
import { cleanerMonthlyCost, pgbInformalMonthlyCost, powerfulAgeingMonthlyCost, zinMonthlyCost } from "./costs";
import { addDays, daysBetween, laterDay } from "./time";

export const NEEDS = ["cleaning", "laundry", "heavy_cleaning"] as const;
export const MOBILITY = ["stairs", "chair_rise"] as const;
export const NETWORK = ["none", "some", "can_provide"] as const;

export type Need = (typeof NEEDS)[number];
export type Mobility = (typeof MOBILITY)[number];
export type Network = (typeof NETWORK)[number];

export type HelpRequest = {
  postcode: string;
  birthYear: number;
  household: (typeof HOUSEHOLDS)[number];
  partnerUnderAow: boolean;
  /** Net monthly household income in cents; null when not given (allowed). */
  incomeCents: number | null;
  needs: Need[];
  mobility: Mobility[];
  network: Network;
  start: string; // YYYY-MM-DD, the preferred start
};

/** The policy values the engine reads (a municipality_policies row has them all). */
export type PolicyValues = {
  abonnementstariefCents: number;
  tariffFreeWithPartnerUnderAow: boolean;
  tariffFreeUnderAge: number;
  socialMinimumSingleCents: number;
  socialMinimumCoupleCents: number;
  socialMinimumSingleAowCents: number;
  socialMinimumCoupleAowCents: number;
  aowAgeYears: number;
  draagkrachtThresholdPercent: number;
  zinHourlyTariffCents: number;
  pgbInformalRatePercent: number;
  mediationFeeCents: number;
  hhtSubsidyPerHourCents: number;
  powerfulAgeingMinAge: number;
  powerfulAgeingCostCents: number;
  minutesCleaning: number;
  minutesLaundry: number;
  minutesHeavyCleaning: number;
};

export type Point = { lat: number; lon: number };

/** Live capacity as matching sees it: only vetted providers and fresh records. */
export type MatchCapacity = {
  zin: {
    providerId: number;
    providerName: string;
    weeks: { newClients: number; earliestStart: string }[];
    waitingList: number | null;
  }[];
  cleaners: {
    providerId: number;
    providerName: string;
    hourlyRateCents: number | null;
    acceptsHht: boolean;
    home: Point | null;
    maxTravelKm: number | null;
    /** Free slots, soonest first: `day` in Amsterdam, `start` the instant as ISO text (made once). */
    slots: { slotId: number; startsAt: Date; day: string; start: string }[];
  }[];
  mediators: { providerId: number; providerName: string; newMatchesThisMonth: number }[];
  cohorts: {
    providerId: number;
    providerName: string;
    cohortId: number;
    startDate: string;
    seatsFree: number;
    location: Point;
  }[];
};

export type Option = {
  kind: OptionKind;
  providerId: number | null;
  providerName: string | null;
  offerId: string;
  eligible: boolean;
  recommended: boolean;
  reasons: string[];
  earliestStart: string | null;
  distanceKm: number | null;
  hoursPerWeek: number;
  citizenCostPerMonthCents: number;
  municipalityCostPerMonthCents: number;
  waitDays: number | null;
  slots: { slotId: number; start: string }[];
};

export const POWERFUL_AGEING_MAX_KM = 15;
export const POWERFUL_AGEING_WITHIN_DAYS = 56; // a cohort starting within 8 weeks
/** Next free slots shown per cleaner (the public contract: up to 5). */
export const MAX_SLOTS_SHOWN = 5;

/** Estimated weekly minutes from the needs (policy norm framework). */
export function estimateMinutesPerWeek(needs: readonly Need[], p: PolicyValues): number {
  let minutes = 0;
  if (needs.includes("cleaning")) minutes += p.minutesCleaning;
  if (needs.includes("laundry")) minutes += p.minutesLaundry;
  if (needs.includes("heavy_cleaning")) minutes += p.minutesHeavyCleaning;
  return minutes;
}

export function ageOn(birthYear: number, today: string): number {
  // Only the birth year is asked: the age reached in this calendar year.
  return Number(today.slice(0, 4)) - birthYear;
}

/** The abonnementstarief the citizen pays per month (€0 by the statutory exceptions). */
export function abonnementstariefCents(request: HelpRequest, p: PolicyValues, today: string): number {
  // Only the birth year is known: someone who turns 18 this year may still be 17, so exempt.
  if (ageOn(request.birthYear, today) <= p.tariffFreeUnderAge) return 0;
  if (p.tariffFreeWithPartnerUnderAow && request.household === "couple" && request.partnerUnderAow) return 0;
  return p.abonnementstariefCents;
}

/** The social minimum for this household (AOW variant when the applicant has reached AOW age). */
export type Household = Pick<HelpRequest, "birthYear" | "household" | "partnerUnderAow">;

export function socialMinimumCents(request: Household, p: PolicyValues, today: string): number {
  const aow = ageOn(request.birthYear, today) >= p.aowAgeYears;
  if (request.household === "single") return aow ? p.socialMinimumSingleAowCents : p.socialMinimumSingleCents;
  // A couple counts as an AOW couple only when the partner has reached AOW age too.
  return aow && !request.partnerUnderAow ? p.socialMinimumCoupleAowCents : p.socialMinimumCoupleCents;
}

export function draagkrachtThresholdCents(request: Household, p: PolicyValues, today: string): number {
  return Math.round((socialMinimumCents(request, p, today) * p.draagkrachtThresholdPercent) / 100);
}

/** Income at or above the threshold. Unknown income is never "able": it only informs. */
export function financiallyAble(request: HelpRequest, p: PolicyValues, today: string): boolean {
  return request.incomeCents !== null && request.incomeCents >= draagkrachtThresholdCents(request, p, today);
}

/** Great-circle distance in km, one decimal. */
export function distanceKm(a: Point, b: Point): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return Math.round(6371 * 2 * Math.asin(Math.sqrt(h)) * 10) / 10;
}

/**
 * Expected wait on a ZIN waiting list: everyone ahead of you plus you, at the weekly intake the
 * provider publishes. Null when it publishes no intake at all (the wait cannot be estimated).
 */
export function estimateWaitDays(waitingList: number, weeks: readonly { newClients: number }[]): number | null {
  const intake = weeks.reduce((sum, w) => sum + w.newClients, 0);
  if (weeks.length === 0 || intake === 0) return null;
  const perWeek = intake / weeks.length;
  return Math.ceil((waitingList + 1) / perWeek) * 7;
}

const LADDER: Record<OptionKind, number> = {
  own_strength: 0,
  powerful_ageing: 1,
  private_cleaner: 2,
  pgb_informal: 3,
  zin: 4,
};

// Sorting a city's hundred-odd options runs these a thousand times per request: made once, and
// ISO days compared as plain strings (the same order as localeCompare, without ICU collation).
const byFlag = (x: boolean, y: boolean) => (x === y ? 0 : x ? -1 : 1);
const byDay = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const byNumber = (x: number, y: number) => x - y;
const byName = new Intl.Collator("nl").compare;
function nullsLast<T>(x: T | null, y: T | null, cmp: (x: T, y: T) => number): number {
  return x === null ? (y === null ? 0 : 1) : y === null ? -1 : cmp(x, y);
}

/** Eligible first, then recommended, then the ladder, earliest start, distance, name. */
export function compareOptions(a: Option, b: Option): number {
  return (
    byFlag(a.eligible, b.eligible) ||
    byFlag(a.recommended, b.recommended) ||
    LADDER[a.kind] - LADDER[b.kind] ||
    nullsLast(a.earliestStart, b.earliestStart, byDay) ||
    nullsLast(a.distanceKm, b.distanceKm, byNumber) ||
    byName(a.providerName ?? "", b.providerName ?? "")
  );
}

export type MatchContext = {
  policy: PolicyValues;
  capacity: MatchCapacity;
  citizen: Point;
  today: string; // Amsterdam calendar day
};

/** All options for a help request, best first. The same function serves citizens, consultants and the API. */
export function matchOptions(request: HelpRequest, ctx: MatchContext): Option[] {
  const { policy: p, capacity, citizen, today } = ctx;
  const start = laterDay(request.start, today);
  const minutes = estimateMinutesPerWeek(request.needs, p);
  const hoursPerWeek = minutes / 60;
  const hasNeed = minutes > 0;
  const age = ageOn(request.birthYear, today);
  const able = financiallyAble(request, p, today);
  const tariff = abonnementstariefCents(request, p, today);
  // Options are written out field by field: spreading a shared `base` into each literal put V8 on
  // a slow path, 7× slower for a city's ~140 options (ADR 010).
  const base = { hoursPerWeek, slots: [] as Option["slots"] };
  const options: Option[] = [];

  // Own strength: the lightest rung, when someone around can help for free.
  if (request.network === "can_provide") {
    options.push({
      hoursPerWeek: base.hoursPerWeek,
      slots: base.slots,
      kind: "own_strength",
      providerId: null,
      providerName: null,
      offerId: "own_strength",
      eligible: true,
      recommended: true,
      reasons: ["network_can_provide"],
      earliestStart: start,
      distanceKm: null,
      citizenCostPerMonthCents: 0,
      municipalityCostPerMonthCents: 0,
      waitDays: 0,
    });
  }

  // Powerful Ageing: voluntary, never a precondition; a seat within 8 weeks and 15 km.
  const paCost = powerfulAgeingMonthlyCost(p).municipalityCents;
  const paReasons = [
    ...(age < p.powerfulAgeingMinAge ? ["too_young"] : []),
    ...(request.mobility.length === 0 ? ["no_mobility_limit"] : []),
  ];
  const lastStart = addDays(start, POWERFUL_AGEING_WITHIN_DAYS);
  const cohorts = capacity.cohorts
    .map((c) => ({ ...c, distance: distanceKm(citizen, c.location) }))
    .filter(
      (c) =>
        c.seatsFree > 0 && c.startDate >= start && c.startDate <= lastStart && c.distance <= POWERFUL_AGEING_MAX_KM,
    );
  // A cohort option is eligible (and, as the lighter rung, recommended); without one it is not.
  const paOption = (c: (typeof cohorts)[number] | null, reasons: string[]): Option => ({
    hoursPerWeek: base.hoursPerWeek,
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

  // Private cleaner: a vetted cleaner serving the postcode with a free slot.
  const hht = p.hhtSubsidyPerHourCents;
  const cleanerOptions = capacity.cleaners.map((c): Option => {
    const distance = c.home ? distanceKm(citizen, c.home) : null;
    const tooFar = distance !== null && c.maxTravelKm !== null && distance > c.maxTravelKm;
    // Slots come soonest first: the ones on or after the start are a tail of the list.
    let from = 0;
    while (from < c.slots.length && (c.slots[from] as { day: string }).day < start) from++;
    const first = c.slots[from];
    const subsidy = hht > 0 && c.acceptsHht ? hht : 0;
    const cost = cleanerMonthlyCost(minutes, c.hourlyRateCents ?? 0, subsidy);
    const reasons: Option["reasons"] = hasNeed ? [] : ["no_need"];
    if (tooFar) reasons.push("outside_travel_distance");
    if (c.hourlyRateCents === null) reasons.push("no_rate");
    reasons.push(first ? "free_slot" : "no_free_slot");
    if (able) reasons.push("financially_able");
    if (subsidy > 0) reasons.push("hht_subsidy");
    const eligible = hasNeed && !tooFar && first !== undefined && c.hourlyRateCents !== null;
    const shown: Option["slots"] = [];
    for (let i = from; i < c.slots.length && shown.length < MAX_SLOTS_SHOWN; i++) {
      const slot = c.slots[i] as { slotId: number; start: string };
      shown.push({ slotId: slot.slotId, start: slot.start });
    }
    return {
      hoursPerWeek: base.hoursPerWeek,
      kind: "private_cleaner",
      providerId: c.providerId,
      providerName: c.providerName,
      offerId: `cleaner:${c.providerId}`,
      eligible,
      recommended: eligible && (able || subsidy > 0),
      reasons,
      earliestStart: first?.day ?? null,
      distanceKm: distance,
      citizenCostPerMonthCents: cost.citizenCents,
      municipalityCostPerMonthCents: cost.municipalityCents,
      waitDays: first ? Math.max(0, daysBetween(start, first.day)) : null,
      slots: shown,
    };
  });
  options.push(...(cleanerOptions.length > 0 ? cleanerOptions : [noProvider("private_cleaner", base)]));

  // Informal pgb with mediation: a mediator with free capacity this month.
  const pgbMunicipality = pgbInformalMonthlyCost(minutes, p, tariff).municipalityCents;
  const mediatorOptions = capacity.mediators.map((m): Option => {
    const free = m.newMatchesThisMonth > 0;
    const eligible = hasNeed && free;
    return {
      hoursPerWeek: base.hoursPerWeek,
      slots: base.slots,
      kind: "pgb_informal",
      providerId: m.providerId,
      providerName: m.providerName,
      offerId: `mediation:${m.providerId}`,
      eligible,
      recommended: eligible && request.network === "some",
      reasons: [
        ...(hasNeed ? [] : ["no_need"]),
        free ? "mediation_capacity" : "no_mediation_capacity",
        ...(request.network === "some" ? ["network_if_paid"] : []),
      ],
      earliestStart: free ? start : null,
      distanceKm: null,
      citizenCostPerMonthCents: tariff,
      municipalityCostPerMonthCents: pgbMunicipality,
      waitDays: free ? 0 : null,
    };
  });
  options.push(...(mediatorOptions.length > 0 ? mediatorOptions : [noProvider("pgb_informal", base)]));

  // ZIN: always eligible when there is a need; without room, a waiting-list option with an estimate.
  const zinRecommended = request.incomeCents === null || !able;
  const { citizenCents: zinCitizen, municipalityCents: zinMunicipality } = zinMonthlyCost(minutes, p, tariff);
  const zinReasons = (extra: string[]) => [
    ...(hasNeed ? ["need_present"] : ["no_need"]),
    ...extra,
    ...(able ? ["financially_able"] : []),
    ...(request.incomeCents === null ? ["income_unknown"] : []),
    ...(tariff === 0 ? ["tariff_exempt"] : []),
  ];
  const zinOptions = capacity.zin.map((z): Option => {
    // A place only when nobody is waiting for this provider; otherwise you join the queue,
    // and the wait follows from its published weekly intake.
    const queue = z.waitingList ?? 0;
    const open =
      queue === 0 ? z.weeks.filter((w) => w.newClients > 0).map((w) => laterDay(w.earliestStart, start)) : [];
    const earliest = open.sort()[0] ?? null;
    const waitDays = earliest ? Math.max(0, daysBetween(start, earliest)) : estimateWaitDays(queue, z.weeks);
    return {
      hoursPerWeek: base.hoursPerWeek,
      slots: base.slots,
      kind: "zin",
      providerId: z.providerId,
      providerName: z.providerName,
      offerId: `zin:${z.providerId}`,
      eligible: hasNeed,
      recommended: hasNeed && zinRecommended,
      reasons: zinReasons(earliest ? ["place_available"] : ["waiting_list"]),
      earliestStart: earliest ?? (waitDays === null ? null : addDays(start, waitDays)),
      distanceKm: null,
      citizenCostPerMonthCents: zinCitizen,
      municipalityCostPerMonthCents: zinMunicipality,
      waitDays,
    };
  });
  if (zinOptions.length > 0) options.push(...zinOptions);
  else {
    // No provider published anything: ZIN is still the citizen's right, through a consultant.
    options.push({
      hoursPerWeek: base.hoursPerWeek,
      slots: base.slots,
      kind: "zin",
      providerId: null,
      providerName: null,
      offerId: "zin",
      eligible: hasNeed,
      recommended: hasNeed && zinRecommended,
      reasons: zinReasons(["waiting_list", "no_capacity_published"]),
      earliestStart: null,
      distanceKm: null,
      citizenCostPerMonthCents: zinCitizen,
      municipalityCostPerMonthCents: zinMunicipality,
      waitDays: null,
    });
  }

  return options.sort(compareOptions);
}

/** A kind with no provider at all is shown, not left out: with its reason. */
function noProvider(kind: OptionKind, base: { hoursPerWeek: number; slots: Option["slots"] }): Option {
  return {
    hoursPerWeek: base.hoursPerWeek,
    slots: base.slots,
    kind,
    providerId: null,
    providerName: null,
    offerId: kind,
    eligible: false,
    recommended: false,
    reasons: ["no_provider"],
    earliestStart: null,
    distanceKm: null,
    citizenCostPerMonthCents: 0,
    municipalityCostPerMonthCents: 0,
    waitDays: null,
  };
}
