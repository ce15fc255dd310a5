// What every step's handler gets and answers: a refusal with the form's reply (400), keyed by
// form id, or a redirect back with a notice (post/redirect/get).
import type { SubmissionResult } from "@conform-to/react";
import { data, redirect } from "@remix-run/node";
import type { Staff } from "~/services/referrals/staff";
import { notFound } from "~/utils/http.server";

export const PATH = "/aanbieder/verwijzingen";

export type Step = { staff: Staff; referralId: number; form: FormData; now: Date };

export function refuse(formId: string, result: SubmissionResult<string[]>) {
  return data({ formId, result }, { status: 400 });
}

/** The steps after which a referral is over: it is then on the tab of ended referrals, at the top. */
const ENDING_STEPS = new Set(["decline", "end"]);

/**
 * After the service: back at the referral itself (its tab, its anchor), with the step's notice in
 * its card, or the general failure; another provider's is a 404.
 */
export function done(intent: string, referralId: number, result: { ok: true } | { ok: false; error: string }) {
  if (!result.ok && result.error === "not_found") throw notFound();
  const tab = result.ok && ENDING_STEPS.has(intent) ? "&weergave=afgerond" : "";
  return redirect(
    `${PATH}?melding=${result.ok ? intent : "failed"}&verwijzing=${referralId}${tab}#referral-${referralId}`,
  );
}

export type StepHandler = (step: Step) => ReturnType<typeof refuse> | ReturnType<typeof done>;
