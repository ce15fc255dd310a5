// The dashboard as tables of cells (text, a number, or empty): the page formats them for the
// reader, and both CSV flavours write the very same cells, so a download always says what the
// screen says. Charts read the numeric series beside. Every table carries its definition (ADR 009),
// shown on the page under the table's introduction.
import { formatDay, isMessageKey, type Locale, type MessageKey, translate } from "~/i18n";
import type { CsvCell } from "~/utils/csv";
import type { Dashboard } from "./build.server";

export type Chart = {
  type: "bar" | "line";
  items: { label: string; value: number }[];
  unit: { one: string; other: string };
};
export type Table = {
  id: string;
  title: string;
  intro?: string;
  /** How each figure of the table is counted, in a sentence or two. */
  definition: string;
  columns: string[];
  /** Numbers as numbers (shares in whole percent, days and hours with one decimal); null = none. */
  rows: CsvCell[][];
  chart?: Chart;
};

export const TABLE_IDS = [
  "wachtenden",
  "wachtlijsten",
  "trend",
  "doorlooptijden",
  "uitkomsten",
  "redenen",
  "kwaliteit",
  "capaciteit",
  "verouderd",
  "productie",
] as const;

/** Numbers as the page shows them, one decimal at most: the CSV cells are the screen's cells. */
const oneDecimal = (cell: CsvCell): CsvCell => (typeof cell === "number" ? Math.round(cell * 10) / 10 : cell);

export function dashboardTables(d: Dashboard, locale: Locale): Table[] {
  return tablesOf(d, locale).map((table) => ({ ...table, rows: table.rows.map((row) => row.map(oneDecimal)) }));
}

