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

/** After the service: a notice for the step, or the general failure; another provider's is a 404. */
export function done(intent: string, result: { ok: true } | { ok: false; error: string }) {
  if (!result.ok && result.error === "not_found") throw notFound();
  return redirect(`${PATH}?melding=${result.ok ? intent : "failed"}`);
}

export type StepHandler = (step: Step) => ReturnType<typeof refuse> | ReturnType<typeof done>;
