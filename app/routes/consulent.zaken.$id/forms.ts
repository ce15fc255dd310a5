// The case page's form ids and the answer a refused form gets back, keyed by form id: the
// handlers reply with it and each section picks out its own.
import type { SubmissionResult } from "@conform-to/react";
import { useActionData } from "@remix-run/react";

export const FORM_IDS = {
  talk: "talk-form",
  draagkracht: "draagkracht-form",
  consent: "consent-form",
  decide: "decide-form",
} as const;

/** Forms that repeat per item carry its id: their errors show at that item. */
export const reviewFormId = (evaluationId: number) => `review-${evaluationId}`;
export const signalFormId = (signalId: number) => `signal-${signalId}`;
export const referAgainFormId = (referralId: number) => `again-${referralId}`;

export type CaseFormReply = { formId: string; result: SubmissionResult<string[]> };

/** The last refusal of this form, if the last post was this form's. */
export function useFormResult(formId: string): SubmissionResult<string[]> | undefined {
  const reply = useActionData<CaseFormReply>();
  return reply?.formId === formId ? reply.result : undefined;
}
