// Steering to a lighter option chosen with the citizen.
import { clock } from "~/clock.server";
import { touchCase } from "~/models/cases.server";
import { hasReferralUnderWay } from "~/models/referrals.server";
import { getDb } from "~db/client.server";
import { loadCaseContext } from "./case-context.server";
import { type Consultant, traceCase } from "./consultant.server";
import { type DecideResult, recordDecision, type SteerInput, settleOpenRequests } from "./decision.server";

/**
 * Steers to a lighter option chosen with the citizen: the decision and its reason are kept,
 * and the requests waiting for the consultant show the citizen what was chosen.
 */
export function steer(consultant: Consultant, caseId: number, input: SteerInput, now = clock.now()): DecideResult {
  const context = loadCaseContext(consultant, caseId, now);
  if (!context) return { ok: false, error: "not_found" };
  const option = context.options.find((o) => o.offerId === input.offerId && o.eligible && o.kind !== "zin");
  if (!option) return { ok: false, error: "no_option" };
  return getDb().transaction(
    (): DecideResult => {
      // Checked inside the write transaction: a second consultant's stale page cannot decide twice.
      if (hasReferralUnderWay(consultant, caseId)) return { ok: false, error: "already_indicated" };
      const decisionId = recordDecision(consultant, caseId, option, input, now);
      const label = option.providerName ? `${option.kind}:${option.providerName}` : option.kind;
      settleOpenRequests(consultant, caseId, "steered", label, now);
      touchCase(consultant, caseId, now);
      traceCase(consultant, "case.steered", caseId, { decisionId, kind: option.kind, reason: input.reason });
      return { ok: true, decisionId, referralId: null };
    },
    { behavior: "immediate" },
  );
}
