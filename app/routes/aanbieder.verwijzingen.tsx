import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Button, Heading1, Heading2, Heading3, Heading4, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { z } from "zod";
import { requireProviderUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { DataTable } from "~/components/DataTable";
import { Facts } from "~/components/Facts";
import { ChoiceGroup, ErrorSummary, SubmitButton, TextAreaField, TextField, useZodForm } from "~/components/forms";
import { amsterdamDay } from "~/domain/policy";
import { allowedActions } from "~/domain/referral";
import { formatDateTime, formatDay, isMessageKey, type Locale, type MessageKey, useLocale, useT } from "~/i18n";
import {
  acceptSchema,
  declineSchema,
  EXPLANATION_MAX,
  endSchema,
  evaluationSchema,
  REASON_MAX,
} from "~/schemas/referral";
import {
  actOnReferral,
  evaluateReferral,
  isOwnReferral,
  listReferrals,
  type ProviderReferral,
  type ReferralResult,
} from "~/services/referrals.server";
import { notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { EVALUATION_OUTCOMES } from "~db/enums";

export const meta = titleMeta("pref.title");

const PATH = "/aanbieder/verwijzingen";
const INTENTS = ["accept", "decline", "start", "end", "evaluate"] as const;
type Intent = (typeof INTENTS)[number];

/** Which referral and which step: the rest of the form is parsed by that step's own schema. */
const envelopeSchema = z.object({
  referralId: z.coerce.number().int().positive(),
  intent: z.enum(INTENTS),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = requireProviderUser(request);
  // Scoped to the staff member's own provider; listing is audited per municipality.
  // Today travels with the page: the browser checks the start date against the server's day.
  return { referrals: listReferrals(staff), today: clock.today() };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = requireProviderUser(request);
  const form = await readFormData(request);
  const envelope = envelopeSchema.safeParse({ referralId: form.get("referralId"), intent: form.get("intent") });
  if (!envelope.success) return redirect(`${PATH}?melding=failed`);
  const { referralId, intent } = envelope.data;
  // Another provider's referral does not exist here, whatever else was posted.
  if (!isOwnReferral(staff, referralId)) throw notFound();
  const formId = `${intent}-${referralId}`;
  const now = clock.now();

  let result: ReferralResult;
  if (intent === "accept") {
    const submission = parseWithZod(form, { schema: acceptSchema(amsterdamDay(now)) });
    if (submission.status !== "success") return data({ formId, result: submission.reply() }, { status: 400 });
    result = actOnReferral(staff, referralId, { action: "accept", startDate: submission.value.startDate }, now);
    // The day turned between the check above and the one in the transaction: same message.
    if (!result.ok && result.error === "bad_date") {
      const reply = submission.reply({ fieldErrors: { startDate: ["validation.pref.startDatePast"] } });
      return data({ formId, result: reply }, { status: 400 });
    }
  } else if (intent === "decline" || intent === "end") {
    const submission = parseWithZod(form, { schema: intent === "decline" ? declineSchema : endSchema });
    if (submission.status !== "success") return data({ formId, result: submission.reply() }, { status: 400 });
    result = actOnReferral(staff, referralId, { action: intent, reason: submission.value.reason }, now);
  } else if (intent === "start") {
    result = actOnReferral(staff, referralId, { action: "start" }, now);
  } else {
    const submission = parseWithZod(form, { schema: evaluationSchema });
    if (submission.status !== "success") return data({ formId, result: submission.reply() }, { status: 400 });
    result = evaluateReferral(staff, referralId, submission.value, now);
  }
  // Another provider's referral does not exist here.
  if (!result.ok && result.error === "not_found") throw notFound();
  return redirect(`${PATH}?melding=${result.ok ? intent : "failed"}`);
}

function hoursPerWeek(minutes: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 2 }).format(minutes / 60);
}

/** A code as text when the catalogue knows it (needs, limitations), else the code itself. */
function label(t: ReturnType<typeof useT>, key: string): string {
  return isMessageKey(key) ? t(key) : key.slice(key.indexOf(".") + 1);
}

/** The person's name for screen readers, so repeated labels and buttons say whom they are about. */
function Whom({ name }: { name: string }) {
  return <span className="visually-hidden"> ({name})</span>;
}

type ActionResult = { formId: string; result: SubmissionResult<string[]> } | undefined;

function lastResultFor(actionData: ActionResult, formId: string) {
  return actionData?.formId === formId ? actionData.result : undefined;
}

/** The forms a referral's card shows: a refusal for any other is said at the top of the page. */
function formIdsOf(r: ProviderReferral): string[] {
  const forms: string[] = allowedActions(r.status, "provider").filter((a) => a !== "start");
  if (r.evaluationDue && !r.evaluation) forms.push("evaluate");
  return forms.map((intent) => `${intent}-${r.id}`);
}

function AcceptForm({ r, actionData }: { r: ProviderReferral; actionData: ActionResult }) {
  const t = useT();
  const id = `accept-${r.id}`;
  const [form, fields] = useZodForm(
    id,
    acceptSchema(useLoaderData<typeof loader>().today),
    lastResultFor(actionData, id),
  );
  const startLabel = (
    <>
      {t("pref.accept.startDate")}
      <Whom name={r.intake.name} />
    </>
  );
  return (
    <div className="hw-capacity-form">
      <Heading4 className="hw-form-title">
        {t("pref.accept.title")}
        <Whom name={r.intake.name} />
      </Heading4>
      <ErrorSummary form={form} fields={{ startDate: fields.startDate }} labels={{ startDate: startLabel }} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="referralId" value={r.id} />
        <input type="hidden" name="intent" value="accept" />
        <TextField field={fields.startDate} label={startLabel} type="date" description={t("pref.accept.hint")} />
        <Button type="submit" appearance="primary-action-button">
          {t("pref.accept.submit")}
          <Whom name={r.intake.name} />
        </Button>
      </Form>
    </div>
  );
}

function ReasonForm({
  r,
  intent,
  actionData,
}: {
  r: ProviderReferral;
  intent: "decline" | "end";
  actionData: ActionResult;
}) {
  const t = useT();
  const id = `${intent}-${r.id}`;
  const [form, fields] = useZodForm(
    id,
    intent === "decline" ? declineSchema : endSchema,
    lastResultFor(actionData, id),
  );
  const reasonLabel = (
    <>
      {t(intent === "decline" ? "pref.decline.reason" : "pref.end.reason")}
      <Whom name={r.intake.name} />
    </>
  );
  return (
    <div className="hw-capacity-form">
      <Heading4 className="hw-form-title">
        {t(intent === "decline" ? "pref.decline.title" : "pref.end.title")}
        <Whom name={r.intake.name} />
      </Heading4>
      <ErrorSummary form={form} fields={{ reason: fields.reason }} labels={{ reason: reasonLabel }} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="referralId" value={r.id} />
        <input type="hidden" name="intent" value={intent} />
        <TextAreaField
          field={fields.reason}
          label={reasonLabel}
          rows={3}
          maxLength={REASON_MAX}
          description={intent === "decline" ? t("pref.decline.hint") : undefined}
        />
        <Button type="submit" appearance="secondary-action-button" hint="danger">
          {t(intent === "decline" ? "pref.decline.submit" : "pref.end.submit")}
          <Whom name={r.intake.name} />
        </Button>
      </Form>
    </div>
  );
}

function StartForm({ r }: { r: ProviderReferral }) {
  const t = useT();
  return (
    <Form method="post" className="hw-capacity-form">
      <input type="hidden" name="referralId" value={r.id} />
      <input type="hidden" name="intent" value="start" />
      <Paragraph>{t("pref.start.text")}</Paragraph>
      <Button type="submit" appearance="primary-action-button">
        {t("pref.start.submit")}
        <Whom name={r.intake.name} />
      </Button>
    </Form>
  );
}

function EvaluationForm({ r, actionData }: { r: ProviderReferral; actionData: ActionResult }) {
  const t = useT();
  const id = `evaluate-${r.id}`;
  const [form, fields] = useZodForm(id, evaluationSchema, lastResultFor(actionData, id));
  const labels = {
    outcome: t("pref.evaluation.outcome"),
    explanation: (
      <>
        {t("pref.evaluation.explanation")}
        <Whom name={r.intake.name} />
      </>
    ),
  };
  return (
    <>
      <ErrorSummary form={form} fields={{ outcome: fields.outcome, explanation: fields.explanation }} labels={labels} />
      <Form method="post" {...getFormProps(form)} className="hw-capacity-form">
        <input type="hidden" name="referralId" value={r.id} />
        <input type="hidden" name="intent" value="evaluate" />
        <ChoiceGroup
          field={fields.outcome}
          legend={
            <>
              {labels.outcome}
              <Whom name={r.intake.name} />
            </>
          }
          options={EVALUATION_OUTCOMES.map((o) => ({ value: o, label: t(`pref.outcome.${o}`) }))}
        />
        <TextAreaField
          field={fields.explanation}
          label={labels.explanation}
          maxLength={EXPLANATION_MAX}
          description={t("pref.evaluation.hint")}
        />
        <SubmitButton label="pref.evaluation.submit" />
      </Form>
    </>
  );
}

function ReferralCard({ r, actionData }: { r: ProviderReferral; actionData: ActionResult }) {
  const t = useT();
  const locale = useLocale();
  const day = (d: string) => formatDay(d, locale);
  const { intake, indication } = r;
  const actions = allowedActions(r.status, "provider");
  const intakeFacts: [string, ReactNode][] = [];
  if (intake.actedBy) intakeFacts.push([t("pref.fact.actedBy"), t("pref.actedBy", { ...intake.actedBy })]);
  intakeFacts.push(
    [t("pref.fact.email"), intake.contact.email],
    ...(intake.contact.phone ? [[t("pref.fact.phone"), intake.contact.phone] as [string, string]] : []),
    [t("pref.fact.postcode"), intake.postcode],
    [t("pref.fact.birthYear"), String(intake.birthYear)],
    [t("pref.fact.needs"), intake.needs.map((n) => label(t, `need.${n}`)).join(", ")],
    [t("pref.fact.hours"), t("pref.hours", { hours: hoursPerWeek(indication.minutesPerWeek, locale) })],
    [
      t("pref.fact.limitations"),
      intake.limitations.length > 0
        ? intake.limitations.map((m) => label(t, `mobility.${m}`)).join(", ")
        : t("pref.noLimitations"),
    ],
  );
  if (intake.preferences) intakeFacts.push([t("pref.fact.preferences"), intake.preferences]);
  // Health detail: present only when the citizen agreed to share it.
  if (intake.situation) intakeFacts.push([t("pref.fact.situation"), intake.situation]);

  const indicationFacts: [string, ReactNode][] = [
    [t("pref.fact.municipality"), r.municipalityName],
    [t("pref.fact.received"), formatDateTime(r.createdAt, locale)],
    [t("pref.fact.period"), t("pref.period", { start: day(indication.startDate), end: day(indication.endDate) })],
    [t("pref.fact.evaluationDate"), day(indication.evaluationDate)],
  ];
  if (r.startDate) indicationFacts.push([t("pref.fact.agreedStart"), day(r.startDate)]);
  if (r.declineReason) indicationFacts.push([t("pref.fact.declineReason"), r.declineReason]);
  if (r.endReason) indicationFacts.push([t("pref.fact.endReason"), r.endReason]);

  const titleId = `referral-${r.id}-title`;
  return (
    <section id={`referral-${r.id}`} aria-labelledby={titleId} className="hw-capacity-section">
      <Heading2 id={titleId}>{intake.name}</Heading2>
      <Paragraph>
        <span className="hw-badge">{t("pref.statusLine", { status: t(`pref.status.${r.status}`) })}</span>{" "}
        {r.evaluationDue ? <span className="hw-badge hw-badge--warning">{t("pref.evaluationDue")}</span> : null}
      </Paragraph>
      <Heading3>
        {t("pref.intake")}
        <Whom name={intake.name} />
      </Heading3>
      {r.redacted ? (
        <Paragraph>{t(r.erased ? "pref.erased" : "pref.redacted")}</Paragraph>
      ) : (
        <Facts items={intakeFacts} />
      )}
      <Heading3>
        {t("pref.indication")}
        <Whom name={intake.name} />
      </Heading3>
      <Facts items={indicationFacts} />

      {actions.length > 0 ? (
        <>
          <Heading3>
            {t("pref.actions")}
            <Whom name={intake.name} />
          </Heading3>
          {actions.includes("accept") ? <AcceptForm r={r} actionData={actionData} /> : null}
          {actions.includes("decline") ? <ReasonForm r={r} intent="decline" actionData={actionData} /> : null}
          {actions.includes("start") ? <StartForm r={r} /> : null}
          {actions.includes("end") ? <ReasonForm r={r} intent="end" actionData={actionData} /> : null}
        </>
      ) : null}

      {r.evaluation || r.evaluationDue ? (
        <>
          <Heading3>
            {t("pref.evaluation")}
            <Whom name={intake.name} />
          </Heading3>
          {r.evaluation ? (
            <>
              <Paragraph>
                {t("pref.evaluation.recorded", {
                  date: formatDateTime(r.evaluation.at, locale),
                  outcome: t(`pref.outcome.${r.evaluation.outcome}`),
                })}
              </Paragraph>
              <Paragraph>{r.evaluation.explanation}</Paragraph>
            </>
          ) : (
            <>
              <Paragraph>{t("pref.evaluation.intro", { date: day(indication.evaluationDate) })}</Paragraph>
              <EvaluationForm r={r} actionData={actionData} />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

const SAVED: Record<Intent, MessageKey> = {
  accept: "pref.saved.accept",
  decline: "pref.saved.decline",
  start: "pref.saved.start",
  end: "pref.saved.end",
  evaluate: "pref.saved.evaluate",
};

export default function ProviderReferrals() {
  const t = useT();
  const locale = useLocale();
  const { referrals } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = params.get("melding");
  const saved = INTENTS.find((i) => i === notice);
  return (
    <>
      <Heading1>{t("pref.title")}</Heading1>
      <Paragraph>{t("pref.intro")}</Paragraph>
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{t(SAVED[saved])}</Paragraph>
        </Alert>
      ) : null}
      {notice === "failed" || (actionData && !referrals.some((r) => formIdsOf(r).includes(actionData.formId))) ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("pref.failed")}</Paragraph>
        </Alert>
      ) : null}
      {referrals.length === 0 ? (
        <Paragraph>{t("pref.none")}</Paragraph>
      ) : (
        <>
          <section aria-labelledby="referrals-overview">
            <Heading2 id="referrals-overview">{t("pref.overview")}</Heading2>
            <DataTable
              rows={referrals}
              rowKey={(r) => r.id}
              columns={[
                {
                  header: t("pref.col.client"),
                  cell: (r) => (
                    <a href={`#referral-${r.id}`} className="utrecht-link">
                      {r.intake.name}
                    </a>
                  ),
                },
                { header: t("pref.col.municipality"), cell: (r) => r.municipalityName },
                { header: t("pref.col.received"), cell: (r) => formatDateTime(r.createdAt, locale) },
                {
                  header: t("pref.col.status"),
                  cell: (r) => (
                    <>
                      {t(`pref.status.${r.status}`)}
                      {r.evaluationDue ? ` · ${t("pref.evaluationDue")}` : ""}
                    </>
                  ),
                },
              ]}
            />
          </section>
          {referrals.map((r) => (
            <ReferralCard key={r.id} r={r} actionData={actionData} />
          ))}
        </>
      )}
    </>
  );
}
