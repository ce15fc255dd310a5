// The municipality's quality dashboard: waiting lists, lead times, steering, quality per
// provider, capacity and production, for a period and a municipality (or its whole region).
// Read-only and aggregated: no names. Definitions: docs/decisions/009-dashboard-and-open-data.md.
import { clock } from "~/clock.server";
import type { Period } from "~/domain/metrics";
import { capacityFigures } from "./capacity.server";
import { requestFacts } from "./facts.server";
import { leadTimeFigures } from "./lead-times.server";
import { productionFigures } from "./production.server";
import { qualityFigures } from "./quality.server";
import { steeringFigures } from "./steering.server";
import { waitingFigures } from "./waiting.server";

/** The municipalities added up, and the name the page gives them. */
export type Scope = { codes: string[]; label: string };

export type Dashboard = ReturnType<typeof buildDashboard>;

export function buildDashboard(scope: Scope, period: Period, now = clock.now()) {
  const area = { municipalityCodes: scope.codes };
  const facts = requestFacts(area);
  return {
    scope,
    period,
    ...waitingFigures(area, facts, period, now),
    lead: leadTimeFigures(facts, period, now),
    ...steeringFigures(area, facts, period, now),
    quality: qualityFigures(area, facts, period),
    capacity: capacityFigures(area, period, now),
    production: productionFigures(area, period),
  };
}
