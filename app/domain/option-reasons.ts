// How an option's reasons read to a person: which speak for it, which against, which are a note,
// and, for a recommended option that makes you wait, the option that can start sooner. Pure.
import type { OptionKind } from "~db/enums";
import type { Option } from "./matching";

export type ReasonTone = "for" | "against" | "note";

const AGAINST = new Set([
  "too_young",
  "no_mobility_limit",
  "no_cohort_nearby",
  "no_rate",
  "no_free_slot",
  "outside_travel_distance",
  "no_need",
  "no_mediation_capacity",
  "waiting_list",
  "no_provider",
]);
// Facts about the request, not reasons for or against this option.
const NOTE = new Set(["income_unknown", "no_capacity_published"]);

export function reasonTone(kind: OptionKind, code: string): ReasonTone {
  // Being able to pay speaks for a cleaner; for ZIN it only explains why it is not the first advice.
  if (code === "financially_able") return kind === "zin" ? "note" : "for";
  if (NOTE.has(code)) return "note";
  return AGAINST.has(code) ? "against" : "for";
}

/** Whether the option makes you wait: a waiting list, or no start known at all. */
export function makesYouWait(option: Option): boolean {
  return option.eligible && (option.reasons.includes("waiting_list") || option.earliestStart === null);
}

/**
 * For a recommended option that makes you wait, the eligible option of another kind that can start
 * soonest (and sooner; on a tie the cheaper for the citizen), so the page can say what waiting buys and what not waiting costs; else null.
 */
export function soonerAlternative(option: Option, options: readonly Option[]): Option | null {
  if (!option.recommended || !makesYouWait(option)) return null;
  let best: Option | null = null;
  for (const o of options) {
    // Powerful Ageing is exercise, not help in the house: not a way round a wait for it.
    if (!o.eligible || o.kind === option.kind || o.kind === "powerful_ageing" || o.earliestStart === null) continue;
    if (option.earliestStart !== null && o.earliestStart >= option.earliestStart) continue;
    // On the same day, what costs the citizen less goes first (a cleaner who can come on the day a
    // mediator starts looking is not the lighter way round), so the answer is the same on any weekday.
    if (
      best === null ||
      (best.earliestStart as string) > o.earliestStart ||
      (best.earliestStart === o.earliestStart && o.citizenCostPerMonthCents < best.citizenCostPerMonthCents)
    )
      best = o;
  }
  return best;
}
