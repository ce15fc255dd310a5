import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useSearchParams } from "@remix-run/react";
import { Alert, Button, Heading1, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import type { z } from "zod";
import { requireProviderUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { Announce } from "~/components/Announce";
import { DataTable } from "~/components/DataTable";
import { ErrorSummary, type Field, SelectField, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { formatDateTime, formatDay, type Locale, type MessageKey, type Translate, useLocale, useT } from "~/i18n";
import {
  cleanerExceptionRecord,
  cleanerWindowRecord,
  cohortForm,
  cohortFormFields,
  deletionRecord,
  helperPoolRecord,
  mediationMonthRecord,
  zinWaitingListRecord,
  zinWeekRecord,
} from "~/schemas/capacity";
import { confirmAllCapacity } from "~/services/capacity/confirm-all.server";
import { listCapacity, type PublishedRecord } from "~/services/capacity/list.server";
import { type OutsideVisit, visitsOutsideCapacity } from "~/services/capacity/outside-visits.server";
import { applyCapacityBatch } from "~/services/capacity/publish-batch.server";
import { RECORD_TYPES_BY_KIND, type RecordOf } from "~/services/capacity/record-types.server";
import { staleAfterDaysFor } from "~/services/capacity/staleness.server";
import { upcomingSlots } from "~/services/provider-workspace.server";
import { getProviderWithArea } from "~/services/providers.server";
import { parseForm } from "~/utils/forms.server";
import { forbidden, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import type { CapacityRecordType } from "~db/schema";

export const meta = titleMeta("capacity.title");

type InputKind = "number" | "decimal" | "date" | "time" | "month" | "text" | "weekday" | "municipality";
type Input = { name: string; kind: InputKind; optional?: boolean };

// The fields of each record type's form, in order.
const FORMS: Record<CapacityRecordType, Input[]> = {
  zin_week: [
    { name: "municipalityCode", kind: "municipality" },
    { name: "weekStart", kind: "date" },
    { name: "hoursPerWeek", kind: "decimal" },
    { name: "newClients", kind: "number" },
    { name: "earliestStart", kind: "date" },
  ],
  zin_waiting_list: [
    { name: "municipalityCode", kind: "municipality" },
    { name: "length", kind: "number" },
  ],
  cleaner_window: [
    { name: "weekday", kind: "weekday" },
    { name: "startTime", kind: "time" },
    { name: "endTime", kind: "time" },
    { name: "visitMinutes", kind: "number" },
  ],
  cleaner_exception: [
    { name: "fromDate", kind: "date" },
    { name: "toDate", kind: "date" },
    { name: "reason", kind: "text", optional: true },
  ],
  mediation_month: [
    { name: "municipalityCode", kind: "municipality" },
    { name: "month", kind: "month" },
    { name: "newMatches", kind: "number" },
  ],
  helper_pool: [{ name: "helpers", kind: "number" }],
  cohort: [
    { name: "startDate", kind: "date" },
    { name: "session1Weekday", kind: "weekday" },
    { name: "session1Time", kind: "time" },
    { name: "session2Weekday", kind: "weekday" },
    { name: "session2Time", kind: "time" },
    { name: "seats", kind: "number" },
    { name: "location", kind: "text" },
    { name: "locationPostcode", kind: "text" },
  ],
};

// biome-ignore lint/suspicious/noExplicitAny: the forms differ per type; each is a zod object
const SCHEMAS: Record<CapacityRecordType, z.ZodType<any, any>> = {
  zin_week: zinWeekRecord,
  zin_waiting_list: zinWaitingListRecord,
  cleaner_window: cleanerWindowRecord,
  cleaner_exception: cleanerExceptionRecord,
  mediation_month: mediationMonthRecord,
  helper_pool: helperPoolRecord,
  cohort: cohortForm,
};

/** What the browser checks each form against: the same rules, without the cohort's reshaping. */
const FORM_SCHEMAS: typeof SCHEMAS = { ...SCHEMAS, cohort: cohortFormFields };

/** A published record as flat form values (for editing). */
function formValues(record: PublishedRecord): Record<string, string> {
  const values: Record<string, string> = { type: record.type, externalRef: record.externalRef };
  for (const { name } of FORMS[record.type]) {
    const sessions = record.sessions as RecordOf<"cohort">["sessions"] | undefined;
    const fromSession = /^session([12])(Weekday|Time)$/.exec(name);
    const value = fromSession
      ? sessions?.[Number(fromSession[1]) - 1]?.[fromSession[2] === "Weekday" ? "weekday" : "time"]
      : record[name];
    if (value !== undefined && value !== null) values[name] = String(value);
  }
  return values;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireProviderUser(request);
  const provider = getProviderWithArea(user.providerId);
  if (!provider) throw forbidden();
  const staleAfterDays = staleAfterDaysFor(provider.id);
  const records = listCapacity(provider.id, staleAfterDays);
  const editing = new URL(request.url).searchParams.get("bewerk");
  const edited = records.find((r) => `${r.type}:${r.externalRef}` === editing);
  return {
    provider: { id: provider.id, kind: provider.kind, serves: provider.serves },
    types: RECORD_TYPES_BY_KIND[provider.kind],
    records,
    staleAfterDays,
    editing: edited ? formValues(edited) : null,
    // References for new records come from the server, so the page renders the same on both sides.
    newRefs: Object.fromEntries(RECORD_TYPES_BY_KIND[provider.kind].map((type) => [type, newRef(type)])),
    slots: provider.kind === "private_cleaner" ? upcomingSlots(provider.id) : [],
    // Saving never cancels a booked visit; those no window covers any more are listed to call off.
    outside: provider.kind === "private_cleaner" ? visitsOutsideCapacity(provider.id, clock.now()) : [],
  };
}

function newRef(type: CapacityRecordType) {
  return `web-${type}-${crypto.randomUUID().slice(0, 8)}`;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireProviderUser(request);
  const form = await readFormData(request);
  const intent = form.get("intent");
  const actor = { userId: user.id };

  if (intent === "confirm-all") {
    confirmAllCapacity(user.providerId, actor);
    return redirect("/aanbieder/capaciteit?melding=confirmed");
  }

  if (intent === "delete") {
    const parsed = deletionRecord.safeParse({
      type: form.get("type"),
      externalRef: form.get("externalRef"),
      deleted: true,
    });
    if (!parsed.success) throw data({ message: "bad_delete" }, { status: 400 });
    const result = applyCapacityBatch(user.providerId, [parsed.data], actor);
    if (!result.ok) throw data({ message: "bad_delete" }, { status: 400 });
    // A record that was not there (any more) is not "Verwijderd": say nothing was.
    return redirect(`/aanbieder/capaciteit?melding=${result.deleted > 0 ? "deleted" : "gone"}`);
  }

  const type = form.get("type");
  // Only the record types of this provider's kind have a form on the page.
  const kind = getProviderWithArea(user.providerId)?.kind;
  const types: readonly string[] = kind ? RECORD_TYPES_BY_KIND[kind] : [];
  if (typeof type !== "string" || !types.includes(type)) throw data({ message: "bad_type" }, { status: 400 });
  const recordType = type as CapacityRecordType;
  const submission = parseForm(form, SCHEMAS[recordType]);
  if (submission.status !== "success") {
    return data({ formId: recordType, result: submission.reply() }, { status: 400 });
  }
  const result = applyCapacityBatch(user.providerId, [submission.value], actor);
  if (!result.ok) {
    // Batch errors are keyed "records[0].field"; a form shows them on its own fields.
    const fieldErrors = Object.fromEntries(
      Object.entries(result.errors).map(([key, message]) => {
        const field = key.replace(/^records\[0\]\./, "");
        return [field === "sessions" ? "session2Weekday" : field, [message]];
      }),
    );
    return data({ formId: recordType, result: submission.reply({ fieldErrors }) }, { status: 400 });
  }
  return redirect("/aanbieder/capaciteit?melding=saved");
}

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
/** A YYYY-MM month in words ("december 2026"). */
function formatMonth(month: string, locale: Locale): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(`${month}-01T00:00:00Z`));
}

function displayValue(
  t: Translate,
  locale: Locale,
  record: PublishedRecord,
  input: Input,
  serves: { code: string; name: string }[],
) {
  const values = formValues(record);
  const value = values[input.name] ?? "";
  // Dates in words, as everywhere a person reads them (the form keeps the browser's date field).
  if (input.kind === "date" && value) return formatDay(value, locale);
  if (input.kind === "month" && value) return formatMonth(value, locale);
  if (input.kind === "weekday") return t(`weekday.${value}` as MessageKey);
  if (input.kind === "municipality") return serves.find((m) => m.code === value)?.name ?? value;
  if (input.kind === "decimal") return value.replace(".", ",");
  return value;
}

/** The record in words ("vrijdag 09:00–12:00"): what its edit and delete buttons are named. */
function recordName(t: Translate, locale: Locale, record: PublishedRecord, serves: { code: string; name: string }[]) {
  const v = formValues(record);
  const day = (d: string | undefined) => (d ? formatDay(d, locale) : "");
  const municipality = serves.find((m) => m.code === v.municipalityCode)?.name ?? v.municipalityCode ?? "";
  switch (record.type) {
    case "zin_week":
      return t("capacity.name.zin_week", { day: day(v.weekStart), municipality });
    case "zin_waiting_list":
      return t("capacity.name.zin_waiting_list", { municipality });
    case "cleaner_window":
      return t("capacity.name.cleaner_window", {
        weekday: t(`weekday.${v.weekday}` as MessageKey),
        start: v.startTime ?? "",
        end: v.endTime ?? "",
      });
    case "cleaner_exception":
      return v.toDate && v.toDate !== v.fromDate
        ? t("capacity.name.cleaner_exception", { from: day(v.fromDate), to: day(v.toDate) })
        : t("capacity.name.cleaner_exception_day", { from: day(v.fromDate) });
    case "mediation_month":
      return t("capacity.name.mediation_month", { month: v.month ? formatMonth(v.month, locale) : "", municipality });
    case "helper_pool":
      return t("capacity.name.helper_pool");
    case "cohort":
      return t("capacity.name.cohort", { day: day(v.startDate) });
  }
}

function RecordTable({ type, records }: { type: CapacityRecordType; records: PublishedRecord[] }) {
  const t = useT();
  const locale = useLocale();
  const { provider } = useLoaderData<typeof loader>();
  if (records.length === 0) return <Paragraph>{t("capacity.none")}</Paragraph>;
  return (
    <DataTable
      rows={records}
      rowKey={(r) => r.externalRef}
      columns={[
        ...FORMS[type].map((input) => ({
          header: t(`capacity.field.${input.name}` as MessageKey),
          cell: (r: PublishedRecord) => displayValue(t, locale, r, input, provider.serves),
        })),
        { header: t("capacity.updated"), cell: (r) => formatDateTime(r.confirmedAt, locale) },
        {
          header: t("capacity.freshness"),
          cell: (r) =>
            r.stale ? (
              <strong className="hw-badge hw-badge--warning">{t("capacity.staleBadge", { days: r.ageDays })}</strong>
            ) : (
              t("capacity.fresh")
            ),
        },
        {
          header: t("capacity.actions"),
          cell: (r) => (
            <div className="hw-row-actions">
              <Link
                to={`?bewerk=${encodeURIComponent(`${type}:${r.externalRef}`)}#form-${type}`}
                className="utrecht-link"
              >
                {t("capacity.edit")}
                <span className="visually-hidden">{` ${recordName(t, locale, r, provider.serves)}`}</span>
              </Link>
              <Form method="post">
                <input type="hidden" name="intent" value="delete" />
                <input type="hidden" name="type" value={type} />
                <input type="hidden" name="externalRef" value={r.externalRef} />
                <Button type="submit" appearance="subtle-button" hint="danger">
                  {t("capacity.delete")}
                  <span className="visually-hidden">{` ${recordName(t, locale, r, provider.serves)}`}</span>
                </Button>
              </Form>
            </div>
          ),
        },
      ]}
    />
  );
}

function RecordForm({ type }: { type: CapacityRecordType }) {
  const t = useT();
  const { provider, editing, newRefs } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const isEditing = editing?.type === type;
  const [form, fields] = useZodForm(
    `form-${type}`,
    FORM_SCHEMAS[type],
    actionData?.formId === type ? actionData.result : undefined,
    isEditing ? editing : undefined,
  );
  const byName = fields as unknown as Record<string, Field>;
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`weekday.${d}` as MessageKey) }));
  return (
    <Form method="post" {...getFormProps(form)} className="hw-capacity-form">
      <Heading3 className="hw-form-title">
        {t(isEditing ? "capacity.edit" : "capacity.add")}: {t(`capacity.type.${type}`).toLowerCase()}
      </Heading3>
      <ErrorSummary
        form={form}
        fields={Object.fromEntries(
          FORMS[type].flatMap((i) => (byName[i.name] ? [[i.name, byName[i.name] as Field]] : [])),
        )}
        labels={Object.fromEntries(FORMS[type].map((i) => [i.name, t(`capacity.field.${i.name}` as MessageKey)]))}
      />
      <input type="hidden" name="type" value={type} />
      <input
        type="hidden"
        name="externalRef"
        value={isEditing ? (editing?.externalRef ?? "") : (newRefs[type] ?? "")}
      />
      {FORMS[type].map((input) => {
        const field = byName[input.name];
        if (!field) return null;
        const label = t(`capacity.field.${input.name}` as MessageKey);
        if (input.kind === "weekday")
          return <SelectField key={input.name} field={field} label={label} options={weekdays} />;
        if (input.kind === "municipality") {
          return (
            <SelectField
              key={input.name}
              field={field}
              label={label}
              options={provider.serves.map((m) => ({ value: m.code, label: m.name }))}
            />
          );
        }
        const type = input.kind === "decimal" ? "text" : input.kind;
        return (
          <TextField
            key={input.name}
            field={field}
            label={label}
            type={type}
            required={!input.optional}
            inputMode={input.kind === "decimal" ? "decimal" : input.kind === "number" ? "numeric" : undefined}
            description={input.kind === "month" ? t("capacity.hint.month") : undefined}
          />
        );
      })}
      <div className="hw-row-actions">
        <SubmitButton label="capacity.save" />
        {isEditing ? (
          <Link to="/aanbieder/capaciteit" className="utrecht-link">
            {t("capacity.cancelEdit")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

function Slots() {
  const t = useT();
  const locale = useLocale();
  const { slots } = useLoaderData<typeof loader>();
  const count = (status: string) => slots.filter((s) => s.status === status).length;
  return (
    <section aria-labelledby="slots-title">
      <Heading2 id="slots-title">{t("capacity.slots.title")}</Heading2>
      {slots.length === 0 ? (
        <Paragraph>{t("capacity.slots.none")}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t("capacity.slots.summary", { free: count("free"), held: count("held"), booked: count("booked") })}
          </Paragraph>
          <ul className="hw-slot-list" data-testid="slots">
            {slots.map((s) => (
              <li key={s.id}>
                {formatDateTime(s.startsAt, locale)} – {t(`capacity.slot.${s.status}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const NOTICES = {
  saved: "capacity.saved",
  deleted: "capacity.deleted",
  gone: "capacity.deleteGone",
  confirmed: "capacity.confirmed",
} as const;

/** Booked visits the capacity no longer covers: they still stand until the cleaner calls them off. */
function OutsideVisits({ visits }: { visits: OutsideVisit[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Alert type="warning">
      <section aria-labelledby="outside-title" data-testid="outside-visits">
        <Heading2 id="outside-title">{t("capacity.outside.title")}</Heading2>
        <Paragraph>
          {t(visits.length === 1 ? "capacity.outside.text.one" : "capacity.outside.text.other", {
            count: visits.length,
          })}
        </Paragraph>
        <ul>
          {visits.map((v) => (
            <li key={v.slotId}>
              {v.name}, {formatDateTime(v.startsAt, locale)}{" "}
              <Link to={`/aanbieder/afzeggen/${v.slotId}`} className="utrecht-link hw-tap">
                {t("agenda.cancelVisit")}
                <span className="visually-hidden">
                  {" "}
                  – {v.name}, {formatDateTime(v.startsAt, locale)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </Alert>
  );
}

export default function CapacityPage() {
  const t = useT();
  const { types, records, staleAfterDays, provider, editing, newRefs, outside } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const location = useLocation();
  const notice = NOTICES[params.get("melding") as keyof typeof NOTICES];
  const stale = records.filter((r) => r.stale);
  return (
    <>
      <Heading1>{t("capacity.title")}</Heading1>
      <Paragraph>{t("capacity.intro", { days: staleAfterDays })}</Paragraph>
      <ul className="hw-capacity-links">
        <li>
          <Link to="/aanbieder/geschiedenis" className="utrecht-link">
            {t("capacity.link.history")}
          </Link>
        </li>
        <li>
          <Link to="/aanbieder/api-sleutels" className="utrecht-link">
            {t("capacity.link.keys")}
          </Link>
        </li>
      </ul>
      {notice ? (
        // Focus moves to the notice, after each action anew (keyed by the navigation): after a
        // delete it stayed on the next row's delete button, where a second Enter deleted that too.
        <Announce key={location.key}>
          <Alert type="ok" role="status">
            <Paragraph>{t(notice)}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      {outside.length > 0 ? <OutsideVisits visits={outside} /> : null}
      {stale.length > 0 ? (
        <Alert type="warning">
          <Heading2>{t("capacity.stale.title")}</Heading2>
          <Paragraph>{t("capacity.stale.text", { count: stale.length, days: staleAfterDays })}</Paragraph>
          <Form method="post">
            <input type="hidden" name="intent" value="confirm-all" />
            <Button type="submit" appearance="primary-action-button">
              {t("capacity.confirmAll")}
            </Button>
          </Form>
        </Alert>
      ) : null}
      {types.map((type) => (
        <section key={type} aria-labelledby={`title-${type}`} className="hw-capacity-section">
          <Heading2 id={`title-${type}`}>{t(`capacity.type.${type}`)}</Heading2>
          <RecordTable type={type} records={records.filter((r) => r.type === type)} />
          {/* A fresh reference after each save remounts the form, so it starts empty again. */}
          <RecordForm key={editing?.type === type ? `edit-${editing.externalRef}` : newRefs[type]} type={type} />
        </section>
      ))}
      {provider.kind === "private_cleaner" ? <Slots /> : null}
    </>
  );
}
