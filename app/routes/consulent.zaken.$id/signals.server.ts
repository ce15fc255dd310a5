import { formValueId } from "~/schemas/body-id";
import { signalActionSchema } from "~/schemas/case/signal";
import { handleSignal } from "~/services/cases/signals.server";
import { parseForm } from "~/utils/forms.server";
import { signalFormId } from "./forms";
import { backTo, type CaseAction, type CaseActionResult, refused } from "./reply.server";

/** The id posted with the form, so a refusal shows at that signal (0: none of them). */
function postedId(form: FormData): number {
  return formValueId(form.get("signalId")) ?? 0;
}

export function signalAction({ consultant, caseId, form, now }: CaseAction): CaseActionResult {
  const submission = parseForm(form, signalActionSchema);
  if (submission.status !== "success") return refused(signalFormId(postedId(form)), submission.reply());
  const { signalId, ...input } = submission.value;
  const ok = handleSignal(consultant, caseId, signalId, input, now);
  return backTo(caseId, ok ? "saved" : "failed", "signals");
}
