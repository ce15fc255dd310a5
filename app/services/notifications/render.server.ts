// A notification written out as a message: subject, a text part and a plain HTML part, in the
// recipient's language, with the municipality as sender. The same subject is the notice's line in
// the app (noticeLine), so the list and the mail never say different things.
import { bookingFactLines, bookingFactsOf } from "~/components/booking-facts-text";
import { NOTIFICATION_RULES } from "~/domain/notifications";
import {
  formatDateTime,
  formatDay,
  formatEuro,
  isMessageKey,
  type Locale,
  type MessageKey,
  type Params,
  translate,
} from "~/i18n";
import type { NotificationKind } from "~db/schema";

/** Writes out a notification's params: …At moments, …Day days, …Cents amounts, …Key messages. */
export function messageParams(raw: Record<string, string | number>, locale: Locale): Params {
  const out: Params = {};
  const messages: [string, MessageKey][] = [];
  for (const [name, value] of Object.entries(raw)) {
    if (name.endsWith("LineKey")) continue;
    if (name.endsWith("At") && value !== "") out[name] = formatDateTime(value, locale);
    else if (name.endsWith("Day") && typeof value === "string") out[name] = formatDay(value, locale);
    else if (name.endsWith("Cents") && typeof value === "number") out[name.slice(0, -5)] = formatEuro(value, locale);
    else if (name.endsWith("Key") && isMessageKey(value)) messages.push([name.slice(0, -3), value]);
    else out[name] = value;
  }
  // A message param may name the others ("uiterlijk {answerDay}"): written out after them.
  for (const [name, key] of messages) out[name] = translate(locale, key, out);
  return out;
}

const subjectKey = (kind: NotificationKind) => `notify.${kind}.subject` as MessageKey;
const bodyKey = (kind: NotificationKind) => `notify.${kind}.body` as MessageKey;

/** The notice's one line in the app: the message's subject. */
export function noticeLine(kind: NotificationKind, params: Record<string, string | number>, locale: Locale): string {
  return translate(locale, subjectKey(kind), messageParams(params, locale));
}

/** Paragraphs some kinds state in the page's own sentences: a booking's series, price and terms. */
function factLines(kind: NotificationKind, params: Record<string, string | number>, locale: Locale): string[] {
  if (kind !== "booking_confirmed") return [];
  const facts = bookingFactsOf(params);
  return facts ? bookingFactLines(facts, (key, p) => translate(locale, key, p), locale) : [];
}

export type Rendered = { subject: string; text: string; html: string; senderName: string };

export type RenderInput = {
  kind: NotificationKind;
  params: Record<string, string | number>;
  /** The absolute address of the portal page the message is about. */
  url: string;
  locale: Locale;
  recipientName: string;
  municipality?: { name: string; contactPhone: string | null } | undefined;
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** Why the person gets it; account messages always come, so they say no choice. */
const WHY = { citizen: "notify.why", staff: "notify.whyStaff", account: "notify.whyAccount" } as const;

export function renderMessage(input: RenderInput): Rendered {
  const { kind, locale } = input;
  const params = messageParams(input.params, locale);
  const t = (key: MessageKey, extra?: Params) => translate(locale, key, { ...params, ...extra });
  const senderName = input.municipality
    ? t("notify.sender", { municipality: input.municipality.name })
    : t("notify.senderNone");
  const extraLines = Object.entries(input.params)
    .filter(([name, value]) => name.endsWith("LineKey") && isMessageKey(value))
    .flatMap(([, value]) => t(value as MessageKey).split("\n\n"));
  const paragraphs = [
    t("notify.greeting", { name: input.recipientName }),
    ...t(bodyKey(kind)).split("\n\n"),
    ...factLines(kind, input.params, locale),
    ...extraLines,
    t(kind === "password_reset" ? "notify.linkReset" : "notify.link", { url: input.url }),
  ];
  const signature = [t("notify.closing"), senderName];
  const phone = input.municipality?.contactPhone;
  const footer = [...(phone ? [t("notify.senderPhone", { phone })] : []), t(WHY[NOTIFICATION_RULES[kind].audience])];
  const text = [...paragraphs, signature.join("\n"), ...footer].join("\n\n");
  const linkHtml = `<a href="${escapeHtml(input.url)}">${escapeHtml(input.url)}</a>`;
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;font-size:16px;line-height:1.5">`,
    ...paragraphs.slice(0, -1).map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p>${escapeHtml(t(kind === "password_reset" ? "notify.linkReset" : "notify.link", { url: "" })).trimEnd()} ${linkHtml}</p>`,
    `<p>${signature.map(escapeHtml).join("<br>")}</p>`,
    ...footer.map((p) => `<p style="color:#555;font-size:14px">${escapeHtml(p)}</p>`),
    "</body></html>",
  ].join("\n");
  return { subject: t(subjectKey(kind)), text, html, senderName };
}
