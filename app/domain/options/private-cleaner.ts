// Private cleaner: a vetted cleaner serving the postcode with a free slot.
import { cleanerMonthlyCost } from "../costs";
import { distanceKm, MAX_SLOTS_SHOWN, type MatchCapacity, type Option, type OptionSlot, type Point } from "../matching";
import { slotPrice, visitMinutes } from "../payments";
import { daysBetween } from "../time";
import { type MatchFacts, noProvider } from "./facts";

type Slot = MatchCapacity["cleaners"][number]["slots"][number];

export function addCleanerOptions(
  options: Option[],
  f: MatchFacts,
  cleaners: MatchCapacity["cleaners"],
  citizen: Point,
): void {
  const { minutes, hasNeed, able, start, base } = f;
  const hht = f.policy.hhtSubsidyPerHourCents;
  const cleanerOptions = cleaners.map((c): Option => {
    const distance = c.home ? distanceKm(citizen, c.home) : null;
    const tooFar = distance !== null && c.maxTravelKm !== null && distance > c.maxTravelKm;
    // Slots come soonest first: the ones on or after the start are a tail of the list.
    let from = 0;
    while (from < c.slots.length && (c.slots[from] as Slot).day < start) from++;
    const first = c.slots[from];
    const subsidy = hht > 0 && c.acceptsHht ? hht : 0;
    const rate = c.hourlyRateCents ?? 0;
    const reasons: Option["reasons"] = hasNeed ? [] : ["no_need"];
    if (tooFar) reasons.push("outside_travel_distance");
    if (c.hourlyRateCents === null) reasons.push("no_rate");
    reasons.push(first ? "free_slot" : "no_free_slot");
    if (able) reasons.push("financially_able");
    if (subsidy > 0) reasons.push("hht_subsidy");
    const eligible = hasNeed && !tooFar && first !== undefined && c.hourlyRateCents !== null;
    const shown: OptionSlot[] = [];
    // The option's own monthly cost: its cheapest time (the card shows the range), or, with no
    // time free, the estimate from the need.
    let cost = cleanerMonthlyCost(minutes, rate, subsidy);
    for (let i = from; i < c.slots.length && shown.length < MAX_SLOTS_SHOWN; i++) {
      const slot = c.slots[i] as Slot;
      const priced = pricedSlot(slot, rate, subsidy);
      if (shown.length === 0 || priced.citizenCostPerMonthCents < cost.citizenCents)
        cost = {
          citizenCents: priced.citizenCostPerMonthCents,
          municipalityCents: priced.municipalityCostPerMonthCents,
        };
      shown.push(priced);
    }
    return {
      hoursPerWeek: base.hoursPerWeek,
      hourlyRateCents: c.hourlyRateCents,
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
}

/**
 * A weekly time as every list of times shows it (options, booking, moving a booking): its start,
 * end and length, and its own price per visit and per month (slotPrice).
 */
export function pricedSlot(
  slot: { slotId: number; start: string; end: string; startsAt: Date; endsAt: Date },
  hourlyRateCents: number,
  hhtPerHourCents: number,
): OptionSlot {
  const price = slotPrice(
    visitMinutes(slot.startsAt.getTime(), slot.endsAt.getTime()),
    hourlyRateCents,
    hhtPerHourCents,
  );
  return {
    slotId: slot.slotId,
    start: slot.start,
    end: slot.end,
    durationMinutes: price.durationMinutes,
    weekly: true,
    citizenCostPerVisitCents: price.perVisit.citizenCents,
    citizenCostPerMonthCents: price.perMonth.citizenCents,
    municipalityCostPerVisitCents: price.perVisit.municipalityCents,
    municipalityCostPerMonthCents: price.perMonth.municipalityCents,
  };
}
