// What a case form's handler gets and gives back: a redirect with a notice (post/redirect/get),
// or a 400 with the form's reply so the page shows the errors at that form.
import type { SubmissionResult } from "@conform-to/react";
import { data, redirect } from "@remix-run/node";
import type { Consultant } from "~/services/cases/consultant.server";
import type { CaseFormReply } from "./forms";

export type CaseAction = { consultant: Consultant; caseId: number; form: FormData; now: Date };

export type Notice = "saved" | "steered" | "indicated" | "failed";

/** Back to the case's section, with the notice in that section (`bij`), where the page lands. */
export function backTo(caseId: number, notice: Notice, anchor: string) {
  return redirect(`/consulent/zaken/${caseId}?melding=${notice}&bij=${encodeURIComponent(anchor)}#${anchor}`);
}

export function refused(formId: string, result: SubmissionResult<string[]>) {
  return data<CaseFormReply>({ formId, result }, { status: 400 });
}

export type CaseActionResult = ReturnType<typeof backTo> | ReturnType<typeof refused>;
