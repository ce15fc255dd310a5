import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Fieldset, FieldsetLegend, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { DataTable } from "~/components/DataTable";
import { ErrorSummary, SelectField, SubmitButton, useZodForm } from "~/components/forms";
import { complaintAgeDays } from "~/domain/complaints";
import { amsterdamDay } from "~/domain/policy";
import { formatDateTime, isMessageKey, type Translate, useLocale, useT } from "~/i18n";
import { complaintFilterSchema } from "~/schemas/complaint";
import { listComplaints } from "~/services/complaints/list.server";
import { getMunicipality } from "~/services/municipalities.server";
import { parseForm } from "~/utils/forms.server";
import { titleMeta } from "~/utils/meta";
import { COMPLAINT_STATUSES } from "~db/enums";

export const meta = titleMeta("complaints.title");

const FILTER_FIELDS = ["status", "aanbieder"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  const municipality = getMunicipality(admin.municipalityCode)?.name ?? admin.municipalityCode;
  const submission = parseForm(new URL(request.url).searchParams, complaintFilterSchema);
  if (submission.status !== "success") {
    return data(
      {
        municipality,
        result: submission.reply() as SubmissionResult<string[]> | null,
        complaints: null,
        providers: [] as { id: number; name: string }[],
        filtered: true,
      },
      { status: 400 },
    );
  }
  const { status, aanbieder } = submission.value;
  // Scoped to the admin's own municipality by the session, never by the URL.
  const list = listComplaints(admin, { status, providerId: aanbieder });
  const today = clock.today();
  return data({
    municipality,
    result: null,
    complaints: list.complaints.map((c) => ({
      ...c,
      ageDays: complaintAgeDays(amsterdamDay(new Date(c.createdAt)), today),
    })),
    providers: list.providers,
    filtered: Boolean(status || aanbieder),
  });
}

function age(t: Translate, days: number): string {
  return days === 0
    ? t("complaints.age.today")
    : days === 1
      ? t("complaints.age.day")
      : t("complaints.age.days", { days });
}

/** The kind of help in words (the ladder's names); an unknown code as itself. */
function kindLabel(t: Translate, kind: string): string {
  const key = `ladder.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

function FilterForm({
  result,
  providers,
  defaults,
}: {
  result: SubmissionResult<string[]> | null;
  providers: { id: number; name: string }[];
  defaults: Record<string, string>;
}) {
  const t = useT();
  const [form, fields] = useZodForm("complaint-filter", complaintFilterSchema, result, defaults);
  const labels = { status: t("complaints.filter.status"), aanbieder: t("complaints.filter.provider") };
  return (
    <section aria-labelledby="complaint-filter-title" className="hw-capacity-form">
      <Heading2 id="complaint-filter-title">{t("complaints.filter.title")}</Heading2>
      <ErrorSummary form={form} fields={{ status: fields.status, aanbieder: fields.aanbieder }} labels={labels} />
      <Form method="get" action="/beheer/klachten" {...getFormProps(form)}>
        <Fieldset>
          <FieldsetLegend className="visually-hidden">{t("complaints.filter.title")}</FieldsetLegend>
          <SelectField
            field={fields.status}
            label={labels.status}
            required={false}
            options={[
              { value: "", label: t("complaints.filter.allStatuses") },
              ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaint.${s}`) })),
            ]}
          />
          <SelectField
            field={fields.aanbieder}
            label={labels.aanbieder}
            required={false}
            options={[
              { value: "", label: t("complaints.filter.allProviders") },
              ...providers.map((p) => ({ value: String(p.id), label: p.name })),
            ]}
          />
        </Fieldset>
        <SubmitButton label="complaints.filter.submit" />
      </Form>
      <Paragraph>
        <Link to="/beheer/klachten" className="utrecht-link">
          {t("complaints.filter.reset")}
        </Link>
      </Paragraph>
    </section>
  );
}

export default function Complaints() {
  const t = useT();
  const locale = useLocale();
  const { municipality, result, complaints, providers, filtered } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const defaults: Record<string, string> = {};
  for (const name of FILTER_FIELDS) {
    const value = params.get(name);
    if (value) defaults[name] = value;
  }
  return (
    <>
      <Heading1>{t("complaints.title")}</Heading1>
      <Paragraph>{t("complaints.intro", { municipality })}</Paragraph>
      {/* Keyed on the filters, so clearing them (or going back) shows the form as the URL says. */}
      <FilterForm key={JSON.stringify(defaults)} result={result} providers={providers} defaults={defaults} />
      <section aria-labelledby="complaints-results-title">
        <Heading2 id="complaints-results-title">{t("complaints.results", { count: complaints?.length ?? 0 })}</Heading2>
        {!complaints ? (
          <Paragraph>{t("complaints.invalid")}</Paragraph>
        ) : complaints.length === 0 ? (
          <Paragraph>{t(filtered ? "complaints.noneFiltered" : "complaints.none")}</Paragraph>
        ) : (
          <DataTable
            rows={complaints}
            rowKey={(c) => c.id}
            columns={[
              {
                header: t("complaints.col.number"),
                cell: (c) => (
                  <Link to={`/beheer/klachten/${c.id}`} className="utrecht-link">
                    {t("complaints.number", { id: c.id })}
                  </Link>
                ),
              },
              { header: t("complaints.col.filed"), cell: (c) => formatDateTime(c.createdAt, locale) },
              { header: t("complaints.col.age"), cell: (c) => age(t, c.ageDays) },
              { header: t("complaints.col.provider"), cell: (c) => c.providerName ?? t("complaints.noProvider") },
              { header: t("complaints.col.kind"), cell: (c) => kindLabel(t, c.requestKind) },
              { header: t("complaints.col.status"), cell: (c) => t(`complaint.${c.status}`) },
            ]}
          />
        )}
      </section>
    </>
  );
}
