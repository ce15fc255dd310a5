// The municipality admin's outbox: which messages went out, which wait and which failed, and why
// (ADR 027). Per message only who (name, role), the kind and when: never its text or params.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { Announce } from "~/components/Announce";
import { DataTable } from "~/components/DataTable";
import { SelectField, SubmitButton, useZodForm } from "~/components/forms";
import { NOTIFICATION_RULES } from "~/domain/notifications";
import { formatDateTime, type Translate, useLocale, useT } from "~/i18n";
import { outboxFilterSchema, outboxRetrySchema } from "~/schemas/outbox";
import { getMunicipality } from "~/services/municipalities.server";
import { configuredTransport } from "~/services/notifications/config.server";
import { readOutbox, retryMessage } from "~/services/notifications/outbox.server";
import { parseForm } from "~/utils/forms.server";
import { invariantResponse, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { DELIVERY_STATUSES, NOTIFICATION_KINDS } from "~db/enums";

export const meta = titleMeta("outbox.title");

const FILTER_FIELDS = ["status", "soort"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  const url = new URL(request.url);
  const municipality = getMunicipality(admin.municipalityCode)?.name ?? admin.municipalityCode;
  const confirming = Number(url.searchParams.get("opnieuw")) || null;
  const params = new URLSearchParams(url.searchParams);
  params.delete("opnieuw");
  const submission = parseForm(params, outboxFilterSchema);
  if (submission.status !== "success") {
    return data(
      { municipality, confirming, result: submission.reply() as SubmissionResult<string[]> | null, outbox: null },
      { status: 400 },
    );
  }
  const f = submission.value;
  // Scoped to the admin's own municipality by the session, never by the URL.
  const outbox = readOutbox(admin, { status: f.status, kind: f.soort }, f.pagina ?? 1);
  return data({ municipality, confirming, result: null, outbox });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  const parsed = parseForm(await readFormData(request), outboxRetrySchema);
  invariantResponse(parsed.status === "success", "validation.outbox.id");
  if (!retryMessage(admin, parsed.value.id)) return data({ retried: "gone" as const }, { status: 409 });
  return data({ retried: configuredTransport() ? ("done" as const) : ("noTransport" as const) });
}

type Message = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["outbox"]>["messages"][number];

/** The status in words: when it went, when it is tried again, or why it did not go. */
function statusText(t: Translate, m: Message, locale: "nl" | "en"): string {
  switch (m.status) {
    case "sent":
      return t("outbox.status.sent", { at: m.sentAt ? formatDateTime(m.sentAt, locale) : "" });
    case "pending":
      return m.attempts > 0 && m.nextAttemptAt
        ? t("outbox.status.retry", { at: formatDateTime(m.nextAttemptAt, locale) })
        : t("outbox.status.pending");
    case "failed":
      return t("outbox.status.failed", { error: m.error ?? "" });
    default:
      return t(`outbox.status.${m.status}`);
  }
}

function TransportNotice({
  transport,
  missing,
}: {
  transport: NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["outbox"]>["transport"];
  missing: string[];
}) {
  const t = useT();
  const line = !transport
    ? t("outbox.transport.none")
    : transport.name === "smtp"
      ? t("outbox.transport.smtp", { host: transport.host })
      : t(transport.sms ? "outbox.transport.notifynlSms" : "outbox.transport.notifynl", { host: transport.host });
  return (
    <section aria-labelledby="outbox-transport-title">
      <Heading2 id="outbox-transport-title">{t("outbox.transport.title")}</Heading2>
      <Alert type={transport ? "info" : "warning"}>
        <Paragraph>{line}</Paragraph>
        {missing.length > 0 ? (
          <Paragraph>{t("outbox.transport.notifynlIncomplete", { names: missing.join(", ") })}</Paragraph>
        ) : null}
      </Alert>
    </section>
  );
}

function FilterForm({
  result,
  defaults,
}: {
  result: SubmissionResult<string[]> | null;
  defaults: Record<string, string>;
}) {
  const t = useT();
  const [form, fields] = useZodForm("outbox-filter", outboxFilterSchema, result, defaults);
  return (
    <section aria-labelledby="outbox-filter-title" className="hw-capacity-form">
      <Heading2 id="outbox-filter-title">{t("outbox.filter.title")}</Heading2>
      <Form method="get" action="/beheer/berichten" {...getFormProps(form)}>
        <SelectField
          field={fields.status}
          label={t("outbox.filter.status")}
          required={false}
          options={[
            { value: "", label: t("outbox.filter.allStatuses") },
            ...DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`outbox.statusName.${s}`) })),
          ]}
        />
        <SelectField
          field={fields.soort}
          label={t("outbox.filter.kind")}
          required={false}
          options={[
            { value: "", label: t("outbox.filter.allKinds") },
            // Account messages carry no municipality and are never listed here: not offered either.
            ...NOTIFICATION_KINDS.filter((k) => NOTIFICATION_RULES[k].audience !== "account").map((k) => ({
              value: k,
              label: t(`outbox.kind.${k}`),
            })),
          ]}
        />
        <SubmitButton label="outbox.filter.submit" />
      </Form>
      <Paragraph>
        <Link to="/beheer/berichten" className="utrecht-link">
          {t("outbox.filter.reset")}
        </Link>
      </Paragraph>
    </section>
  );
}

