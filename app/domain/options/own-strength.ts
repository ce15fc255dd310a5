// Own strength: the lightest rung, when someone around can help for free.
import type { Option } from "../matching";
import type { MatchFacts } from "./facts";

export function addOwnStrengthOption(options: Option[], f: MatchFacts): void {
  if (f.request.network !== "can_provide") return;
  options.push({
    hoursPerWeek: f.base.hoursPerWeek,
    hourlyRateCents: null,
    slots: f.base.slots,
    kind: "own_strength",
    providerId: null,
    providerName: null,
    offerId: "own_strength",
    eligible: true,
    recommended: true,
    reasons: ["network_can_provide"],
    earliestStart: f.start,
    distanceKm: null,
    citizenCostPerMonthCents: 0,
    municipalityCostPerMonthCents: 0,
    waitDays: 0,
  });
}
