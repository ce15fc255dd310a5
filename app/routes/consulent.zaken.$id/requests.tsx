// The person's requests, and for a cleaner booking the way it is paid (handled by payment-method.server.ts).
import { DataTable } from "~/components/DataTable";
import { PaymentMethodForm } from "~/components/PaymentMethodForm";
import { inVoice } from "~/components/voice";
import { formatDateTime, isMessageKey, type MessageKey, useLocale, useT } from "~/i18n";
import type { CaseDetail } from "~/services/cases/case-detail.server";

function kindLabel(kind: string, t: (k: MessageKey) => string) {
  const key = `ladder.${kind}`;
  return isMessageKey(key) ? t(key) : t("kind.consultation");
}

export function Requests({ d }: { d: CaseDetail }) {
  const t = inVoice(useT(), "staff");
  const locale = useLocale();
  return (
    <DataTable
      rows={d.requests}
      rowKey={(r) => r.id}
      columns={[
        { header: t("case.col.date"), cell: (r) => formatDateTime(r.createdAt, locale) },
        { header: t("case.col.kind"), cell: (r) => kindLabel(r.kind, t) },
        { header: t("case.col.provider"), cell: (r) => r.providerName ?? "–" },
        { header: t("case.col.status"), cell: (r) => t(`status.${r.status}`) },
        {
          header: t("pay.methodLabel"),
          cell: (r) =>
            r.kind === "private_cleaner" && (r.status === "booked" || r.status === "held") ? (
              <PaymentMethodForm
                id={`method-${r.id}`}
                intent="paymentMethod"
                methods={d.paymentMethods}
                current={r.paymentMethod}
                hidden={{ requestId: r.id }}
                context={r.providerName}
                visibleLabel={false}
                label="pay.methodLabel"
              />
            ) : (
              "–"
            ),
        },
      ]}
    />
  );
}