export default function OutboxPage() {
  const t = useT();
  const locale = useLocale();
  const { municipality, confirming, result, outbox } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const defaults: Record<string, string> = {};
  for (const name of FILTER_FIELDS) {
    const value = params.get(name);
    if (value) defaults[name] = value;
  }
  const linkWith = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    next.delete("opnieuw");
    change(next);
    const query = next.toString();
    return query ? `?${query}` : "?";
  };
  const pageLink = (page: number) =>
    linkWith((next) => (page > 1 ? next.set("pagina", String(page)) : next.delete("pagina")));
  const back = `/beheer/berichten${linkWith(() => {})}`.replace(/\?$/, "");
  const asked = outbox?.messages.find((m) => m.id === confirming && m.status === "failed");
  const counts = outbox
    ? DELIVERY_STATUSES.filter((s) => (outbox.counts[s] ?? 0) > 0).map((s) => [s, outbox.counts[s] ?? 0] as const)
    : [];
  return (
    <>
      <Heading1>{t("outbox.title")}</Heading1>
      <Paragraph>{t("outbox.intro", { municipality })}</Paragraph>
      <Paragraph>{t("outbox.accountNote")}</Paragraph>
      {outbox ? <TransportNotice transport={outbox.transport} missing={outbox.notifyNlMissing} /> : null}
      {actionData?.retried ? (
        <Announce>
          <Alert type={actionData.retried === "gone" ? "warning" : "ok"} role="status">
            <Paragraph>
              {t(
                actionData.retried === "done"
                  ? "outbox.retry.done"
                  : actionData.retried === "noTransport"
                    ? "outbox.retry.doneNoTransport"
                    : "outbox.retry.gone",
              )}
            </Paragraph>
          </Alert>
        </Announce>
      ) : asked ? (
        // Asked once more before it goes out again, above the table (the status column is narrow).
        <Announce>
          <Alert type="warning">
            <Paragraph>
              {t("outbox.retry.confirm", { kind: t(`outbox.kind.${asked.kind}`), name: asked.recipientName })}
            </Paragraph>
            <Form method="post" action={back}>
              <input type="hidden" name="intent" value="retry" />
              <input type="hidden" name="id" value={asked.id} />
              <Button type="submit" appearance="primary-action-button">
                {t("outbox.retry.yes")}
              </Button>{" "}
              <Link to={back} className="utrecht-link">
                {t("outbox.retry.cancel")}
              </Link>
            </Form>
          </Alert>
        </Announce>
      ) : null}
      {outbox ? (
        <section aria-labelledby="outbox-counts-title">
          <Heading2 id="outbox-counts-title">{t("outbox.counts.title")}</Heading2>
          {counts.length === 0 ? (
            <Paragraph>{t("outbox.counts.none")}</Paragraph>
          ) : (
            <ul className="hw-outbox-counts">
              {counts.map(([status, n]) => (
                <li key={status}>
                  <Link to={`/beheer/berichten?status=${status}`} className="utrecht-link">
                    {`${t(`outbox.statusName.${status}`)}: ${n}`}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <FilterForm key={JSON.stringify(defaults)} result={result} defaults={defaults} />
      <section aria-labelledby="outbox-results-title">
        <Heading2 id="outbox-results-title">{t("outbox.results")}</Heading2>
        {!outbox ? (
          <Paragraph>{t("outbox.invalid")}</Paragraph>
        ) : outbox.messages.length === 0 ? (
          <Paragraph>{t("outbox.none")}</Paragraph>
        ) : (
          <>
            <Paragraph>{t("outbox.pageOf", { page: outbox.page })}</Paragraph>
            <DataTable
              rows={outbox.messages}
              rowKey={(m) => m.id}
              columns={[
                { header: t("outbox.col.when"), cell: (m) => formatDateTime(m.createdAt, locale) },
                {
                  header: t("outbox.col.to"),
                  cell: (m) => t("outbox.to", { name: m.recipientName, role: t(`role.${m.recipientRole}`) }),
                },
                { header: t("outbox.col.kind"), cell: (m) => t(`outbox.kind.${m.kind}`) },
                { header: t("outbox.col.channel"), cell: (m) => t(`outbox.channel.${m.channel}`) },
                {
                  header: t("outbox.col.status"),
                  cell: (m) => (
                    <>
                      <span data-status={m.status}>{statusText(t, m, locale)}</span>
                      {m.smsFallbackAt ? (
                        <span className="hw-outbox-error" data-sms-fallback="">
                          {t("outbox.status.smsFallback", { at: formatDateTime(m.smsFallbackAt, locale) })}
                        </span>
                      ) : null}
                      {m.status === "pending" && m.attempts > 0 && m.error ? (
                        <span className="hw-outbox-error">{t("outbox.status.lastError", { error: m.error })}</span>
                      ) : null}
                      {m.status !== "failed" ? null : m.id === asked?.id ? (
                        <span className="hw-outbox-error">{t("outbox.retry.asked")}</span>
                      ) : (
                        <Form method="get" action="/beheer/berichten" className="hw-outbox-retry">
                          {[...params.entries()]
                            .filter(([name]) => name !== "opnieuw")
                            .map(([name, value]) => (
                              <input key={name} type="hidden" name={name} value={value} />
                            ))}
                          <input type="hidden" name="opnieuw" value={m.id} />
                          <Button
                            type="submit"
                            appearance="secondary-action-button"
                            aria-label={t("outbox.retry.submitFor", { name: m.recipientName })}
                          >
                            {t("outbox.retry.submit")}
                          </Button>
                        </Form>
                      )}
                    </>
                  ),
                },
              ]}
            />
          </>
        )}
        {outbox && (outbox.hasPrevious || outbox.hasNext) ? (
          <nav aria-label={t("outbox.pagination")} className="hw-row-actions">
            {outbox.hasPrevious ? (
              <Link to={pageLink(outbox.page - 1)} className="utrecht-link" rel="prev">
                {t("outbox.previous")}
              </Link>
            ) : null}
            {outbox.hasNext ? (
              <Link to={pageLink(outbox.page + 1)} className="utrecht-link" rel="next">
                {t("outbox.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
