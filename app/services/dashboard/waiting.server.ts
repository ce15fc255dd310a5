// Waiting (ADR 009): who waits now, per provider and kind, the waiting lists providers publish,
// and how many were waiting at the end of each week of the period.
import { daysBetweenInstants, type Period, stat, waitingAt, weekStarts } from "~/domain/metrics";
import { addDays } from "~/domain/time";
import type { Area } from "~/models/dashboard/area.server";
import { publishedWaitingLists } from "~/models/dashboard/requests.server";
import { providerKindKey, type RequestFact } from "./facts.server";

/** Asked for help that needs a decision or a start (not a cleaner booking, not own strength). */
const waitsFor = (f: RequestFact) => f.kind !== "private_cleaner" && f.kind !== "own_strength";

export function waitingFigures(area: Area, facts: readonly RequestFact[], period: Period, now: Date) {
  const nowMs = now.getTime();
  // Waiting now: not started yet (or starting later, like a cohort after today) and not closed.
  // Days waited: from the request to now.
  const groups = new Map<string, { provider: string | null; kind: string; days: number[] }>();
  const waitingNow = (x: RequestFact) =>
    waitsFor(x) && (x.startedAt === null || x.startedAt > nowMs) && (x.closedAt === null || x.closedAt > nowMs);
  for (const f of facts.filter(waitingNow)) {
    const key = providerKindKey(f);
    const g = groups.get(key) ?? { provider: f.providerName, kind: f.kind, days: [] as number[] };
    g.days.push(daysBetweenInstants(f.requestedAt, nowMs));
    groups.set(key, g);
  }
  const intervals = facts.filter(waitsFor).map((f) => ({ from: f.requestedAt, until: f.startedAt ?? f.closedAt }));
  const trend = weekStarts(period.from, period.to).map((week) => {
    const end = Math.min(Date.parse(`${addDays(week, 7)}T00:00:00Z`), nowMs);
    return { week, waiting: waitingAt(intervals, end) };
  });
  return {
    waiting: [...groups.values()].map((g) => ({ provider: g.provider, kind: g.kind, ...stat(g.days) })),
    published: publishedWaitingLists(area),
    trend,
  };
}
