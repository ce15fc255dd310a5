// The matching engine's words and rules: the help request, the policy values it reads, live
// capacity as it sees it, the options it gives and their order. The engine itself (matchOptions)
// and its option builders per kind are in ./options/. Pure: no DB, no clock.

import type { HOUSEHOLDS, OptionKind } from "~db/enums";

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
    slots: { slotId: number; startsAt: Date; endsAt: Date; day: string; start: string; end: string }[];
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
  /** A cleaner's hourly rate, the one its slots are priced at (pricedSlot); null for other kinds. */
  hourlyRateCents: number | null;
  citizenCostPerMonthCents: number;
  municipalityCostPerMonthCents: number;
  waitDays: number | null;
  slots: OptionSlot[];
};

/**
 * A cleaner's weekly time as every page and the API show it: when, how long, and its price per
 * visit and per month for the citizen and the municipality (payments.ts slotPrice, the price charged).
 */
export type OptionSlot = {
  slotId: number;
  start: string;
  end: string;
  durationMinutes: number;
  /** Always true: only times free every week are offered (ADR 020). */
  weekly: true;
  citizenCostPerVisitCents: number;
  citizenCostPerMonthCents: number;
  municipalityCostPerVisitCents: number;
  municipalityCostPerMonthCents: number;
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
