// Steering (ADR 009): what the requests decided in the period ended in on the ladder, the
// consultants' reasons, and the estimated monthly saving against sending everyone to ZIN.
import { z } from "zod";
import { zinMonthlyCost } from "~/domain/costs";
import { abonnementstariefCents, estimateMinutesPerWeek, NEEDS } from "~/domain/matching";
import { type Period, periodBounds, sharePercent } from "~/domain/metrics";
import { amsterdamDay } from "~/domain/policy";
import type { Area } from "~/models/dashboard/area.server";
import { steeringReasons } from "~/models/dashboard/requests.server";
import type { Policy } from "~/models/policies.server";
import { HOUSEHOLDS, OPTION_KINDS } from "~db/enums";
import { getPolicyInForce } from "../municipalities.server";
import type { RequestFact } from "./facts.server";

export function steeringFigures(area: Area, facts: readonly RequestFact[], period: Period, now: Date) {
  const { from, before } = periodBounds(period);
  const decided = facts.filter(
    (f) =>
      f.decidedAt !== null && f.decidedAt >= from.getTime() && f.decidedAt < before.getTime() && f.outcome !== null,
  );
  // The kinds a request can end in, on the ladder.
  const outcomes = OPTION_KINDS.map((kind) => {
    const count = decided.filter((f) => f.outcome === kind).length;
    return { kind, count, share: sharePercent(count, decided.length) };
  });
  const policyOn = policiesByDay();
  const savedCents = decided
    .filter((f) => f.outcome !== "zin")
    .reduce((sum, f) => sum + Math.max(0, zinEquivalentCents(f, now, policyOn) - f.municipalityCostCents), 0);
  return {
    outcomes,
    decidedCount: decided.length,
    reasons: steeringReasons(area, { from, before }),
    savedCents,
  };
}

/** The answers the ZIN comparison reads; erased requests keep only needs and household. */
const comparedAnswers = z.object({
  needs: z.array(z.enum(NEEDS)).catch([]),
  birthYear: z.number().catch(1940),
  household: z.enum(HOUSEHOLDS).catch("single"),
  partnerUnderAow: z.boolean().catch(false),
});

/** What the municipality would have paid per month had this request gone to ZIN. */
function zinEquivalentCents(f: RequestFact, now: Date, policyOn: PolicyOn): number {
  const policy = policyOn(f.municipalityCode, new Date(f.decidedAt ?? now.getTime()));
  if (!policy) return 0;
  const answers = comparedAnswers.parse(f.answers);
  const minutes = estimateMinutesPerWeek(answers.needs, policy);
  const citizen = abonnementstariefCents(
    {
      postcode: "",
      birthYear: answers.birthYear,
      household: answers.household,
      partnerUnderAow: answers.partnerUnderAow,
      incomeCents: null,
      needs: answers.needs,
      mobility: [],
      network: "none",
      start: amsterdamDay(now),
    },
    policy,
    amsterdamDay(now),
  );
  return zinMonthlyCost(minutes, policy, citizen).municipalityCents;
}

type PolicyOn = (municipalityCode: string, at: Date) => Policy | null;

/** The policy in force per municipality and Amsterdam day, read once per day in one dashboard. */
function policiesByDay(): PolicyOn {
  const seen = new Map<string, Policy | null>();
  return (municipalityCode, at) => {
    const key = `${municipalityCode}|${amsterdamDay(at)}`;
    let policy = seen.get(key);
    if (policy === undefined) {
      policy = getPolicyInForce(municipalityCode, at);
      seen.set(key, policy);
    }
    return policy;
  };
}
