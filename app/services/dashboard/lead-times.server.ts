// Lead times (ADR 009) of the requests made in the period, per provider and kind, in days:
// request → first decision, decision → start, request → start. A start still ahead (a cohort that
// begins next month) is no lead time yet: only starts on or before now count.
import { daysBetweenInstants, type Period, periodBounds, stat } from "~/domain/metrics";
import { providerKindKey, type RequestFact } from "./facts.server";

export function leadTimeFigures(facts: readonly RequestFact[], period: Period, now: Date) {
  const { from, before } = periodBounds(period);
  const made = (f: RequestFact) => f.requestedAt >= from.getTime() && f.requestedAt < before.getTime();
  const groups = new Map<
    string,
    { provider: string | null; kind: string; toDecision: number[]; toStart: number[]; total: number[] }
  >();
  for (const f of facts.filter(made)) {
    const key = providerKindKey(f);
    const g = groups.get(key) ?? {
      provider: f.providerName,
      kind: f.kind,
      toDecision: [],
      toStart: [],
      total: [],
    };
    if (f.decidedAt !== null) g.toDecision.push(daysBetweenInstants(f.requestedAt, f.decidedAt));
    const started = f.startedAt !== null && f.startedAt <= now.getTime() ? f.startedAt : null;
    if (f.decidedAt !== null && started !== null) g.toStart.push(daysBetweenInstants(f.decidedAt, started));
    if (started !== null) g.total.push(daysBetweenInstants(f.requestedAt, started));
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    provider: g.provider,
    kind: g.kind,
    toDecision: stat(g.toDecision),
    toStart: stat(g.toStart),
    total: stat(g.total),
  }));
}
