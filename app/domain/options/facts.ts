// What every option builder reads of one help request, worked out once by matchOptions.
import type { OptionKind } from "~db/enums";
import type { HelpRequest, Option, PolicyValues } from "../matching";

/** The fields every option shares; `slots` is one empty list for all but cleaners. */
export type OptionBase = { hoursPerWeek: number; slots: Option["slots"] };

export type MatchFacts = {
  request: HelpRequest;
  policy: PolicyValues;
  /** The preferred start, or today when that is earlier. */
  start: string;
  age: number;
  minutes: number;
  hasNeed: boolean;
  /** Income at or above the draagkracht threshold. */
  able: boolean;
  /** The citizen's abonnementstarief per month (€0 by the statutory exceptions). */
  tariff: number;
  base: OptionBase;
};

/** A kind with no provider at all is shown, not left out: with its reason. */
export function noProvider(kind: OptionKind, base: OptionBase): Option {
  return {
    hoursPerWeek: base.hoursPerWeek,
    hourlyRateCents: null,
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
