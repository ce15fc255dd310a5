// The audit log in words (issue 15): every action, subject and detail as a person reads it, in
// the reader's language. Statuses go through the status labels the rest of the app shows; a code
// no catalogue knows still reads as a sentence ("Andere gebeurtenis: …"), never as a bare code.
import { formatDateTime, formatDay, formatEuro, isMessageKey, type Locale, translate } from "~/i18n";
import type { AuditSubjectIds, AuditSubjects } from "~/models/audit-subjects.server";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

function known(locale: Locale, ...keys: string[]): string | null {
  for (const key of keys) if (isMessageKey(key)) return translate(locale, key);
  return null;
}

export function actionText(locale: Locale, action: string): string {
  return (
    known(locale, `auditlog.action.${action}`) ??
    (action.startsWith("stripe.")
      ? translate(locale, "auditlog.action.stripe")
      : translate(locale, "auditlog.action.other", { code: action }))
  );
}

export function subjectText(locale: Locale, subjectType: string, subjectId: string | null): string {
  const kind = known(locale, `auditlog.subject.${subjectType}`) ?? subjectType;
  return subjectId ? `${kind} ${subjectId}` : kind;
}

/** A status code in the words the app shows elsewhere (request, complaint, vetting, payment …). */
function statusText(locale: Locale, code: string): string | null {
  return known(
    locale,
    `complaint.${code}`,
    `status.${code}`,
    `vetting.${code}`,
    `pay.status.${code}`,
    `sig.status.${code}`,
    `pref.status.${code}`,
    `users.status.${code}`,
    `auditlog.value.${code}`,
  );
}

const MAX_LIST = 10;
const DETAIL_MAX = 300;

function valueText(locale: Locale, key: string, v: unknown): string {
  if (v === null || v === undefined || v === "") return translate(locale, "auditlog.value.none");
  if (Array.isArray(v)) {
    const shown = v.slice(0, MAX_LIST).map((x) => valueText(locale, key, x));
    const more = v.length > MAX_LIST ? ` ${translate(locale, "auditlog.value.more", { n: v.length - MAX_LIST })}` : "";
    return `${shown.join(", ")}${more}`;
  }
  if (typeof v === "boolean") return translate(locale, v ? "auditlog.value.yes" : "auditlog.value.no");
  if (typeof v === "number") return key.endsWith("Cents") ? formatEuro(v, locale) : String(v);
  if (typeof v !== "string") return JSON.stringify(v);
  if (DAY.test(v)) return formatDay(v, locale);
  if (INSTANT.test(v) && !Number.isNaN(Date.parse(v))) return formatDateTime(v, locale);
  if (key === "action") return actionText(locale, v);
  if (key === "subjectType") return known(locale, `auditlog.subject.${v}`) ?? v;
  if (key === "by") return known(locale, `role.${v}`) ?? v;
  if (key === "item") return known(locale, `vetting.item.${v}`) ?? v;
  if (key === "kind") return known(locale, `dash.kind.${v}`) ?? v;
  if (key === "reason") return known(locale, `decide.reason.${v}`) ?? statusText(locale, v) ?? v;
  if (key === "role") return known(locale, `role.${v}`) ?? v;
  if (key === "emailOff") return known(locale, `notices.kind.${v}`) ?? v;
  if (key === "language") return known(locale, `notices.language.${v}`) ?? v;
  return statusText(locale, v) ?? v;
}

/** The detail's label: "to" is "naar" for a status and "tot en met" for a day. */
function keyText(locale: Locale, key: string, v: unknown): string {
  if (key === "to" && typeof v === "string" && DAY.test(v)) return translate(locale, "auditlog.detail.toDay");
  return known(locale, `auditlog.detail.${key}`) ?? key;
}

/** The event's detail as one line of words: "van: in behandeling; naar: afgehandeld". */
export function detailText(locale: Locale, detail: unknown): string {
  if (detail === null || detail === undefined) return "";
  if (typeof detail !== "object" || Array.isArray(detail)) return valueText(locale, "", detail).slice(0, DETAIL_MAX);
  const line = Object.entries(detail)
    .map(([k, v]) => `${keyText(locale, k, v)}: ${valueText(locale, k, v)}`)
    .join("; ");
  return line.length > DETAIL_MAX ? `${line.slice(0, DETAIL_MAX - 1)}…` : line;
}

