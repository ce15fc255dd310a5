import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireProviderUser } from "~/auth/auth.server";
import { DataTable } from "~/components/DataTable";
import { TextField, useZodForm } from "~/components/forms";
import { formatDateTime, formatDay, type MessageKey, useLocale, useT } from "~/i18n";
import { declineSchema, enrolSchema, matchSchema } from "~/schemas/provider-decision";
import { getProviderWithArea } from "~/services/providers.server";
import {
  type Decision,
  decideRequest,
  listProviderRequests,
  type ProviderRequest,
} from "~/services/requests/provider-decisions.server";
import { parseForm } from "~/utils/forms.server";
import { forbidden, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("preq.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = requireProviderUser(request);
  const provider = getProviderWithArea(staff.providerId);
  if (!provider) throw forbidden();
  // ZIN requests go to the municipality first; a provider sees them once referred (not listed here).
  return { kind: provider.kind, requests: listProviderRequests(staff) };
}

/** The decision in the form, or null when the form does not hold one. */
function decisionOf(form: FormData): { requestId: number; decision: Decision } | null {
  const action = form.get("action");
  if (action === "enrol") {
    const s = parseForm(form, enrolSchema);
    return s.status === "success" ? { requestId: s.value.requestId, decision: { action } } : null;
  }
  if (action === "match") {
    const s = parseForm(form, matchSchema);
    if (s.status !== "success") return null;
    const { requestId, ...match } = s.value;
    return { requestId, decision: { action, ...match } };
  }
  if (action === "decline") {
    const s = parseForm(form, declineSchema);
    return s.status === "success"
      ? { requestId: s.value.requestId, decision: { action, reason: s.value.reason } }
      : null;
  }
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = requireProviderUser(request);
  const parsed = decisionOf(await readFormData(request));
  const ok = parsed !== null && decideRequest(staff, parsed.requestId, parsed.decision);
  return redirect(`/aanbieder/aanvragen?melding=${ok ? "saved" : "failed"}`);
}

/** Words that tell the forms of one row from another's for screen readers. */
function Who({ r }: { r: ProviderRequest }) {
  return <span className="visually-hidden"> ({r.actingForName ?? r.citizenName})</span>;
}

function EnrolForm({ r }: { r: ProviderRequest }) {
  const t = useT();
  const [form] = useZodForm(`enrol-${r.id}`, enrolSchema, undefined);
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="requestId" value={r.id} />
      <input type="hidden" name="action" value="enrol" />
      <Button type="submit" appearance="primary-action-button">
        {t("preq.enrol")}
        <span className="visually-hidden"> {r.citizenName}</span>
      </Button>
    </Form>
  );
}

function MatchForm({ r }: { r: ProviderRequest }) {
  const t = useT();
  const [form, fields] = useZodForm(`match-${r.id}`, matchSchema, undefined);
  return (
    <Form method="post" className="hw-inline-form" {...getFormProps(form)}>
      <input type="hidden" name="requestId" value={r.id} />
      <input type="hidden" name="action" value="match" />
      <TextField
        field={fields.helperFirstName}
        label={
          <>
            {t("preq.helperFirstName")}
            <Who r={r} />
          </>
        }
        autoComplete="off"
      />
      <TextField
        field={fields.helperStartDate}
        type="date"
        label={
          <>
            {t("preq.helperStartDate")}
            <Who r={r} />
          </>
        }
      />
      <Button type="submit" appearance="primary-action-button">
        {t("preq.match")}
        <span className="visually-hidden"> {r.citizenName}</span>
      </Button>
    </Form>
  );
}

function DeclineForm({ r }: { r: ProviderRequest }) {
  const t = useT();
  const [form, fields] = useZodForm(`decline-${r.id}`, declineSchema, undefined);
  return (
    <Form method="post" className="hw-inline-form" {...getFormProps(form)}>
      <input type="hidden" name="requestId" value={r.id} />
      <input type="hidden" name="action" value="decline" />
      <TextField
        field={fields.reason}
        label={
          <>
            {t("preq.declineReason")}
            <Who r={r} />
          </>
        }
        autoComplete="off"
      />
      <Button type="submit" appearance="secondary-action-button" hint="danger">
        {t("preq.decline")}
        <span className="visually-hidden"> {r.citizenName}</span>
      </Button>
    </Form>
  );
}

/** The decisions still open on a request (the domain says which). */
function Decide({ r }: { r: ProviderRequest }) {
  if (r.decisions.length === 0) return null;
  return (
    <div className="hw-decide">
      {r.decisions.includes("enrol") ? <EnrolForm r={r} /> : null}
      {r.decisions.includes("match") ? <MatchForm r={r} /> : null}
      {r.decisions.includes("decline") ? <DeclineForm r={r} /> : null}
    </div>
  );
}

export default function ProviderRequests() {
  const t = useT();
  const locale = useLocale();
  const { requests } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const notice = params.get("melding");
  return (
    <>
      <Heading1>{t("preq.title")}</Heading1>
      <Paragraph>{t("preq.intro")}</Paragraph>
      {notice === "saved" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("preq.saved")}</Paragraph>
        </Alert>
      ) : null}
      {notice === "failed" ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("preq.failed")}</Paragraph>
        </Alert>
      ) : null}
      {requests.length === 0 ? (
        <Paragraph>{t("preq.none")}</Paragraph>
      ) : (
        <DataTable
          rows={requests}
          rowKey={(r) => r.id}
          columns={[
            { header: t("preq.col.when"), cell: (r) => formatDateTime(r.createdAt, locale) },
            {
              header: t("preq.col.who"),
              cell: (r) => (
                <>
                  {/* When a family member acted, the client is the person they named. */}
                  {r.actingForName ?? r.citizenName}
                  {r.actingForName
                    ? ` (${t("preq.actedBy", { name: r.citizenName, relation: r.actingRelation ?? "" })})`
                    : ""}
                  , {r.citizenEmail}
                </>
              ),
            },
            {
              header: t("preq.col.what"),
              cell: (r) =>
                [
                  r.postcode,
                  ...r.needs.map((n) => t(`need.${n}` as MessageKey)),
                  ...r.mobility.map((m) => t(`mobility.${m}` as MessageKey)),
                ].join(", "),
            },
            {
              header: t("preq.col.status"),
              cell: (r) =>
                r.status === "matched" && r.helperFirstName && r.helperStartDate
                  ? t("preq.matched", { name: r.helperFirstName, date: formatDay(r.helperStartDate, locale) })
                  : t(`status.${r.status}`),
            },
            { header: t("preq.col.action"), cell: (r) => <Decide r={r} /> },
          ]}
        />
      )}
    </>
  );
}
