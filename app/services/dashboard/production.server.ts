// Production (ADR 009): hours per provider per month — cleaners' booked and delivered (done)
// visits, and ZIN's indicated hours per week spread over the days the care ran.
import { type Period, periodBounds } from "~/domain/metrics";
import { amsterdamDay } from "~/domain/policy";
import type { Area } from "~/models/dashboard/area.server";
import { bookedVisits, zinCareSpans } from "~/models/dashboard/production.server";

const DAY = 86_400_000;

export function productionFigures(area: Area, period: Period) {
  const instants = periodBounds(period);
  const [from, before] = [instants.from.getTime(), instants.before.getTime()];
  const rows = new Map<string, { provider: string; month: string; bookedHours: number; deliveredHours: number }>();
  const row = (provider: string, month: string) => {
    const key = `${provider}|${month}`;
    const r = rows.get(key) ?? { provider, month, bookedHours: 0, deliveredHours: 0 };
    rows.set(key, r);
    return r;
  };
  for (const visit of bookedVisits(area, instants)) {
    const r = row(visit.provider, amsterdamDay(visit.at).slice(0, 7));
    r.bookedHours += visit.minutes / 60;
    if (visit.outcome === "done") r.deliveredHours += visit.minutes / 60;
  }
  for (const care of zinCareSpans(area)) {
    if (care.started === null) continue;
    for (let t = Math.max(care.started, from); t < Math.min(care.ended ?? before, before); t += DAY) {
      const r = row(care.provider, amsterdamDay(new Date(t)).slice(0, 7));
      const hours = care.minutes / 60 / 7;
      r.bookedHours += hours;
      r.deliveredHours += hours;
    }
  }
  return [...rows.values()]
    .map((r) => ({
      ...r,
      bookedHours: Math.round(r.bookedHours * 10) / 10,
      deliveredHours: Math.round(r.deliveredHours * 10) / 10,
    }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.provider.localeCompare(b.provider));
}
