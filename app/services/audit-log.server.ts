// The audit trail as a municipality admin reads it: only the events about their own
// municipality's citizens, newest first, a page at a time, in words, repeated reads on one line
// with a count (ADR 022); also as CSV of everything the filter finds. Reading it is itself audited.
import { groupRepeatedReads } from "~/domain/audit";
import { addDays, fromAmsterdam } from "~/domain/time";
import { formatDateTime, type Locale, translate } from "~/i18n";
import { auditEventsOf, auditValuesOf } from "~/models/audit-events.server";
import { auditSubjectsOf } from "~/models/audit-subjects.server";
import { type CsvFlavour, toCsv } from "~/utils/csv";
import type { Role } from "~db/schema";
import { audit } from "./audit.server";
import { actionText, detailText, subjectIdsOf, subjectInWords } from "./audit-log-text.server";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
  action?: string | undefined;
  /** Part of the actor's email address, any case. */
  actorEmail?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  /** Amsterdam days, both inclusive. */
  from?: string | undefined;
  to?: string | undefined;
};

export type AuditRow = {
  id: number;
  /** The latest time; with count > 1, firstAt is the earliest of the repeated reads. */
  at: number;
  firstAt: number;
  count: number;
  actor: { name: string; email: string; role: Role } | null;
  action: string;
  /** The action, the subject and the detail in words, in the reader's language. */
  actionText: string;
  subject: string;
  /** The subject's number, for tracing (the filter's "nummer"); a link where the admin has a page. */
  subjectNumber: string | null;
  subjectHref: string | null;
  detail: string;
};

/** At most this many events in one CSV download. */
export const AUDIT_CSV_MAX = 10_000;

export type AuditPage = { events: AuditRow[]; page: number; hasPrevious: boolean; hasNext: boolean };

/** The UTC instant an Amsterdam day starts (midnight exists on every day, DST changes at 2–3 am). */
function dayStart(day: string): Date {
  return fromAmsterdam(day, "00:00") ?? new Date(`${day}T00:00:00Z`);
}

function escapeLike(s: string): string {
  return s.replace(/[%_\\]/g, (c) => `\\${c}`);
}

const DETAIL_MAX = 200;

/** The event's detail as one short line: `key: value` pairs, long lists cut short. */
export function summariseDetail(detail: unknown): string {
  if (detail === null || detail === undefined) return "";
  if (typeof detail !== "object" || Array.isArray(detail)) return String(detail).slice(0, DETAIL_MAX);
  const value = (v: unknown): string => {
    if (v === null || v === undefined) return "—";
    if (Array.isArray(v)) {
      const shown = v.slice(0, 10).map(value).join(", ");
      return v.length > 10 ? `${shown} … (+${v.length - 10})` : shown;
    }
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  };
  const line = Object.entries(detail)
    .map(([k, v]) => `${k}: ${value(v)}`)
    .join("; ");
  return line.length > DETAIL_MAX ? `${line.slice(0, DETAIL_MAX - 1)}…` : line;
}

/** What the filter's selects offer: the actions and subject types present for this municipality. */
export function auditFilterChoices(admin: { municipalityCode: string }): { actions: string[]; subjectTypes: string[] } {
  return { actions: auditValuesOf(admin, "action"), subjectTypes: auditValuesOf(admin, "subjectType") };
}

/** The filter form's fields (Dutch names in the URL) as a filter. */
export function filterOf(f: {
  actie?: string | undefined;
  email?: string | undefined;
  onderwerp?: string | undefined;
  nummer?: string | undefined;
  van?: string | undefined;
  tot?: string | undefined;
}): AuditFilter {
  return {
    action: f.actie,
    actorEmail: f.email,
    subjectType: f.onderwerp,
    subjectId: f.nummer,
    from: f.van,
    to: f.tot,
  };
}

function queryOf(filter: AuditFilter) {
  return {
    action: filter.action,
    actorEmailPattern: filter.actorEmail ? `%${escapeLike(filter.actorEmail.toLowerCase())}%` : undefined,
    subjectType: filter.subjectType,
    subjectId: filter.subjectId,
    from: filter.from ? dayStart(filter.from) : undefined,
    before: filter.to ? dayStart(addDays(filter.to, 1)) : undefined,
  };
}

