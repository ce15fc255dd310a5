// Quality per provider (ADR 009) over the period: complaints per 100 clients, declined referrals,
// late-cancelled or missed visits, signals and how fast they were picked up, evaluations on time.
import { median, type Period, per100, periodBounds } from "~/domain/metrics";
import { amsterdamDay } from "~/domain/policy";
import { addDays } from "~/domain/time";
import type { Area } from "~/models/dashboard/area.server";
import {
  complaintCounts,
  declinedReferralCounts,
  evaluationsDue,
  lateCancellationCounts,
  missedVisitCounts,
  providersOf,
  signalTimes,
} from "~/models/dashboard/quality.server";
import type { RequestFact } from "./facts.server";

/** Counts per provider id, 0 for a provider without any. */
function countsByProvider(rows: readonly { providerId: number | null; n: number }[]) {
  const counts = new Map(rows.map((r) => [r.providerId, r.n]));
  return (providerId: number) => counts.get(providerId) ?? 0;
}

/** Rows per provider id. */
function rowsByProvider<T extends { providerId: number }>(rows: readonly T[]) {
  const groups = new Map<number, T[]>();
  for (const r of rows) groups.set(r.providerId, [...(groups.get(r.providerId) ?? []), r]);
  return (providerId: number) => groups.get(providerId) ?? [];
}

export function qualityFigures(area: Area, facts: readonly RequestFact[], period: Period) {
  const instants = periodBounds(period);
  const [from, before] = [instants.from.getTime(), instants.before.getTime()];
  const complaints = countsByProvider(complaintCounts(area, instants));
  const declined = countsByProvider(declinedReferralCounts(area, instants));
  const missed = countsByProvider(missedVisitCounts(area, instants));
  const lateCancelled = countsByProvider(lateCancellationCounts(area, instants));
  const signals = rowsByProvider(signalTimes(area, instants));
  const evaluations = rowsByProvider(evaluationsDue(area, { from: period.from, before: addDays(period.to, 1) }));
  return providersOf(area).map((p) => {
    // Clients: requests with this provider that started before the period's end and had not
    // closed before its start.
    const clients = facts.filter(
      (f) =>
        f.providerId === p.id &&
        f.startedAt !== null &&
        f.startedAt < before &&
        (f.closedAt === null || f.closedAt >= from),
    ).length;
    const raised = signals(p.id);
    const due = evaluations(p.id);
    return {
      provider: p.name,
      kind: p.kind,
      clients,
      complaints: complaints(p.id),
      complaintsPer100: per100(complaints(p.id), clients),
      declined: declined(p.id),
      cancelledOrMissed: missed(p.id) + lateCancelled(p.id),
      signals: raised.length,
      pickupHoursMedian: median(
        raised.flatMap((s) =>
          s.acknowledgedAt === null ? [] : [Math.round((s.acknowledgedAt.getTime() - s.at.getTime()) / 360_000) / 10],
        ),
      ),
      evaluationsDue: due.length,
      evaluationsOnTime: due.filter((e) => e.done !== null && amsterdamDay(e.done) <= e.due).length,
    };
  });
}