/** "Greet Jansen-de Wit" → "G. Jansen-de Wit": enough to recognise, shorter to scan. */
export function shortName(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return name.trim();
  const [first, ...rest] = parts;
  return `${(first ?? "").charAt(0).toUpperCase()}. ${rest.join(" ")}`;
}

export type SubjectInWords = { text: string; number: string | null; href: string | null };

/**
 * The subject as a person reads it ("Aanvraag van G. Jansen (schoonmaakhulp bij Schoon & Zo)"),
 * with its number kept for tracing and a link where the admin has a page for it. A subject not
 * found (erased, or not of this municipality) reads as its kind and number, as before.
 */
export function subjectInWords(
  locale: Locale,
  subjectType: string,
  subjectId: string | null,
  subjects: AuditSubjects,
): SubjectInWords {
  const fallback = { text: subjectText(locale, subjectType, null), number: subjectId, href: null };
  const capitalised = { ...fallback, text: fallback.text.charAt(0).toUpperCase() + fallback.text.slice(1) };
  if (!subjectId) return capitalised;
  const n = /^\d+$/.test(subjectId) ? Number(subjectId) : Number.NaN;
  const kind = (k: string) => known(locale, `auditlog.kind.${k}`) ?? k;
  const words = (text: string, href: string | null = null) => ({ text, number: subjectId, href });
  switch (subjectType) {
    case "help_request": {
      const r = subjects.requests.get(n);
      if (!r) break;
      const name = shortName(r.actingForName ?? r.citizenName);
      return words(
        r.providerName
          ? translate(locale, "auditlog.about.help_request_at", { name, kind: kind(r.kind), provider: r.providerName })
          : translate(locale, "auditlog.about.help_request", { name, kind: kind(r.kind) }),
      );
    }
    case "case": {
      const c = subjects.cases.get(n);
      if (!c) break;
      return words(translate(locale, "auditlog.about.case", { name: shortName(c.personName) }));
    }
    case "complaint": {
      const c = subjects.complaints.get(n);
      if (!c) break;
      const name = shortName(c.citizenName);
      return words(
        c.providerName
          ? translate(locale, "auditlog.about.complaint_about", { name, provider: c.providerName })
          : translate(locale, "auditlog.about.complaint", { name }),
        `/beheer/klachten/${n}`,
      );
    }
    case "provider": {
      const p = subjects.providers.get(n);
      if (!p) break;
      return words(translate(locale, "auditlog.about.provider", { name: p.name }), `/beheer/aanbieders/${n}`);
    }
    case "user": {
      const u = subjects.users.get(n);
      if (!u) break;
      return words(
        translate(locale, "auditlog.about.user", {
          name: shortName(u.name),
          role: known(locale, `role.${u.role}`) ?? u.role,
        }),
      );
    }
    case "municipality": {
      const m = subjects.municipalities.get(subjectId);
      if (!m) break;
      return { text: translate(locale, "auditlog.about.municipality", { name: m.name }), number: null, href: null };
    }
  }
  return capitalised;
}

/** The ids of a page's subjects per kind, for one batched load. */
export function subjectIdsOf(rows: readonly { subjectType: string; subjectId: string | null }[]): AuditSubjectIds {
  const ids: AuditSubjectIds = { help_request: [], case: [], complaint: [], provider: [], user: [], municipality: [] };
  const seen = new Set<string>();
  for (const { subjectType, subjectId } of rows) {
    if (!subjectId || seen.has(`${subjectType}:${subjectId}`)) continue;
    seen.add(`${subjectType}:${subjectId}`);
    if (subjectType === "municipality") ids.municipality.push(subjectId);
    else if (subjectType in ids && /^\d+$/.test(subjectId))
      ids[subjectType as Exclude<keyof AuditSubjectIds, "municipality">].push(Number(subjectId));
  }
  return ids;
}
