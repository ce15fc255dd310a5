import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { Facts } from "~/components/Facts";
import { ErrorSummary, SubmitButton, TextAreaField, useZodForm } from "~/components/forms";
import { allowedComplaintActions } from "~/domain/complaints";
import { pathId } from "~/domain/path-id";
import { formatDateTime, isMessageKey, type MessageKey, type Translate, useLocale, useT } from "~/i18n";
import { RESOLUTION_MAX, RESPONSE_MAX, resolveSchema, responseSchema } from "~/schemas/complaint";
import { actOnComplaint, type ComplaintResult, complaintInScope } from "~/services/complaints/handle.server";
import { getComplaint } from "~/services/complaints/read.server";
import { parseForm } from "~/utils/forms.server";
import { notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("complaints.title");

const INTENTS = ["start", "respond", "resolve"] as const;
type Intent = (typeof INTENTS)[number];

function complaintIdOf(params: { id?: string }) {
  const id = pathId(params.id);
  if (id === null) throw notFound();
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  // Only complaints of the admin's own municipality exist here.
  const complaint = getComplaint(admin, complaintIdOf(params));
  if (!complaint) throw notFound();
  return { complaint, actions: allowedComplaintActions(complaint.status, "admin") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  const id = complaintIdOf(params);
  const form = await readFormData(request);
  const actor = { role: "admin" as const, id: admin.id, municipalityCode: admin.municipalityCode };
  // Another municipality's complaint does not exist here, whatever was posted.
  if (!complaintInScope(actor, id)) throw notFound();
  const intent = INTENTS.find((i) => i === form.get("intent"));
  if (!intent) throw notFound();
  let result: ComplaintResult;
  if (intent === "start") {
    result = actOnComplaint(actor, id, { action: "start" });
  } else if (intent === "respond") {
    const submission = parseForm(form, responseSchema);
    if (submission.status !== "success") return data({ form: intent, result: submission.reply() }, { status: 400 });
    result = actOnComplaint(actor, id, { action: "respond", response: submission.value.response });
  } else {
    const submission = parseForm(form, resolveSchema);
    if (submission.status !== "success") return data({ form: intent, result: submission.reply() }, { status: 400 });
    result = actOnComplaint(actor, id, { action: "resolve", resolution: submission.value.resolution });
  }
  // Another municipality's complaint does not exist here.
  if (!result.ok && result.error === "not_found") throw notFound();
  return redirect(`/beheer/klachten/${id}?melding=${result.ok ? intent : "failed"}`);
}

type ActionResult = { form: Intent; result: SubmissionResult<string[]> } | undefined;

const SAVED: Record<Intent, MessageKey> = {
  start: "complaints.saved.start",
  respond: "complaints.saved.respond",
  resolve: "complaints.saved.resolve",
};

function kindLabel(t: Translate, kind: string): string {
  const key = `ladder.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

function RespondForm({ current, actionData }: { current: string | null; actionData: ActionResult }) {
  const t = useT();
  const [form, fields] = useZodForm(
    "respond",
    responseSchema,
    actionData?.form === "respond" ? actionData.result : undefined,
    current ? { response: current } : undefined,
  );
  const labels = { response: t("complaints.response") };
  return (
    <div className="hw-capacity-form">
      <Heading3 className="hw-form-title">{t("complaints.respond.title")}</Heading3>
      <ErrorSummary form={form} fields={{ response: fields.response }} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="respond" />
        <TextAreaField
          field={fields.response}
          label={labels.response}
          maxLength={RESPONSE_MAX}
          description={t("complaints.respond.hint")}
        />
        <SubmitButton label="complaints.respond.submit" />
      </Form>
    </div>
  );
}

function ResolveForm({ actionData }: { actionData: ActionResult }) {
  const t = useT();
  const [form, fields] = useZodForm(
    "resolve",
    resolveSchema,
    actionData?.form === "resolve" ? actionData.result : undefined,
  );
  const labels = { resolution: t("complaints.resolve.label") };
  return (
    <div className="hw-capacity-form">
      <Heading3 className="hw-form-title">{t("complaints.resolve.title")}</Heading3>
      <ErrorSummary form={form} fields={{ resolution: fields.resolution }} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="resolve" />
        <TextAreaField
          field={fields.resolution}
          label={labels.resolution}
          maxLength={RESOLUTION_MAX}
          description={t("complaints.resolve.hint")}
        />
        <SubmitButton label="complaints.resolve.submit" />
      </Form>
    </div>
  );
}

export default function ComplaintPage() {
  const t = useT();
  const locale = useLocale();
  const { complaint, actions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = params.get("melding");
  const saved = INTENTS.find((i) => i === notice);
  const { request } = complaint;
  return (
    <>
      <Paragraph>
        <Link to="/beheer/klachten" className="utrecht-link hw-back">
          {t("complaints.back")}
        </Link>
      </Paragraph>
      <Heading1>{t("complaints.number", { id: complaint.id })}</Heading1>
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{t(SAVED[saved])}</Paragraph>
        </Alert>
      ) : null}
      {notice === "failed" || (actionData && !actions.includes(actionData.form)) ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("complaints.failed")}</Paragraph>
        </Alert>
      ) : null}
      <Facts
        items={[
          [t("complaints.fact.status"), t(`complaint.${complaint.status}`)],
          [t("complaints.fact.filed"), formatDateTime(complaint.createdAt, locale)],
          [t("complaints.fact.citizen"), complaint.citizen.name],
          [t("complaints.fact.email"), complaint.citizen.email],
        ]}
      />

      <section aria-labelledby="complaint-text-title">
        <Heading2 id="complaint-text-title">{t("complaints.text")}</Heading2>
        <Paragraph>{complaint.text}</Paragraph>
      </section>

      <section aria-labelledby="complaint-request-title">
        <Heading2 id="complaint-request-title">{t("complaints.request")}</Heading2>
        <Facts
          items={[
            [t("complaints.request.number"), String(request.id)],
            [t("complaints.request.kind"), kindLabel(t, request.kind)],
            [t("complaints.request.provider"), request.providerName ?? t("complaints.noProvider")],
            [t("complaints.request.status"), t(`status.${request.status}`)],
            [t("complaints.request.created"), formatDateTime(request.createdAt, locale)],
          ]}
        />
      </section>

      <section aria-labelledby="complaint-response-title">
        <Heading2 id="complaint-response-title">{t("complaints.response")}</Heading2>
        {complaint.providerResponse ? (
          <>
            <Paragraph>{complaint.providerResponse}</Paragraph>
            {complaint.providerResponseAt ? (
              <Paragraph>
                {t("complaints.response.at", { date: formatDateTime(complaint.providerResponseAt, locale) })}
              </Paragraph>
            ) : null}
          </>
        ) : (
          <Paragraph>{t("complaints.response.none")}</Paragraph>
        )}
      </section>

      {complaint.status === "resolved" ? (
        <section aria-labelledby="complaint-resolution-title">
          <Heading2 id="complaint-resolution-title">{t("complaints.resolution")}</Heading2>
          <Paragraph>{complaint.resolution}</Paragraph>
          {complaint.resolvedAt ? (
            <Paragraph>
              {t("complaints.resolution.at", { date: formatDateTime(complaint.resolvedAt, locale) })}
            </Paragraph>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="complaint-actions-title">
        <Heading2 id="complaint-actions-title">{t("complaints.actions")}</Heading2>
        {actions.length === 0 ? <Paragraph>{t("complaints.actions.none")}</Paragraph> : null}
        {actions.includes("start") ? (
          <div className="hw-capacity-form">
            <Heading3 className="hw-form-title">{t("complaints.start.title")}</Heading3>
            <Form method="post">
              <input type="hidden" name="intent" value="start" />
              <Paragraph>{t("complaints.start.text")}</Paragraph>
              <Button type="submit" appearance="primary-action-button">
                {t("complaints.start.submit")}
              </Button>
            </Form>
          </div>
        ) : null}
        {actions.includes("respond") ? (
          // Keyed on the history, so the form shows the latest response after each save.
          <RespondForm key={complaint.events.length} current={complaint.providerResponse} actionData={actionData} />
        ) : null}
        {actions.includes("resolve") ? (
          <ResolveForm actionData={actionData} />
        ) : complaint.status === "received" ? (
          <Paragraph>{t("complaints.resolve.needsStart")}</Paragraph>
        ) : null}
      </section>

      <section aria-labelledby="complaint-history-title">
        <Heading2 id="complaint-history-title">{t("complaints.history")}</Heading2>
        <OrderedList>
          {complaint.events.map((e) => (
            <OrderedListItem key={e.id}>
              {formatDateTime(e.at, locale)}: {t(`complaints.event.${e.kind}`)}
              {e.byName && e.byRole
                ? ` ${t("complaints.event.by", { name: e.byName, role: t(`role.${e.byRole}`) })}`
                : ""}
              {e.note ? ` — ${e.note}` : ""}
            </OrderedListItem>
          ))}
        </OrderedList>
      </section>
    </>
  );
}
