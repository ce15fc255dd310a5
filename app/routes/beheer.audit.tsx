import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { DataTable } from "~/components/DataTable";
import { ErrorSummary, SelectField, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { formatDateTime, isMessageKey, type Translate, translateError, useLocale, useT } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import { auditFilterSchema } from "~/schemas/audit";
import { AUDIT_CSV_MAX, auditFilterChoices, filterOf, readAuditLog } from "~/services/audit-log.server";
import { getMunicipality } from "~/services/municipalities.server";
import { parseForm } from "~/utils/forms.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("auditlog.title");

const FILTER_FIELDS = ["actie", "email", "onderwerp", "nummer", "van", "tot"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  const url = new URL(request.url);
  const base = {
    municipality: getMunicipality(admin.municipalityCode)?.name ?? admin.municipalityCode,
    choices: auditFilterChoices(admin),
    csvMax: AUDIT_CSV_MAX,
  };
  const submission = parseForm(url.searchParams, auditFilterSchema);
  if (submission.status !== "success") {
    return data(
      { ...base, result: submission.reply() as SubmissionResult<string[]> | null, log: null },
      { status: 400 },
    );
  }
  const f = submission.value;
  // Scoped to the admin's own municipality by the session, never by the URL.
  const log = readAuditLog(admin, filterOf(f), f.pagina ?? 1, getLocale(request));
  return data({ ...base, result: null, log });
}

/** A code in Dutch (or English) when the catalogue knows it; else the code itself. */
function codeLabel(t: Translate, prefix: "auditlog.action" | "auditlog.subject", code: string): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

function FilterForm({
  result,
  choices,
  defaults,
}: {
  result: SubmissionResult<string[]> | null;
  choices: { actions: string[]; subjectTypes: string[] };
  defaults: Record<string, string>;
}) {
  const t = useT();
  const [form, fields] = useZodForm("audit-filter", auditFilterSchema, result, defaults);
  const actionLabel = (code: string) => codeLabel(t, "auditlog.action", code);
  const subjectLabel = (code: string) => codeLabel(t, "auditlog.subject", code);
  // A value from a shared link that is no longer present still shows as chosen.
  const actions =
    defaults.actie && !choices.actions.includes(defaults.actie)
      ? [...choices.actions, defaults.actie]
      : choices.actions;
  const subjects =
    defaults.onderwerp && !choices.subjectTypes.includes(defaults.onderwerp)
      ? [...choices.subjectTypes, defaults.onderwerp]
      : choices.subjectTypes;
  const labels = {
    actie: t("auditlog.filter.action"),
    email: t("auditlog.filter.email"),
    onderwerp: t("auditlog.filter.subjectType"),
    nummer: t("auditlog.filter.subjectId"),
    van: t("auditlog.filter.from"),
    tot: t("auditlog.filter.to"),
  };
  return (
    <section aria-labelledby="audit-filter-title" className="hw-capacity-form">
      <Heading2 id="audit-filter-title">{t("auditlog.filter.title")}</Heading2>
      <ErrorSummary
        form={form}
        fields={{
          actie: fields.actie,
          email: fields.email,
          onderwerp: fields.onderwerp,
          nummer: fields.nummer,
          van: fields.van,
          tot: fields.tot,
        }}
        labels={labels}
      />
      <Form method="get" action="/beheer/audit" {...getFormProps(form)}>
        <SelectField
          field={fields.actie}
          label={labels.actie}
          required={false}
          options={[
            { value: "", label: t("auditlog.filter.allActions") },
            ...actions.map((a) => ({ value: a, label: actionLabel(a) })),
          ]}
        />
        <TextField field={fields.email} label={labels.email} required={false} autoComplete="off" />
        <SelectField
          field={fields.onderwerp}
          label={labels.onderwerp}
          required={false}
          options={[
            { value: "", label: t("auditlog.filter.allSubjects") },
            // A choice in a list starts with a capital; in a sentence the word does not.
            ...subjects.map((s) => {
              const label = subjectLabel(s);
              return { value: s, label: label.charAt(0).toUpperCase() + label.slice(1) };
            }),
          ]}
        />
        <TextField field={fields.nummer} label={labels.nummer} required={false} autoComplete="off" />
        <TextField field={fields.van} label={labels.van} type="date" required={false} />
        <TextField field={fields.tot} label={labels.tot} type="date" required={false} />
        <SubmitButton label="auditlog.filter.submit" />
      </Form>
      <Paragraph>
        <Link to="/beheer/audit" className="utrecht-link">
          {t("auditlog.filter.reset")}
        </Link>
      </Paragraph>
    </section>
  );
}

export default function AuditLog() {
  const t = useT();
  const locale = useLocale();
  const { municipality, choices, result, log, csvMax } = useLoaderData<typeof loader>();
  // The page number is not a field of the form: its error shows with the results.
  const pageError = result?.error?.pagina?.[0];
  const [params] = useSearchParams();
  const defaults: Record<string, string> = {};
  for (const name of FILTER_FIELDS) {
    const value = params.get(name);
    if (value) defaults[name] = value;
  }
  const pageLink = (page: number) => {
    const next = new URLSearchParams(params);
    if (page > 1) next.set("pagina", String(page));
    else next.delete("pagina");
    const query = next.toString();
    return query ? `?${query}` : "?";
  };
  const csvQuery = new URLSearchParams(params);
  csvQuery.delete("pagina");
  const csvLink = (excel: boolean) => {
    const q = new URLSearchParams(csvQuery);
    if (excel) q.set("formaat", "excel");
    const query = q.toString();
    return `/beheer/audit.csv${query ? `?${query}` : ""}`;
  };
  return (
    <>
      <Heading1>{t("auditlog.title")}</Heading1>
      <Paragraph>{t("auditlog.intro", { municipality })}</Paragraph>
      {/* Keyed on the filters, so clearing them (or going back) shows the form as the URL says. */}
      <FilterForm key={JSON.stringify(defaults)} result={result} choices={choices} defaults={defaults} />
      <section aria-labelledby="audit-results-title">
        <Heading2 id="audit-results-title">{t("auditlog.results")}</Heading2>
        {!log ? (
          <Paragraph>{pageError ? translateError(locale, pageError) : t("auditlog.invalid")}</Paragraph>
        ) : log.events.length === 0 ? (
          <Paragraph>{t("auditlog.none")}</Paragraph>
        ) : (
          <>
            <Paragraph>{t("auditlog.pageOf", { page: log.page })}</Paragraph>
            <Paragraph>{t("auditlog.grouped")}</Paragraph>
            <DataTable
              rows={log.events}
              rowKey={(e) => e.id}
              columns={[
                {
                  header: t("auditlog.col.when"),
                  cell: (e) => {
                    if (e.count <= 1) return formatDateTime(e.at, locale);
                    const first = formatDateTime(e.firstAt, locale);
                    const last = formatDateTime(e.at, locale);
                    // Within one minute the two times read the same: say it once.
                    return first === last
                      ? t("auditlog.repeatedAt", { count: e.count, at: last })
                      : t("auditlog.repeated", { count: e.count, first, last });
                  },
                },
                {
                  header: t("auditlog.col.who"),
                  cell: (e) =>
                    e.actor
                      ? t("auditlog.who", { name: e.actor.name, email: e.actor.email, role: t(`role.${e.actor.role}`) })
                      : t("auditlog.system"),
                },
                { header: t("auditlog.col.action"), cell: (e) => e.actionText },
                {
                  header: t("auditlog.col.subject"),
                  // The words first; the number stays beside them for tracing and the filter.
                  cell: (e) => (
                    <>
                      {e.subjectHref ? (
                        <Link to={e.subjectHref} className="utrecht-link">
                          {e.subject}
                        </Link>
                      ) : (
                        e.subject
                      )}
                      {e.subjectNumber ? (
                        <span className="hw-audit-number">{` (${t("auditlog.subjectNumber", { id: e.subjectNumber })})`}</span>
                      ) : null}
                    </>
                  ),
                },
                { header: t("auditlog.col.detail"), cell: (e) => e.detail },
              ]}
            />
            <ul className="hw-csv-links">
              <li>
                <a href={csvLink(true)} className="utrecht-link" download>
                  {t("auditlog.csvExcel")}
                </a>
              </li>
              <li>
                <a href={csvLink(false)} className="utrecht-link" download>
                  {t("auditlog.csv")}
                </a>
              </li>
            </ul>
            <Paragraph>
              {t("auditlog.csvNote", { max: csvMax.toLocaleString(locale === "nl" ? "nl-NL" : "en-GB") })}
            </Paragraph>
          </>
        )}
        {log && (log.hasPrevious || log.hasNext) ? (
          <nav aria-label={t("auditlog.pagination")} className="hw-row-actions">
            {log.hasPrevious ? (
              <Link to={pageLink(log.page - 1)} className="utrecht-link" rel="prev">
                {t("auditlog.previous")}
              </Link>
            ) : null}
            {log.hasNext ? (
              <Link to={pageLink(log.page + 1)} className="utrecht-link" rel="next">
                {t("auditlog.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
