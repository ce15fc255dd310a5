import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireProviderUser } from "~/auth/auth.server";
import { DataTable } from "~/components/DataTable";
import { formatDateTime, isMessageKey, type Translate, useLocale, useT } from "~/i18n";
import { capacityHistory } from "~/services/provider-workspace.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("history.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireProviderUser(request);
  return { changes: capacityHistory(user.providerId) };
}

/** "Aantal nieuwe cliënten: 3 → 1" for the fields that differ, with the form's own labels. */
function summarise(
  t: Translate,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string {
  const label = (k: string) => {
    const key = `capacity.field.${k}`;
    return isMessageKey(key) ? t(key) : k;
  };
  const show = (v: unknown) => (typeof v === "object" ? JSON.stringify(v) : String(v));
  if (before && after) {
    return Object.keys(after)
      .filter((k) => show(before[k]) !== show(after[k]))
      .map((k) => `${label(k)}: ${show(before[k])} → ${show(after[k])}`)
      .join("; ");
  }
  return Object.entries(after ?? before ?? {})
    .map(([k, v]) => `${label(k)}: ${show(v)}`)
    .join("; ");
}

export default function HistoryPage() {
  const t = useT();
  const locale = useLocale();
  const { changes } = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{t("history.title")}</Heading1>
      <Paragraph>{t("history.intro")}</Paragraph>
      {changes.length === 0 ? (
        <Paragraph>{t("history.none")}</Paragraph>
      ) : (
        <DataTable
          rows={changes}
          rowKey={(c) => c.id}
          columns={[
            { header: t("history.col.at"), cell: (c) => formatDateTime(c.at, locale) },
            { header: t("history.col.what"), cell: (c) => `${t(`capacity.type.${c.recordType}`)} (${c.externalRef})` },
            { header: t("history.col.action"), cell: (c) => t(`history.action.${c.action}`) },
            {
              header: t("history.col.by"),
              cell: (c) => c.byName ?? (c.apiKeyId ? t("history.by.apiKey") : t("history.by.system")),
            },
            { header: t("history.col.change"), cell: (c) => summarise(t, c.before ?? null, c.after ?? null) },
          ]}
        />
      )}
    </>
  );
}
