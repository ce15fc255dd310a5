import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireProviderUser } from "~/auth/auth.server";
import { DataTable } from "~/components/DataTable";
import { ChoiceGroup, ErrorSummary, SelectField, SubmitButton, TextAreaField, useZodForm } from "~/components/forms";
import { formatDateTime, isMessageKey, useLocale, useT } from "~/i18n";
import { SIGNAL_TEXT_MAX, signalSchema } from "~/schemas/referral";
import {
  type Client,
  listClients,
  listSignals,
  type ProviderSignal,
  raiseSignal,
} from "~/services/referrals/provider-signals.server";
import { requireProviderSection } from "~/services/workspace.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { SIGNAL_TYPES, SIGNAL_URGENCIES } from "~db/enums";

export const meta = titleMeta("psig.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = requireProviderUser(request);
  requireProviderSection(staff, "signals");
  return { clients: listClients(staff), signals: listSignals(staff) };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = requireProviderUser(request);
  requireProviderSection(staff, "signals");
  const submission = parseForm(await readFormData(request), signalSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  // Only a client this provider serves now: anything else is refused, and nothing is stored.
  const result = raiseSignal(staff, submission.value);
  if (!result.ok) {
    return data({ result: submission.reply({ fieldErrors: { client: ["validation.psig.client"] } }) }, { status: 400 });
  }
  return redirect("/aanbieder/signalen?melding=raised");
}

function SignalStatus({ s }: { s: ProviderSignal }) {
  const t = useT();
  const locale = useLocale();
  if (s.status === "closed" && s.closedAt !== null)
    return <>{t("psig.status.closed", { date: formatDateTime(s.closedAt, locale) })}</>;
  if (s.status !== "open" && s.acknowledgedAt !== null)
    return <>{t("psig.status.acknowledged", { date: formatDateTime(s.acknowledgedAt, locale) })}</>;
  return <>{t("psig.status.open")}</>;
}

function SignalForm({
  clients,
  lastResult,
}: {
  clients: Client[];
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const t = useT();
  const [form, fields] = useZodForm("signal", signalSchema, lastResult, { urgency: "normal" });
  const labels = {
    client: t("psig.client"),
    type: t("psig.type"),
    urgency: t("psig.urgency"),
    text: t("psig.text"),
  };
  const what = (kind: string) => {
    const key = `psig.what.${kind}`;
    return isMessageKey(key) ? t(key) : kind;
  };
  return (
    <>
      <ErrorSummary
        form={form}
        fields={{ client: fields.client, type: fields.type, urgency: fields.urgency, text: fields.text }}
        labels={labels}
      />
      <Form method="post" {...getFormProps(form)}>
        <SelectField
          field={fields.client}
          label={labels.client}
          options={[
            { value: "", label: t("psig.client.choose") },
            ...clients.map((c) => ({
              value: c.value,
              label: t("psig.clientOption", { name: c.name, postcode: c.postcode, what: what(c.what) }),
            })),
          ]}
        />
        <SelectField
          field={fields.type}
          label={labels.type}
          options={[
            { value: "", label: t("psig.type.choose") },
            ...SIGNAL_TYPES.map((type) => ({ value: type, label: t(`psig.type.${type}`) })),
          ]}
        />
        <ChoiceGroup
          field={fields.urgency}
          legend={labels.urgency}
          options={SIGNAL_URGENCIES.map((u) => ({ value: u, label: t(`psig.urgency.${u}`) }))}
        />
        <TextAreaField
          field={fields.text}
          label={labels.text}
          description={t("psig.text.hint")}
          maxLength={SIGNAL_TEXT_MAX}
          rows={5}
        />
        <SubmitButton label="psig.submit" />
      </Form>
    </>
  );
}

export default function ProviderSignals() {
  const t = useT();
  const locale = useLocale();
  const { clients, signals } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <>
      <Heading1>{t("psig.title")}</Heading1>
      <Paragraph>{t("psig.intro")}</Paragraph>
      {params.get("melding") === "raised" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("psig.raised")}</Paragraph>
        </Alert>
      ) : null}

      <section aria-labelledby="signal-form-title" className="hw-narrow">
        <Heading2 id="signal-form-title">{t("psig.form.title")}</Heading2>
        {clients.length === 0 ? (
          // Refused because there is nobody to raise a signal about: said as the answer to the post.
          actionData ? (
            <Alert type="error" role="alert">
              <Paragraph>{t("psig.noClients")}</Paragraph>
            </Alert>
          ) : (
            <Paragraph>{t("psig.noClients")}</Paragraph>
          )
        ) : (
          // Keyed on the newest signal, so the form starts empty after each one is raised.
          <SignalForm key={signals[0]?.id ?? 0} clients={clients} lastResult={actionData?.result} />
        )}
      </section>

      <section aria-labelledby="signal-list-title">
        <Heading2 id="signal-list-title">{t("psig.list.title")}</Heading2>
        {signals.length === 0 ? (
          <Paragraph>{t("psig.list.none")}</Paragraph>
        ) : (
          <>
            <Paragraph>{t("psig.list.order")}</Paragraph>
            <DataTable
              rows={signals}
              rowKey={(s) => s.id}
              columns={[
                { header: t("psig.col.when"), cell: (s) => formatDateTime(s.createdAt, locale) },
                { header: t("psig.col.client"), cell: (s) => s.personName },
                { header: t("psig.col.type"), cell: (s) => t(`psig.type.${s.type}`) },
                { header: t("psig.col.urgency"), cell: (s) => t(`psig.urgencyShort.${s.urgency}`) },
                { header: t("psig.col.text"), cell: (s) => s.text },
                { header: t("psig.col.status"), cell: (s) => <SignalStatus s={s} /> },
              ]}
            />
          </>
        )}
      </section>
    </>
  );
}
