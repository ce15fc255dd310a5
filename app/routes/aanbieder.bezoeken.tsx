import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireProviderUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { DataTable } from "~/components/DataTable";
import { Facts } from "~/components/Facts";
import { amsterdamDay } from "~/domain/policy";
import { formatDateTime, formatEuro, useLocale, useT } from "~/i18n";
import { formValueId } from "~/schemas/body-id";
import { markReceived, providerPayments, visitsToMark } from "~/services/payments/cleaner-payments.server";
import { recordVisit } from "~/services/payments/visits.server";
import { providerHhtApplies, requireProviderSection } from "~/services/workspace.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("pvisit.title");

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = requireProviderUser(request);
  requireProviderSection(staff, "visits");
  const asked = new URL(request.url).searchParams.get("maand") ?? "";
  const now = clock.now();
  const month = MONTH.test(asked) ? asked : amsterdamDay(now).slice(0, 7);
  const payments = providerPayments(staff.providerId, month);
  // No HHT column where none of the provider's municipalities offers it, unless this month has an
  // HHT part anyway (paid under an earlier policy): then it is shown as it was paid.
  const showHht = providerHhtApplies(staff.providerId) || payments.rows.some((r) => r.municipalityCents > 0);
  return { month, visits: visitsToMark(staff.providerId, now), ...payments, showHht };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = requireProviderUser(request);
  requireProviderSection(staff, "visits");
  const form = await readFormData(request);
  const intent = form.get("intent");
  const id = formValueId(form.get("id"));
  if (id === null) return redirect("/aanbieder/bezoeken?melding=failed");
  if (intent === "done" || intent === "missed") {
    const result = recordVisit({ role: "provider", userId: staff.id, providerId: staff.providerId }, id, intent);
    return redirect(`/aanbieder/bezoeken?melding=${result.ok ? intent : "failed"}`);
  }
  if (intent === "received") {
    return redirect(`/aanbieder/bezoeken?melding=${markReceived(staff, id) ? "received" : "failed"}`);
  }
  return redirect("/aanbieder/bezoeken?melding=failed");
}

function shiftMonth(month: string, by: number): string {
  const [y = 0, m = 1] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const NOTICES = {
  done: ["ok", "pvisit.noticeDone"],
  missed: ["ok", "pvisit.noticeMissed"],
  received: ["ok", "pvisit.noticeReceived"],
  failed: ["error", "pvisit.noticeFailed"],
} as const;

export default function ProviderVisits() {
  const t = useT();
  const locale = useLocale();
  const { month, visits, rows, receivedCents, outstandingCents, hhtCents, showHht } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const notice = NOTICES[params.get("melding") as keyof typeof NOTICES];
  const euro = (cents: number) => formatEuro(cents, locale);
  const monthName = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${month}-01T00:00:00Z`));
  return (
    <>
      <Heading1>{t("pvisit.title")}</Heading1>
      <Paragraph lead>{t("pvisit.intro")}</Paragraph>
      {notice ? (
        <Alert type={notice[0]} role={notice[0] === "ok" ? "status" : "alert"}>
          <Paragraph>{t(notice[1])}</Paragraph>
        </Alert>
      ) : null}
      <section aria-labelledby="to-mark">
        <Heading2 id="to-mark">{t("pvisit.toMark")}</Heading2>
        {visits.length === 0 ? (
          <Paragraph>{t("pvisit.noneToMark")}</Paragraph>
        ) : (
          <DataTable
            rows={visits}
            rowKey={(v) => v.slotId}
            columns={[
              { header: t("pvisit.col.when"), cell: (v) => formatDateTime(v.startsAt, locale) },
              { header: t("pvisit.col.client"), cell: (v) => `${v.citizenName}, ${v.postcode}` },
              {
                header: t("pvisit.col.action"),
                cell: (v) => (
                  <div className="hw-row-actions">
                    {(["done", "missed"] as const).map((outcome) => (
                      <Form method="post" key={outcome}>
                        <input type="hidden" name="intent" value={outcome} />
                        <input type="hidden" name="id" value={v.slotId} />
                        <Button
                          type="submit"
                          appearance={outcome === "done" ? "primary-action-button" : "secondary-action-button"}
                        >
                          {t(`pvisit.${outcome}`)}
                          <span className="visually-hidden">
                            {" "}
                            – {v.citizenName}, {formatDateTime(v.startsAt, locale)}
                          </span>
                        </Button>
                      </Form>
                    ))}
                  </div>
                ),
              },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="payments">
        <Heading2 id="payments">{t("pvisit.payments", { month: monthName })}</Heading2>
        <Paragraph className="hw-row-actions">
          <Link to={`?maand=${shiftMonth(month, -1)}`} className="utrecht-link">
            {t("pvisit.previousMonth")}
          </Link>
          <Link to={`?maand=${shiftMonth(month, 1)}`} className="utrecht-link">
            {t("pvisit.nextMonth")}
          </Link>
        </Paragraph>
        <Facts
          items={[
            [t("pvisit.received"), euro(receivedCents)],
            [t("pvisit.outstanding"), euro(outstandingCents)],
            ...(showHht ? [[t("pvisit.hhtDue"), euro(hhtCents)] as [string, string]] : []),
          ]}
        />
        {rows.length === 0 ? (
          <Paragraph>{t("pvisit.noPayments")}</Paragraph>
        ) : (
          <DataTable
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: t("pvisit.col.when"), cell: (r) => formatDateTime(r.visitStartsAt, locale) },
              { header: t("pvisit.col.client"), cell: (r) => r.citizenName },
              { header: t("pvisit.col.citizenPart"), cell: (r) => euro(r.amountCents) },
              ...(showHht
                ? [{ header: t("pvisit.col.hht"), cell: (r: (typeof rows)[number]) => euro(r.municipalityCents) }]
                : []),
              {
                header: t("pvisit.col.status"),
                cell: (r) =>
                  `${t(`pay.status.${r.status}`)} (${t(`pay.methodShort.${r.method}`)})${r.kind === "late_cancellation" ? ` – ${t("pvisit.late")}` : ""}`,
              },
              {
                header: t("pvisit.col.action"),
                cell: (r) =>
                  r.method !== "online" && (r.status === "open" || r.status === "failed") ? (
                    <Form method="post">
                      <input type="hidden" name="intent" value="received" />
                      <input type="hidden" name="id" value={r.id} />
                      <Button type="submit" appearance="secondary-action-button">
                        {t("pvisit.markReceived")}
                        <span className="visually-hidden">
                          {" "}
                          – {r.citizenName}, {formatDateTime(r.visitStartsAt, locale)}
                        </span>
                      </Button>
                    </Form>
                  ) : null,
              },
            ]}
          />
        )}
      </section>
    </>
  );
}
