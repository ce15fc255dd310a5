import { amsterdamDay } from "~/domain/policy";
import type { MessageKey } from "~/i18n";
import { decideSchema, zinTerms } from "~/schemas/case/decide";
import type { DecideError } from "~/services/cases/decision.server";
import { indicate } from "~/services/cases/indicate.server";
import { steer } from "~/services/cases/steer.server";
import { parseForm } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { FORM_IDS } from "./forms";
import { backTo, type CaseAction, type CaseActionResult, refused } from "./reply.server";

/** A refusal from the service: the field it is about (none: the whole form) and what to say. */
const REFUSALS: Record<Exclude<DecideError, "not_found">, { field?: string; message: MessageKey }> = {
  no_option: { field: "offerId", message: "decide.error.noOption" },
  no_provider: { field: "offerId", message: "decide.error.noProvider" },
  bad_dates: { field: "startDate", message: "decide.error.startDate" },
  consent_needed: { message: "decide.error.consent" },
  already_indicated: { message: "decide.error.active" },
};

export function decideAction({ consultant, caseId, form, now }: CaseAction): CaseActionResult {
  const submission = parseForm(form, decideSchema(amsterdamDay(now)));
  if (submission.status !== "success") return refused(FORM_IDS.decide, submission.reply());
  const { offerId, reason, note } = submission.value;
  const zin = zinTerms(submission.value);
  const result = zin
    ? indicate(consultant, caseId, { offerId, reason, note, ...zin }, now)
    : steer(consultant, caseId, { offerId, reason, note }, now);
  if (result.ok) return backTo(caseId, zin ? "indicated" : "steered", zin ? "indications" : "decide");
  if (result.error === "not_found") throw notFound();
  const { field, message } = REFUSALS[result.error];
  const reply = field
    ? submission.reply({ fieldErrors: { [field]: [message] } })
    : submission.reply({ formErrors: [message] });
  return refused(FORM_IDS.decide, reply);
}
