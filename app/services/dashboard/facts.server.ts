// Every request of an area as the dashboard's figures see it: who it is with, and when it was
// made, decided, started and closed (ADR 009).
import { requestMilestones } from "~/domain/metrics";
import type { Area } from "~/models/dashboard/area.server";
import { requestFactRows } from "~/models/dashboard/requests.server";

export type RequestFact = ReturnType<typeof requestFacts>[number];

export function requestFacts(area: Area) {
  return requestFactRows(area).map((r) => {
    // The schema's kinds leave out "consultation", which requests are also made as.
    const kind: string = r.kind;
    const { startedAt, closedAt, outcome } = requestMilestones({ ...r, kind });
    return {
      id: r.id,
      kind,
      municipalityCode: r.municipalityCode,
      providerId: r.providerId,
      providerName: r.providerName,
      requestedAt: r.requestedAt.getTime(),
      decidedAt: r.decidedAt,
      startedAt,
      closedAt,
      outcome,
      answers: r.answers,
      municipalityCostCents: r.municipalityCostCents,
    };
  });
}

/** Figures per provider and kind: requests without a provider under null. */
export function providerKindKey(f: RequestFact): string {
  return `${f.providerName ?? "–"}|${f.kind}`;
}
