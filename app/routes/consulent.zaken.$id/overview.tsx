// What the case shows before anything is decided: the citizen's answers and the options, ladder by ladder.
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { Facts } from "~/components/Facts";
import { OptionCard } from "~/components/OptionCard";
import { inVoice } from "~/components/voice";
import { formatEuro, type MessageKey, useLocale, useT } from "~/i18n";
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

export function Options({ d }: { d: CaseDetail }) {
  const t = inVoice(useT(), "staff");
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
                voice="staff"
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
