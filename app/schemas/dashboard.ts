// The dashboard's URL: area (own municipality, or "regio"), and a period (default the last 13 weeks).
import { addDays, daysBetween, isValidDay } from "~/domain/time";

export type DashboardQuery = { area: "own" | "region"; from: string; to: string };

export function parseDashboardQuery(params: URLSearchParams, today: string): DashboardQuery | null {
  const area = params.get("gebied") === "regio" ? "region" : "own";
  const from = params.get("van") || addDays(today, -91);
  const to = params.get("tot") || today;
  if (!isValidDay(from) || !isValidDay(to) || to < from || daysBetween(from, to) > 731) return null;
  return { area, from, to };
}
