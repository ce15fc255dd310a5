// What the case shows before anything is decided: the citizen's answers, their requests (with
// the way a cleaner booking is paid) and the options, ladder by ladder.
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "~/components/DataTable";
import { Facts } from "~/components/Facts";
import { OptionCard } from "~/components/OptionCard";
import { PaymentMethodForm } from "~/components/PaymentMethodForm";
import { formatDateTime, formatEuro, isMessageKey, type MessageKey, useLocale, useT } from "~/i18n";
import type { CaseDetail } from "~/services/cases/case-detail.server";
import { OPTION_KINDS } from "~db/enums";

export function Answers({ d }: { d: CaseDetail }) {
  const t = useT();
  const q = d.query;
  const items: [string, string][] = [[t("case.account"), `${d.case.accountName}, ${d.case.email}`]];
  if (!q) return <Facts items={items} />;
  items.push(
    [t("case.postcode"), q.postcode],
    [t("case.birthYear"), String(q.birthYear)],
    [
      t("case.household"),
      q.household === "single"
        ? t("dk.single")
        : `${t("dk.couple")}${q.partnerUnderAow ? ` – ${t("dk.partnerUnderAow").toLowerCase()}` : ""}`,
    ],
    [t("case.needs"), q.needs.map((n) => t(`need.${n}` as MessageKey)).join(", ")],
    [t("case.mobility"), q.mobility.map((m) => t(`mobility.${m}` as MessageKey)).join(", ") || t("case.none")],
    [t("case.network"), t(`help.network.${q.network}` as MessageKey)],
  );
  return <Facts items={items} />;
}

function kindLabel(kind: string, t: (k: MessageKey) => string) {
  const key = `ladder.${kind}`;
  return isMessageKey(key) ? t(key) : t("kind.consultation");
}

export function Requests({ d }: { d: CaseDetail }) {
  const t = useT();
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

export function Options({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  if (!d.query) return <Paragraph>{t("case.noAnswers")}</Paragraph>;
  const euro = (cents: number) => formatEuro(cents, locale);
  const groups = OPTION_KINDS.map((kind) => ({ kind, options: d.options.filter((o) => o.kind === kind) })).filter(
    (g) => g.options.length > 0,
  );
  return (
    <>
      <Paragraph>{t("caseOptions.intro")}</Paragraph>
      {groups.map((g, i) => (
        <section key={g.kind} aria-labelledby={`case-group-${g.kind}`} className="hw-ladder-group">
          <Heading3 id={`case-group-${g.kind}`}>
            {i + 1}. {t(`ladder.${g.kind}`)}
          </Heading3>
          <div className="hw-options">
            {g.options.map((o) => (
              <OptionCard
                key={o.offerId}
                option={o}
                headingLevel={4}
                extraFacts={[
                  [t("caseOptions.municipalityCost"), euro(o.municipalityCostPerMonthCents)],
                  [
                    t("caseOptions.difference"),
                    o.differenceAgainstZinCents === null
                      ? "–"
                      : o.differenceAgainstZinCents === 0
                        ? t("caseOptions.same")
                        : t(o.differenceAgainstZinCents < 0 ? "caseOptions.cheaper" : "caseOptions.dearer", {
                            amount: euro(Math.abs(o.differenceAgainstZinCents)),
                          }),
                  ],
                ]}
              />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
