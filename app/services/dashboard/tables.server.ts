// The dashboard as tables of display strings: the page and the CSV export are made from the same
// tables, so a download always says what the screen says. Charts read the numeric series beside.
import { formatDay, isMessageKey, type Locale, type MessageKey, translate } from "~/i18n";
import type { Dashboard } from "./build.server";

export type Chart = { type: "bar" | "line"; items: { label: string; value: number }[]; unit: string };
export type Table = {
  id: string;
  title: string;
  intro?: string;
  columns: string[];
  rows: string[][];
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

export function dashboardTables(d: Dashboard, locale: Locale): Table[] {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const nf = new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 1 });
  const num = (n: number | null) => (n === null ? "–" : nf.format(n));
  // A code the catalogue does not know shows as itself.
  const label = (key: string, code: string) => (isMessageKey(key) ? translate(locale, key) : code);
  const kind = (k: string) => label(`dash.kind.${k}`, k);
  const reason = (r: string) => label(`decide.reason.${r}`, r);
  return [
    {
      id: "wachtenden",
      title: t("dash.waiting.title"),
      intro: t("dash.waiting.intro"),
      columns: [
        t("dash.col.provider"),
        t("dash.col.kind"),
        t("dash.col.waiting"),
        t("dash.col.median"),
        t("dash.col.p90"),
      ],
      rows: d.waiting.map((w) => [w.provider, kind(w.kind), String(w.count), num(w.median), num(w.p90)]),
      chart: {
        type: "bar",
        unit: t("dash.unit.people"),
        items: d.waiting.map((w) => ({ label: `${w.provider} (${kind(w.kind)})`, value: w.count })),
      },
    },
    {
      id: "wachtlijsten",
      title: t("dash.published.title"),
      columns: [t("dash.col.provider"), t("dash.col.publishedList")],
      rows: d.published.map((p) => [p.provider, String(p.n)]),
    },
    {
      id: "trend",
      title: t("dash.trend.title"),
      columns: [t("dash.col.week"), t("dash.col.waiting")],
      rows: d.trend.map((w) => [formatDay(w.week, locale), String(w.waiting)]),
      chart: {
        type: "line",
        unit: t("dash.unit.people"),
        items: d.trend.map((w) => ({ label: w.week.slice(5), value: w.waiting })),
      },
    },
    {
      id: "doorlooptijden",
      title: t("dash.lead.title"),
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
        l.provider,
        kind(l.kind),
        String(l.toDecision.count),
        num(l.toDecision.median),
        num(l.toDecision.p90),
        num(l.toStart.median),
        num(l.toStart.p90),
        num(l.total.median),
        num(l.total.p90),
      ]),
      chart: {
        type: "bar",
        unit: t("dash.unit.days"),
        items: d.lead
          .filter((l) => l.total.median !== null)
          .map((l) => ({ label: `${l.provider} (${kind(l.kind)})`, value: l.total.median ?? 0 })),
      },
    },
    {
      id: "uitkomsten",
      title: t("dash.outcomes.title"),
      intro: t("dash.outcomes.intro", {
        count: d.decidedCount,
        saved: new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", {
          style: "currency",
          currency: "EUR",
        }).format(d.savedCents / 100),
      }),
      columns: [t("dash.col.outcome"), t("dash.col.count"), t("dash.col.share")],
      rows: d.outcomes.map((o) => [kind(o.kind), String(o.count), o.share === null ? "–" : `${o.share}%`]),
      chart: {
        type: "bar",
        unit: "%",
        items: d.outcomes.map((o) => ({ label: kind(o.kind), value: o.share ?? 0 })),
      },
    },
    {
      id: "redenen",
      title: t("dash.reasons.title"),
      columns: [t("dash.col.reason"), t("dash.col.count")],
      rows: d.reasons.map((r) => [reason(r.reason), String(r.n)]),
      chart: {
        type: "bar",
        unit: t("dash.unit.decisions"),
        items: d.reasons.map((r) => ({
          label: reason(r.reason),
          value: r.n,
        })),
      },
    },
    {
      id: "kwaliteit",
      title: t("dash.quality.title"),
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
      ],
      rows: d.quality.map((q) => [
        q.provider,
        String(q.clients),
        String(q.complaints),
        num(q.complaintsPer100),
        String(q.declined),
        String(q.cancelledOrMissed),
        String(q.signals),
        num(q.pickupHoursMedian),
        q.evaluationsDue === 0 ? "–" : `${q.evaluationsOnTime} / ${q.evaluationsDue}`,
      ]),
      chart: {
        type: "bar",
        unit: t("dash.unit.per100"),
        items: d.quality
          .filter((q) => q.complaintsPer100 !== null)
          .map((q) => ({ label: q.provider, value: q.complaintsPer100 ?? 0 })),
      },
    },
    {
      id: "capaciteit",
      title: t("dash.capacity.title"),
      intro: t("dash.capacity.intro"),
      columns: [t("dash.col.kind"), t("dash.col.published"), t("dash.col.taken"), t("dash.col.share")],
      rows: d.capacity.kinds.map((c) => {
        const share = c.published > 0 ? Math.round((c.taken * 100) / c.published) : null;
        return [kind(c.kind), String(c.published), String(c.taken), share === null ? "–" : `${share}%`];
      }),
      chart: {
        type: "bar",
        unit: "%",
        items: d.capacity.kinds.map((c) => ({
          label: kind(c.kind),
          value: c.published > 0 ? Math.round((c.taken * 100) / c.published) : 0,
        })),
      },
    },
    {
      id: "verouderd",
      title: t("dash.stale.title"),
      columns: [t("dash.col.provider"), t("dash.col.staleRecords")],
      rows: d.capacity.stale.map((s) => [s.provider, String(s.n)]),
    },
    {
      id: "productie",
      title: t("dash.production.title"),
      intro: t("dash.production.intro"),
      columns: [t("dash.col.month"), t("dash.col.provider"), t("dash.col.bookedHours"), t("dash.col.deliveredHours")],
      rows: d.production.map((p) => [p.month, p.provider, num(p.bookedHours), num(p.deliveredHours)]),
      chart: {
        type: "bar",
        unit: t("dash.unit.hours"),
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
