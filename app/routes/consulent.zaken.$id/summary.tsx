// The case page's top on a phone (issue 15): one list of the page's sections, each a link with
// its state in a few words (so it is the summary and the jump menu at once), and a fold for
// sections a consultant opens only now and then.
import { Heading2 } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { amsterdamParts } from "~/domain/time";
import { formatDay, isMessageKey, type MessageKey, plural, useLocale, useT } from "~/i18n";
import type { CaseDetail } from "~/services/cases/case-detail.server";

/** The short name of a kind of help ("Zorg in natura"), as the dashboard says it. */
function kindLabel(kind: string, t: (k: MessageKey) => string) {
  const key = `dash.kind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

/** The Amsterdam day of an instant, in words: the list says on which day, the section says when. */
function dayOf(at: Date | string | number): string {
  const p = amsterdamParts(new Date(at));
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

export function CaseJumpMenu({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const c = d.case;
  const recorded = (at: Date | string | number | null) =>
    at ? t("case.jump.recorded", { date: formatDay(dayOf(at), locale) }) : t("case.jump.notYet");
  const open = d.signals.filter((s) => s.status !== "closed");
  const urgent = open.filter((s) => s.urgency === "urgent").length;
  const signals =
    open.length === 0
      ? t("case.jump.signalsNone")
      : `${plural(t, "case.jump.signals", open.length)}${
          urgent > 0 ? `, ${t("case.jump.signalsUrgent", { count: urgent })}` : ""
        }`;
  const latest = [...d.requests].sort((a, b) => +new Date(b.createdAt) - +new Date(a.createdAt))[0];
  const decision = d.decisions[0];
  const indication = d.indications[0];
  const items: [id: string, title: string, state: string][] = [
    [
      "answers",
      t("case.answers"),
      d.query ? d.query.needs.map((n) => t(`need.${n}` as MessageKey)).join(", ") : t("case.jump.noAnswers"),
    ],
    ["signals", t("sig.title"), signals],
    [
      "requests",
      t("case.requests"),
      latest
        ? t("case.jump.requestsLatest", { kind: kindLabel(latest.kind, t), status: t(`status.${latest.status}`) })
        : t("case.jump.requestsNone"),
    ],
    ["talk", t("talk.title"), recorded(c.talkAt)],
    ["draagkracht", t("dk.title"), recorded(c.dkAt)],
    [
      "options",
      t("caseOptions.title"),
      d.options.length === 0 ? t("case.jump.optionsNone") : plural(t, "case.jump.options", d.options.length),
    ],
    ["consent", t("consent.title"), recorded(c.consentAt)],
    [
      "decide",
      t("decide.title"),
      decision
        ? t("case.jump.decisionLatest", {
            what: decision.providerName
              ? `${kindLabel(decision.kind, t)} – ${decision.providerName}`
              : kindLabel(decision.kind, t),
            date: formatDay(dayOf(decision.decidedAt), locale),
          })
        : t("case.jump.decisionNone"),
    ],
    [
      "indications",
      t("ind.title"),
      indication
        ? t("case.jump.indication", {
            hours: (indication.minutesPerWeek / 60).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB"),
            end: formatDay(indication.endDate, locale),
          })
        : t("case.jump.indicationNone"),
    ],
  ];
  return (
    <nav aria-labelledby="case-jump-title" className="hw-case-jump">
      <Heading2 id="case-jump-title">{t("case.jump.title")}</Heading2>
      <ul>
        {items.map(([id, title, state]) => (
          <li key={id}>
            {/* The whole line is the link (a 44 px target); its name says the state too. */}
            <a href={`#${id}`} className="utrecht-link hw-case-jump__link">
              <span className="hw-case-jump__title">{title}</span> <span className="hw-case-jump__state">{state}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A part folded away until asked for (`fold`), e.g. a talk already recorded; shown as is when
 * there is nothing to fold yet, and open when it needs attention (its form was just refused).
 */
export function Fold({
  summary,
  fold = true,
  open = false,
  children,
}: {
  summary: string;
  fold?: boolean;
  open?: boolean;
  children: ReactNode;
}) {
  if (!fold) return <>{children}</>;
  return (
    <details className="hw-case-fold" open={open}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
