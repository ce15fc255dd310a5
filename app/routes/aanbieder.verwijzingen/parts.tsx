// Small pieces the referral card's forms share.
import type { SubmissionResult } from "@conform-to/react";

/** The action's answer to a refused post: which form, and conform's reply for it. */
export type ActionResult = { formId: string; result: SubmissionResult<string[]> } | undefined;

export function lastResultFor(actionData: ActionResult, formId: string) {
  return actionData?.formId === formId ? actionData.result : undefined;
}

/** The person's name for screen readers, so repeated labels and buttons say whom they are about. */
export function Whom({ name }: { name: string }) {
  return <span className="visually-hidden"> ({name})</span>;
}
