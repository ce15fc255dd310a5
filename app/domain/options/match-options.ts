// The matching engine: from a help request, the policy in force and live capacity to a ranked
// list of options with machine-readable reasons and monthly costs. Pure: no DB, no clock.
import {
  abonnementstariefCents,
  ageOn,
  compareOptions,
  estimateMinutesPerWeek,
  financiallyAble,
  type HelpRequest,
  type MatchContext,
  type Option,
} from "../matching";
import { laterDay } from "../time";
import type { MatchFacts } from "./facts";
import { addOwnStrengthOption } from "./own-strength";
import { addPgbInformalOptions } from "./pgb-informal";
import { addPowerfulAgeingOptions } from "./powerful-ageing";
import { addCleanerOptions } from "./private-cleaner";
import { addZinOptions } from "./zin";

/** All options for a help request, best first. The same function serves citizens, consultants and the API. */
export function matchOptions(request: HelpRequest, ctx: MatchContext): Option[] {
  const { policy: p, capacity, citizen, today } = ctx;
  const minutes = estimateMinutesPerWeek(request.needs, p);
  // Options are written out field by field: spreading a shared `base` into each literal put V8 on
  // a slow path, 7× slower for a city's ~140 options (ADR 010).
  const facts: MatchFacts = {
    request,
    policy: p,
    start: laterDay(request.start, today),
    age: ageOn(request.birthYear, today),
    minutes,
    hasNeed: minutes > 0,
    able: financiallyAble(request, p, today),
    tariff: abonnementstariefCents(request, p, today),
    base: { hoursPerWeek: minutes / 60, slots: [] },
  };
  // In the ladder's order, lightest first; the sort below is stable.
  const options: Option[] = [];
  addOwnStrengthOption(options, facts);
  addPowerfulAgeingOptions(options, facts, capacity.cohorts, citizen);
  addCleanerOptions(options, facts, capacity.cleaners, citizen);
  addPgbInformalOptions(options, facts, capacity.mediators);
  addZinOptions(options, facts, capacity.zin);
  return options.sort(compareOptions);
}