function tablesOf(d: Dashboard, locale: Locale): Table[] {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  // A code the catalogue does not know shows as itself.
  const label = (key: string, code: string) => (isMessageKey(key) ? translate(locale, key) : code);
  const kind = (k: string) => label(`dash.kind.${k}`, k);
  // A request not yet with a provider (a talk, a ZIN request before its referral) says so in words.
  const provider = (name: string | null) => name ?? t("dash.noProvider");
  const reason = (r: string) => label(`decide.reason.${r}`, r);
  return [
    {
      id: "wachtenden",
      title: t("dash.waiting.title"),
      definition: t("dash.waiting.definition"),
      intro: t("dash.waiting.intro"),
      columns: [
        t("dash.col.provider"),
        t("dash.col.kind"),
        t("dash.col.waiting"),
        t("dash.col.median"),
        t("dash.col.p90"),
      ],
      rows: d.waiting.map((w) => [provider(w.provider), kind(w.kind), w.count, w.median, w.p90]),
      chart: {
        type: "bar",
        unit: { one: t("dash.unit.person"), other: t("dash.unit.people") },
        items: d.waiting.map((w) => ({ label: `${provider(w.provider)} (${kind(w.kind)})`, value: w.count })),
      },
    },
    {
      id: "wachtlijsten",
      title: t("dash.published.title"),
      definition: t("dash.published.definition"),
      columns: [t("dash.col.provider"), t("dash.col.publishedList")],
      rows: d.published.map((p) => [p.provider, p.n]),
    },
    {
      id: "trend",
      title: t("dash.trend.title"),
      definition: t("dash.trend.definition"),
      columns: [t("dash.col.week"), t("dash.col.waiting")],
      rows: d.trend.map((w) => [formatDay(w.week, locale), w.waiting]),
      chart: {
        type: "line",
        unit: { one: t("dash.unit.person"), other: t("dash.unit.people") },
        items: d.trend.map((w) => ({ label: w.week.slice(5), value: w.waiting })),
      },
    },
    {
      id: "doorlooptijden",
      title: t("dash.lead.title"),
      definition: t("dash.lead.definition"),
      intro: t("dash.lead.intro"),
      columns: [
        t("dash.col.provider"),
        t("dash.col.kind"),
        t("dash.col.requests"),
        t("dash.col.toDecisionMedian"),
        t("dash.col.toDecisionP90"),
        t("dash.col.toStartMedian"),
        t("dash.col.toStartP90"),
        t("dash.col.totalMedian"),
        t("dash.col.totalP90"),
      ],
      rows: d.lead.map((l) => [
        provider(l.provider),
        kind(l.kind),
        l.toDecision.count,
        l.toDecision.median,
        l.toDecision.p90,
        l.toStart.median,
        l.toStart.p90,
        l.total.median,
        l.total.p90,
      ]),
      chart: {
        type: "bar",
        unit: { one: t("dash.unit.day"), other: t("dash.unit.days") },
        items: d.lead
          .filter((l) => l.total.median !== null)
          .map((l) => ({ label: `${provider(l.provider)} (${kind(l.kind)})`, value: l.total.median ?? 0 })),
      },
    },
    {
      id: "uitkomsten",
      title: t("dash.outcomes.title"),
      definition: t("dash.outcomes.definition"),
      intro: t("dash.outcomes.intro", {
        count: d.decidedCount,
        saved: new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", {
          style: "currency",
          currency: "EUR",
        }).format(d.savedCents / 100),
      }),
      columns: [t("dash.col.outcome"), t("dash.col.count"), t("dash.col.share")],
      rows: d.outcomes.map((o) => [kind(o.kind), o.count, o.share]),
      chart: {
        type: "bar",
        unit: { one: "%", other: "%" },
        // No share without decisions: nothing to chart then, rather than a row of 0 %.
        items: d.outcomes.flatMap((o) => (o.share === null ? [] : [{ label: kind(o.kind), value: o.share }])),
      },
    },
    {
      id: "redenen",
      title: t("dash.reasons.title"),
      definition: t("dash.reasons.definition"),
      columns: [t("dash.col.reason"), t("dash.col.count")],
      rows: d.reasons.map((r) => [reason(r.reason), r.n]),
      chart: {
        type: "bar",
        unit: { one: t("dash.unit.decision"), other: t("dash.unit.decisions") },
        items: d.reasons.map((r) => ({
          label: reason(r.reason),
          value: r.n,
        })),
      },
    },
    {
      id: "kwaliteit",
      title: t("dash.quality.title"),
      definition: t("dash.quality.definition"),
      intro: t("dash.quality.intro"),
      columns: [
        t("dash.col.provider"),
        t("dash.col.clients"),
        t("dash.col.complaints"),
        t("dash.col.complaintsPer100"),
        t("dash.col.declined"),
        t("dash.col.cancelledMissed"),
        t("dash.col.signals"),
        t("dash.col.pickup"),
        t("dash.col.evaluationsOnTime"),
        t("dash.col.evaluationsDue"),
      ],
      rows: d.quality.map((q) => [
        q.provider,
        q.clients,
        q.complaints,
        q.complaintsPer100,
        q.declined,
        q.cancelledOrMissed,
        q.signals,
        q.pickupHoursMedian,
        q.evaluationsDue === 0 ? null : q.evaluationsOnTime,
        q.evaluationsDue,
      ]),
      chart: {
        type: "bar",
        unit: { one: t("dash.unit.per100"), other: t("dash.unit.per100") },
        items: d.quality
          .filter((q) => q.complaintsPer100 !== null)
          .map((q) => ({ label: q.provider, value: q.complaintsPer100 ?? 0 })),
      },
    },
    {
      id: "capaciteit",
      title: t("dash.capacity.title"),
      definition: t("dash.capacity.definition"),
      intro: t("dash.capacity.intro"),
      columns: [t("dash.col.kind"), t("dash.col.published"), t("dash.col.taken"), t("dash.col.share")],
      rows: d.capacity.kinds.map((c) => [kind(c.kind), c.published, c.taken, c.share]),
      chart: {
        type: "bar",
        unit: { one: "%", other: "%" },
        // Only what was published can be charted as a share: "0 published, 15 taken" is no 0 %.
        items: d.capacity.kinds.flatMap((c) => (c.share === null ? [] : [{ label: kind(c.kind), value: c.share }])),
      },
    },
    {
      id: "verouderd",
      title: t("dash.stale.title"),
      definition: t("dash.stale.definition"),
      columns: [t("dash.col.provider"), t("dash.col.staleRecords")],
      rows: d.capacity.stale.map((s) => [s.provider, s.n]),
    },
    {
      id: "productie",
      title: t("dash.production.title"),
      definition: t("dash.production.definition"),
      intro: t("dash.production.intro"),
      columns: [t("dash.col.month"), t("dash.col.provider"), t("dash.col.bookedHours"), t("dash.col.deliveredHours")],
      rows: d.production.map((p) => [p.month, p.provider, p.bookedHours, p.deliveredHours]),
      chart: {
        type: "bar",
        unit: { one: t("dash.unit.hours"), other: t("dash.unit.hours") },
        items: [...groupSum(d.production)].map(([label, value]) => ({ label, value: Math.round(value * 10) / 10 })),
      },
    },
  ];
}

function groupSum(rows: { provider: string; deliveredHours: number }[]) {
  const sums = new Map<string, number>();
  for (const r of rows) sums.set(r.provider, (sums.get(r.provider) ?? 0) + r.deliveredHours);
  return sums;
}
