import type { MetaFunction } from "@remix-run/node";
import { isLocale, type MessageKey, type Params, translate } from "~/i18n";

/** A route's <title> in the visitor's language: "Page – Hulpwijzer". */
export function titleMeta(
  key: MessageKey,
  prefix?: (data: unknown) => { key: MessageKey; params: Params } | null,
): MetaFunction {
  return ({ matches, data }) => {
    const root = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
    const locale = isLocale(root?.locale) ? root.locale : "nl";
    const before = prefix?.(data);
    const lead = before ? `${translate(locale, before.key, before.params)}: ` : "";
    return [{ title: `${lead}${translate(locale, key)} – ${translate(locale, "site.name")}` }];
  };
}
