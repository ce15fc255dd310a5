// What the dashboard page and its CSV export share: who may see which area, and the tables.

import { clock } from "~/clock.server";
import { amsterdamDay } from "~/domain/policy";
import type { Locale } from "~/i18n";
import { parseDashboardQuery } from "~/schemas/dashboard";
import { audit } from "../audit.server";
import { areasOf } from "./areas.server";
import { buildDashboard } from "./build.server";
import { dashboardTables } from "./tables.server";

export function dashboardView(admin: { id: number; municipalityCode: string }, url: URL, locale: Locale) {
  const now = clock.now();
  const query = parseDashboardQuery(url.searchParams, amsterdamDay(now));
  const areas = areasOf(admin.municipalityCode);
  if (!query) return { ok: false as const, areas };
  // The region view only for a municipality in a region; it shows totals over its members.
  const region = query.area === "region" && areas.region !== null && areas.regionMunicipalities.length > 0;
  const scope = region
    ? { codes: areas.regionMunicipalities.map((m) => m.code), label: areas.region ?? "" }
    : { codes: [areas.own.code], label: areas.own.name };
  const dashboard = buildDashboard(scope, { from: query.from, to: query.to }, now);
  audit({
    actorUserId: admin.id,
    action: "dashboard.viewed",
    subjectType: "municipality",
    subjectId: admin.municipalityCode,
    municipalityCode: admin.municipalityCode,
    detail: { area: region ? "region" : "own", from: query.from, to: query.to },
  });
  return {
    ok: true as const,
    areas,
    query: { ...query, area: region ? ("region" as const) : ("own" as const) },
    scopeLabel: scope.label,
    tables: dashboardTables(dashboard, locale),
  };
}
