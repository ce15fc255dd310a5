// The audit log in words (issue 15): every action, subject and detail as a person reads it, in
// the reader's language. Statuses go through the status labels the rest of the app shows; a code
// no catalogue knows still reads as a sentence ("Andere gebeurtenis: …"), never as a bare code.
import { formatDateTime, formatDay, formatEuro, isMessageKey, type Locale, translate } from "~/i18n";

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
