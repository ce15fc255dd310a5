// What the dashboard page and its CSV export share: who may see which area, and the tables.

import { clock } from "~/clock.server";
import { amsterdamDay } from "~/domain/policy";
import type { Locale } from "~/i18n";
import { dataVersion } from "~/models/data-version.server";
import { parseDashboardQuery } from "~/schemas/dashboard";
import { audit } from "../audit.server";
import { areasOf } from "./areas.server";
import type { Dashboard } from "./build.server";
import { cachedDashboard, keepOverOwnWrite } from "./cache.server";
import { dashboardTables } from "./tables.server";

// The tables of a cached dashboard, per language: made once, like the figures they show.
const tablesByDashboard = new WeakMap<Dashboard, Map<Locale, ReturnType<typeof dashboardTables>>>();

function tablesOf(dashboard: Dashboard, locale: Locale) {
  const byLocale = tablesByDashboard.get(dashboard) ?? new Map<Locale, ReturnType<typeof dashboardTables>>();
  tablesByDashboard.set(dashboard, byLocale);
  const tables = byLocale.get(locale) ?? dashboardTables(dashboard, locale);
  byLocale.set(locale, tables);
  return tables;
}

/**
 * The dashboard as the page and the downloads show it. `download`: a CSV, which may be refused as
 * busy (`busy: true`) when that person asks for many fresh computations at once.
 */
export function dashboardView(
  admin: { id: number; municipalityCode: string },
  url: URL,
  locale: Locale,
  { download = false }: { download?: boolean } = {},
) {
  const now = clock.now();
  const query = parseDashboardQuery(url.searchParams, amsterdamDay(now));
  const areas = areasOf(admin.municipalityCode);
  if (!query) return { ok: false as const, busy: false, areas };
  // The region view only for a municipality in a region; it shows totals over its members.
  const region = query.area === "region" && areas.region !== null && areas.regionMunicipalities.length > 0;
  const scope = region
    ? { codes: areas.regionMunicipalities.map((m) => m.code), label: areas.region ?? "" }
    : { codes: [areas.own.code], label: areas.own.name };
  const result = cachedDashboard(
    scope,
    { from: query.from, to: query.to },
    {
      now,
      ...(download ? { forUserId: admin.id } : {}),
    },
  );
  if ("busy" in result) return { ok: false as const, busy: true, areas };
  const { dashboard, version } = result;
  audit({
    actorUserId: admin.id,
    action: "dashboard.viewed",
    subjectType: "municipality",
    subjectId: admin.municipalityCode,
    municipalityCode: admin.municipalityCode,
    detail: { area: region ? "region" : "own", from: query.from, to: query.to },
  });
  // Recording the view is a write, but not one the figures count: they stay cached over it.
  keepOverOwnWrite(version, dataVersion());
  return {
    ok: true as const,
    areas,
    query: { ...query, area: region ? ("region" as const) : ("own" as const) },
    scopeLabel: scope.label,
    tables: tablesOf(dashboard, locale),
  };
}
