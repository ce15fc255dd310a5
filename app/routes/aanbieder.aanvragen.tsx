import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { z } from "zod";
import { requireProviderUser } from "~/auth/auth.server";
import { DataTable } from "~/components/DataTable";
import { isValidDay } from "~/domain/time";
import { formatDateTime, formatDay, type MessageKey, useLocale, useT } from "~/i18n";
import {
  type Decision,
  decideRequest,
  listProviderRequests,
  type ProviderRequest,
} from "~/services/provider-requests.server";
import { getProviderWithArea } from "~/services/providers.server";
import { forbidden, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("preq.title");

const decisionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("enrol"), requestId: z.coerce.number().int().positive() }),
  z.object({
    action: z.literal("match"),
    requestId: z.coerce.number().int().positive(),
    helperFirstName: z.string().trim().min(1).max(60),
    helperStartDate: z.string().refine(isValidDay),
  }),
  z.object({
    action: z.literal("decline"),
    requestId: z.coerce.number().int().positive(),
    reason: z.string().trim().min(1).max(300),
  }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = requireProviderUser(request);
  const provider = getProviderWithArea(staff.providerId);
  if (!provider) throw forbidden();
  // ZIN requests go to the municipality first; a provider sees them once referred (not listed here).
  return { kind: provider.kind, requests: listProviderRequests(staff) };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = requireProviderUser(request);
  const parsed = decisionSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) return redirect("/aanbieder/aanvragen?melding=failed");
  const { requestId, ...rest } = parsed.data;
  const ok = decideRequest(staff, requestId, rest as Decision);
  return redirect(`/aanbieder/aanvragen?melding=${ok ? "saved" : "failed"}`);
}

function Decide({ r }: { r: ProviderRequest }) {
  const t = useT();
  const open = r.status === "intake_requested" || r.status === "mediation_requested";
  if (!open) return null;
  return (
    <div className="hw-decide">
      {r.status === "intake_requested" ? (
        <Form method="post">
          <input type="hidden" name="requestId" value={r.id} />
          <input type="hidden" name="action" value="enrol" />
          <Button type="submit" appearance="primary-action-button">
            {t("preq.enrol")}
            <span className="visually-hidden"> {r.citizenName}</span>
          </Button>
        </Form>
      ) : (
        <Form method="post" className="hw-inline-form">
          <input type="hidden" name="requestId" value={r.id} />
          <input type="hidden" name="action" value="match" />
          <label htmlFor={`helper-${r.id}`}>
            {t("preq.helperFirstName")}
            <span className="visually-hidden"> ({r.actingForName ?? r.citizenName})</span>
          </label>
          <input id={`helper-${r.id}`} name="helperFirstName" required maxLength={60} className="utrecht-textbox" />
          <label htmlFor={`start-${r.id}`}>
            {t("preq.helperStartDate")}
            <span className="visually-hidden"> ({r.actingForName ?? r.citizenName})</span>
          </label>
          <input id={`start-${r.id}`} name="helperStartDate" type="date" required className="utrecht-textbox" />
          <Button type="submit" appearance="primary-action-button">
            {t("preq.match")}
            <span className="visually-hidden"> {r.citizenName}</span>
          </Button>
        </Form>
      )}
      <Form method="post" className="hw-inline-form">
        <input type="hidden" name="requestId" value={r.id} />
        <input type="hidden" name="action" value="decline" />
        <label htmlFor={`reason-${r.id}`}>
          {t("preq.declineReason")}
          <span className="visually-hidden"> ({r.actingForName ?? r.citizenName})</span>
        </label>
        <input id={`reason-${r.id}`} name="reason" required maxLength={300} className="utrecht-textbox" />
        <Button type="submit" appearance="secondary-action-button" hint="danger">
          {t("preq.decline")}
          <span className="visually-hidden"> {r.citizenName}</span>
        </Button>
      </Form>
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
