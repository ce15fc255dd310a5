// When a provider's capacity goes stale: the stale period of the policies that apply to it.
import { clock } from "~/clock.server";
import { amsterdamDay } from "~/domain/policy";
import { strictestStalePeriod } from "~/models/policies.server";

/** Without a policy (a provider serving no municipality that takes part) capacity is stale after 14 days. */
const DEFAULT_STALE_AFTER_DAYS = 14;

/**
 * The stale period that applies to a provider: the strictest among the policies in force
 * of the municipalities it serves (14 days when none has a policy).
 */
export function staleAfterDaysFor(providerId: number, now = clock.now()): number {
  return strictestStalePeriod({ providerId }, amsterdamDay(now)) ?? DEFAULT_STALE_AFTER_DAYS;
}
