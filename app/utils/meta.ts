import type { MetaFunction } from "@remix-run/node";
import { isLocale, type MessageKey, translate } from "~/i18n";

/** A route's <title> in the visitor's language: "Page – Hulpwijzer". */
export function titleMeta(key: MessageKey): MetaFunction {
  return ({ matches }) => {
    const root = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
    const locale = isLocale(root?.locale) ? root.locale : "nl";
    return [{ title: `${translate(locale, key)} – ${translate(locale, "site.name")}` }];
  };
}
