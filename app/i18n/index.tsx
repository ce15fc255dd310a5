// Message lookup for both languages; Dutch is the default and the fallback.
// The server holds both catalogues; the browser only the page's language, loaded before it hydrates (ADR 016).
import { createContext, type ReactNode, useContext } from "react";
import { en } from "./en";
import { type MessageKey, nl } from "./nl";

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };

type Catalogue = Record<MessageKey, string>;

// In the browser build import.meta.env.SSR is false, so the static imports above go unused and the bundler
// drops them: there each language exists only as the chunk of its dynamic import in loadCatalogue.
const catalogues: Partial<Record<Locale, Catalogue>> = import.meta.env.SSR ? { nl, en } : {};

/** Fetches a language's catalogue in the browser (the server has both); entry.client awaits it before hydrating. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (catalogues[locale]) return;
  catalogues[locale] = locale === "en" ? (await import("./en")).en : (await import("./nl")).nl;
}

/** The locale itself if its catalogue is here; otherwise the language the browser has loaded. */
export function availableLocale(locale: Locale): Locale {
  return catalogues[locale] ? locale : (LOCALES.find((other) => catalogues[other]) ?? locale);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
  // Both languages have the same keys (the compiler checks), so whichever catalogue is here will do.
  const catalogue = catalogues[availableLocale("nl")];
  return typeof value === "string" && catalogue !== undefined && Object.hasOwn(catalogue, value);
}

export type Params = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = catalogues[availableLocale(locale)]?.[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * A validation message is a catalogue key; anything else reads as the generic one. A key may carry
 * parameters after a "|" as a query string ("key|expired=2026-12-04"); a day among them is said in words.
 */
export function translateError(locale: Locale, message: string | undefined): string {
  const [key, query] = (message ?? "").split("|", 2);
  if (!isMessageKey(key)) return translate(locale, "validation.invalid");
  if (!query) return translate(locale, key);
  const params: Params = {};
  for (const [name, value] of new URLSearchParams(query))
    params[name] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(value, locale) : value;
  return translate(locale, key, params);
}

/** A validation message with parameters, for translateError. */
export function errorWith(key: MessageKey, params: Record<string, string>): string {
  return `${key}|${new URLSearchParams(params).toString()}`;
}

const LocaleContext = createContext<Locale>("nl");

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function useT(): Translate {
  const locale = useLocale();
  return (key, params) => translate(locale, key, params);
}

// Intl formatters cost tens of microseconds and some native memory to create, and are immutable:
// one per locale and kind, made on first use. (The options page formats hundreds of values; a new
// formatter per value was a third of its time and grew the server's memory by hundreds of MB.)
const tag = (locale: Locale) => (locale === "nl" ? "nl-NL" : "en-GB");
const euroFormats = new Map<Locale, Intl.NumberFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

function memo<T>(cache: Map<Locale, T>, locale: Locale, make: () => T): T {
  let found = cache.get(locale);
  if (found === undefined) {
    found = make();
    cache.set(locale, found);
  }
  return found;
}

export function formatEuro(cents: number, locale: Locale): string {
  return memo(
    euroFormats,
    locale,
    () => new Intl.NumberFormat(tag(locale), { style: "currency", currency: "EUR" }),
  ).format(cents / 100);
}

/** A number as the user's language writes it (e.g. 2,5 in Dutch), like toLocaleString. */
export function formatNumber(value: number, locale: Locale): string {
  return memo(numberFormats, locale, () => new Intl.NumberFormat(tag(locale))).format(value);
}

/** A YYYY-MM-DD day as a long date in the user's language (e.g. "1 januari 2026"). */
export function formatDay(day: string, locale: Locale): string {
  return memo(
    dayFormats,
    locale,
    () => new Intl.DateTimeFormat(tag(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  ).format(new Date(`${day}T00:00:00Z`));
}

/** An instant as an Amsterdam date and time, e.g. "dinsdag 1 december 2026 09:00". */
export function formatDateTime(instant: Date | string | number, locale: Locale): string {
  return memo(
    dateTimeFormats,
    locale,
    () =>
      new Intl.DateTimeFormat(tag(locale), {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone: "Europe/Amsterdam",
      }),
  ).format(new Date(instant));
}

// One way to say a count (issue 15): a message in two forms, `<base>.one` and `<base>.other`, chosen
// by the count. Dutch and English both use the singular for exactly 1 only ("1 week", "0 weken").

/** The message bases that have both a `.one` and an `.other` form. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** `plural(t, "options.wait", 1)` → "… ongeveer 1 week"; `{count}` is filled in, with any other params. */
export function plural(t: Translate, base: PluralKey, count: number, params: Params = {}): string {
  const key = `${base}.${count === 1 ? "one" : "other"}` as MessageKey;
  return t(key, { count, ...params });
}