type EventRow = ReturnType<typeof auditEventsOf>[number];

/** The events as lines: repeated reads grouped, everything in words. */
function linesOf(admin: { municipalityCode: string }, rows: readonly EventRow[], locale: Locale): AuditRow[] {
  const events = rows.map((r) => ({ ...r, at: r.at.getTime() }));
  // The subjects' names for the whole page at once: one query per kind, not one per line.
  const subjects = auditSubjectsOf(admin, subjectIdsOf(rows));
  return groupRepeatedReads(events).map((r) => {
    const subject = subjectInWords(locale, r.subjectType, r.subjectId, subjects);
    return {
      id: r.id,
      at: r.at,
      firstAt: r.firstAt,
      count: r.count,
      actor:
        r.actorName !== null && r.actorEmail !== null && r.actorRole !== null
          ? { name: r.actorName, email: r.actorEmail, role: r.actorRole }
          : null,
      action: r.action,
      actionText: actionText(locale, r.action),
      subject: subject.text,
      subjectNumber: subject.number,
      subjectHref: subject.href,
      detail: detailText(locale, r.detail),
    };
  });
}

/** One page of the admin's municipality's audit events; the viewing is recorded too. */
export function readAuditLog(
  admin: { id: number; municipalityCode: string },
  filter: AuditFilter,
  page: number,
  locale: Locale = "nl",
): AuditPage {
  // A page is 50 events as stored; repeated reads among them show as one line.
  const rows = auditEventsOf(admin, queryOf(filter), {
    limit: AUDIT_PAGE_SIZE + 1,
    offset: (page - 1) * AUDIT_PAGE_SIZE,
  });
  const result: AuditPage = {
    events: linesOf(admin, rows.slice(0, AUDIT_PAGE_SIZE), locale),
    page,
    hasPrevious: page > 1,
    hasNext: rows.length > AUDIT_PAGE_SIZE,
  };
  // Who looked at whose data is itself part of the trail.
  audit({
    actorUserId: admin.id,
    action: "audit.viewed",
    subjectType: "municipality",
    subjectId: admin.municipalityCode,
    municipalityCode: admin.municipalityCode,
    detail: { ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)), page },
  });
  return result;
}

/** Who did it, in words. */
function whoText(locale: Locale, actor: AuditRow["actor"]): string {
  return actor
    ? translate(locale, "auditlog.who", {
        name: actor.name,
        email: actor.email,
        role: translate(locale, `role.${actor.role}`),
      })
    : translate(locale, "auditlog.system");
}

/** The page's lines as cells: one function for the page's table and both CSV flavours. */
export function auditCells(lines: readonly AuditRow[], locale: Locale) {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return {
    columns: [
      t("auditlog.col.when"),
      t("auditlog.col.first"),
      t("auditlog.col.count"),
      t("auditlog.col.who"),
      t("auditlog.col.action"),
      t("auditlog.col.subject"),
      t("auditlog.col.subjectId"),
      t("auditlog.col.detail"),
    ],
    rows: lines.map((l) => [
      formatDateTime(l.at, locale),
      formatDateTime(l.firstAt, locale),
      l.count,
      whoText(locale, l.actor),
      l.actionText,
      l.subject,
      l.subjectNumber,
      l.detail,
    ]),
  };
}

/** Every event the filter finds (up to AUDIT_CSV_MAX) as CSV; the download is recorded too. */
export function auditLogCsv(
  admin: { id: number; municipalityCode: string },
  filter: AuditFilter,
  locale: Locale,
  flavour: CsvFlavour,
): string {
  const rows = auditEventsOf(admin, queryOf(filter), { limit: AUDIT_CSV_MAX, offset: 0 });
  const { columns, rows: cells } = auditCells(linesOf(admin, rows, locale), locale);
  audit({
    actorUserId: admin.id,
    action: "audit.downloaded",
    subjectType: "municipality",
    subjectId: admin.municipalityCode,
    municipalityCode: admin.municipalityCode,
    detail: { ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)), count: rows.length },
  });
  return toCsv(columns, cells, flavour);
}
