import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Heading1, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { z } from "zod";
import { requireProviderUser } from "~/auth/auth.server";
import { DataTable } from "~/components/DataTable";
import { Facts } from "~/components/Facts";
import { ErrorSummary, SubmitButton, TextAreaField, useZodForm } from "~/components/forms";
import { allowedComplaintActions } from "~/domain/complaints";
import { formatDateTime, isMessageKey, type Translate, useLocale, useT } from "~/i18n";
import { bodyId } from "~/schemas/body-id";
import { RESPONSE_MAX, responseSchema } from "~/schemas/complaint";
import { actOnComplaint, complaintInScope } from "~/services/complaints/handle.server";
import { listProviderComplaints, type ProviderComplaint } from "~/services/complaints/provider.server";
import { parseForm } from "~/utils/forms.server";
import { notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("pcomplaints.title");

const PATH = "/aanbieder/klachten";

/** Which complaint: the response itself is parsed by its own schema. */
const envelopeSchema = z.object({ complaintId: bodyId() });

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = requireProviderUser(request);
  // Scoped to the staff member's own provider; listing is audited per municipality.
  return { complaints: listProviderComplaints(staff) };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = requireProviderUser(request);
  const form = await readFormData(request);
  const envelope = envelopeSchema.safeParse({ complaintId: form.get("complaintId") });
  if (!envelope.success) throw notFound();
  const { complaintId } = envelope.data;
  const actor = { role: "provider" as const, id: staff.id, providerId: staff.providerId };
  // A complaint about another provider does not exist here, whatever else was posted.
  if (!complaintInScope(actor, complaintId)) throw notFound();
  const formId = `respond-${complaintId}`;
  const submission = parseForm(form, responseSchema);
  if (submission.status !== "success") return data({ formId, result: submission.reply() }, { status: 400 });
  const result = actOnComplaint(actor, complaintId, {
    action: "respond",
    response: submission.value.response,
  });
  // A complaint about another provider does not exist here.
  if (!result.ok && result.error === "not_found") throw notFound();
  return redirect(`${PATH}?melding=${result.ok ? "saved" : "failed"}#complaint-${complaintId}`);
}

type ActionResult = { formId: string; result: SubmissionResult<string[]> } | undefined;

function kindLabel(t: Translate, kind: string): string {
  const key = `ladder.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

function ResponseForm({ c, actionData }: { c: ProviderComplaint; actionData: ActionResult }) {
  const t = useT();
  const id = `respond-${c.id}`;
  const [form, fields] = useZodForm(
    id,
    responseSchema,
    actionData?.formId === id ? actionData.result : undefined,
    c.providerResponse ? { response: c.providerResponse } : undefined,
  );
  // Several forms on one page: each label says which complaint it is for.
  const label = (
    <>
      {t("pcomplaints.response.label")}
      <span className="visually-hidden"> ({t("complaints.number", { id: c.id })})</span>
    </>
  );
  return (
    <div className="hw-capacity-form">
      <ErrorSummary form={form} fields={{ response: fields.response }} labels={{ response: label }} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="complaintId" value={c.id} />
        <TextAreaField
          field={fields.response}
          label={label}
          maxLength={RESPONSE_MAX}
          description={t("pcomplaints.response.hint")}
        />
        <SubmitButton label="pcomplaints.response.submit" />
      </Form>
    </div>
  );
}

function ComplaintCard({ c, actionData }: { c: ProviderComplaint; actionData: ActionResult }) {
  const t = useT();
  const locale = useLocale();
  const titleId = `complaint-${c.id}-title`;
  const canRespond = allowedComplaintActions(c.status, "provider").includes("respond");
  return (
    <section id={`complaint-${c.id}`} aria-labelledby={titleId} className="hw-capacity-section" tabIndex={-1}>
      <Heading2 id={titleId}>{t("complaints.number", { id: c.id })}</Heading2>
      <Facts
        items={[
          [t("pcomplaints.fact.status"), t(`complaint.${c.status}`)],
          [t("pcomplaints.fact.filed"), formatDateTime(c.createdAt, locale)],
          [t("pcomplaints.fact.municipality"), c.municipalityName],
          [
            t("pcomplaints.fact.request"),
            t("pcomplaints.requestLine", { id: c.requestId, kind: kindLabel(t, c.requestKind) }),
          ],
        ]}
      />
      <Heading3>{t("pcomplaints.text")}</Heading3>
      <Paragraph>{c.text}</Paragraph>
      <Heading3>{t("pcomplaints.response")}</Heading3>
      {c.providerResponse ? (
        <Paragraph>
          {c.providerResponse}
          {c.providerResponseAt
            ? ` (${t("complaints.response.at", { date: formatDateTime(c.providerResponseAt, locale) })})`
            : ""}
        </Paragraph>
      ) : (
        <Paragraph>{t("pcomplaints.response.none")}</Paragraph>
      )}
      {canRespond ? (
        // Keyed on the saved response, so the form shows it after each save.
        <ResponseForm key={c.providerResponseAt ?? 0} c={c} actionData={actionData} />
      ) : (
        <Paragraph>{t("pcomplaints.resolved")}</Paragraph>
      )}
    </section>
  );
}

export default function ProviderComplaints() {
  const t = useT();
  const locale = useLocale();
  const { complaints } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = params.get("melding");
  return (
    <>
      <Heading1>{t("pcomplaints.title")}</Heading1>
      <Paragraph>{t("pcomplaints.intro")}</Paragraph>
      {notice === "saved" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("pcomplaints.saved")}</Paragraph>
        </Alert>
      ) : null}
      {notice === "failed" ||
      // A refusal for a complaint that no longer has a form (resolved meanwhile) is said up here.
      (actionData &&
        !complaints.some(
          (c) =>
            `respond-${c.id}` === actionData.formId &&
            allowedComplaintActions(c.status, "provider").includes("respond"),
        )) ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("pcomplaints.failed")}</Paragraph>
        </Alert>
      ) : null}
      {complaints.length === 0 ? (
        <Paragraph>{t("pcomplaints.none")}</Paragraph>
      ) : (
        <>
          <section aria-labelledby="complaints-overview">
            <Heading2 id="complaints-overview">{t("pcomplaints.overview")}</Heading2>
            <DataTable
              rows={complaints}
              rowKey={(c) => c.id}
              columns={[
                {
                  header: t("complaints.col.number"),
                  cell: (c) => (
                    <a href={`#complaint-${c.id}`} className="utrecht-link">
                      {t("complaints.number", { id: c.id })}
                    </a>
                  ),
                },
                { header: t("pcomplaints.fact.municipality"), cell: (c) => c.municipalityName },
                { header: t("complaints.col.filed"), cell: (c) => formatDateTime(c.createdAt, locale) },
                { header: t("complaints.col.kind"), cell: (c) => kindLabel(t, c.requestKind) },
                { header: t("complaints.col.status"), cell: (c) => t(`complaint.${c.status}`) },
              ]}
            />
          </section>
          {complaints.map((c) => (
            <ComplaintCard key={c.id} c={c} actionData={actionData} />
          ))}
        </>
      )}
    </>
  );
}
