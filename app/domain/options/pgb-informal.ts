// Informal pgb with mediation: a mediator with free capacity this month.
import { pgbInformalMonthlyCost } from "../costs";
import type { MatchCapacity, Option } from "../matching";
import { type MatchFacts, noProvider } from "./facts";

export function addPgbInformalOptions(options: Option[], f: MatchFacts, mediators: MatchCapacity["mediators"]): void {
  const { request, hasNeed, start, base, tariff } = f;
  const pgbMunicipality = pgbInformalMonthlyCost(f.minutes, f.policy, tariff).municipalityCents;
  const mediatorOptions = mediators.map((m): Option => {
    const free = m.newMatchesThisMonth > 0;
    const eligible = hasNeed && free;
    return {
      hoursPerWeek: base.hoursPerWeek,
      hourlyRateCents: null,
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
}
