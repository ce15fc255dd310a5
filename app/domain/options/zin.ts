// ZIN: always eligible when there is a need; without room, a waiting-list option with an estimate.
import { zinMonthlyCost } from "../costs";
import { estimateWaitDays, type MatchCapacity, type Option } from "../matching";
import { addDays, daysBetween, laterDay } from "../time";
import type { MatchFacts } from "./facts";

export function addZinOptions(options: Option[], f: MatchFacts, providers: MatchCapacity["zin"]): void {
  const { request, hasNeed, able, tariff, start, base } = f;
  const zinRecommended = request.incomeCents === null || !able;
  const { citizenCents: zinCitizen, municipalityCents: zinMunicipality } = zinMonthlyCost(f.minutes, f.policy, tariff);
  const zinReasons = (extra: string[]) => [
    ...(hasNeed ? ["need_present"] : ["no_need"]),
    ...extra,
    ...(able ? ["financially_able"] : []),
    ...(request.incomeCents === null ? ["income_unknown"] : []),
    ...(tariff === 0 ? ["tariff_exempt"] : []),
  ];
  const zinOptions = providers.map((z): Option => {
    // A place only when nobody is waiting for this provider; otherwise you join the queue,
    // and the wait follows from its published weekly intake.
    const queue = z.waitingList ?? 0;
    const open =
      queue === 0 ? z.weeks.filter((w) => w.newClients > 0).map((w) => laterDay(w.earliestStart, start)) : [];
    const earliest = open.sort()[0] ?? null;
    const waitDays = earliest ? Math.max(0, daysBetween(start, earliest)) : estimateWaitDays(queue, z.weeks);
    return {
      hoursPerWeek: base.hoursPerWeek,
      hourlyRateCents: null,
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
      hourlyRateCents: null,
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
}
