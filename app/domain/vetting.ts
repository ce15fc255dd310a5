// What a municipality checks before a provider may be shown to citizens.
import type { ProviderKind, VettingItem } from "~db/schema";
import { isValidDay } from "./time";

/** The checklist per kind: a VOG for people entering homes, a contract and cao for ZIN. */
export function requiredChecks(kind: ProviderKind): VettingItem[] {
  switch (kind) {
    case "private_cleaner":
    case "pgb_mediator":
      return ["vog", "identity", "insurance"];
    case "zin":
      return ["identity", "insurance", "contract", "cao"];
    case "physio":
      return ["identity", "insurance"];
  }
}

export type Check = { item: VettingItem; ok: boolean; vogDate: string | null };

export const VOG_MAX_AGE_YEARS = 3;

/** The same calendar day three years earlier (29 February falls back to 28 February). */
export function threeYearsBefore(today: string): string {
  const [y = 0, m = 1, d = 1] = today.split("-").map(Number);
  const back = new Date(Date.UTC(y - VOG_MAX_AGE_YEARS, m - 1, d));
  if (back.getUTCMonth() !== m - 1) back.setUTCDate(0);
  return back.toISOString().slice(0, 10);
}

/**
 * The first day a VOG no longer counts: from its third anniversary on, the first day vogValid
 * refuses it (29 February and the days around it make the anniversary's next day not always so).
 */
export function vogExpiresOn(vogDate: string): string {
  const [y = 0, m = 1, d = 1] = vogDate.split("-").map(Number);
  const day = new Date(Date.UTC(y + VOG_MAX_AGE_YEARS, m - 1, d));
  if (day.getUTCMonth() !== m - 1) day.setUTCDate(0);
  while (vogValid(vogDate, day.toISOString().slice(0, 10))) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * The earliest date a VOG on file can carry. Anything before it (1800, 1066) is a typing error,
 * not an old VOG: refused as impossible rather than stored as "niet in orde".
 */
export const VOG_EARLIEST_DATE = "1990-01-01";

/** Why a VOG date cannot be right: not a date, in the future, or before VOG_EARLIEST_DATE. */
export function vogDateProblem(vogDate: string, today: string) {
  if (!isValidDay(vogDate)) return "invalid" as const;
  if (vogDate > today) return "future" as const;
  if (vogDate < VOG_EARLIEST_DATE) return "too_old" as const;
  return null;
}

/** A VOG counts when it is dated today or earlier and not older than three years. */
export function vogValid(vogDate: string | null, today: string): boolean {
  if (!vogDate) return false;
  return vogDate >= threeYearsBefore(today) && vogDate <= today;
}

/** The required checks still missing or failed, given the latest check per item. */
export function missingChecks(kind: ProviderKind, latest: readonly Check[], today: string): VettingItem[] {
  return requiredChecks(kind).filter((item) => {
    const check = latest.find((c) => c.item === item);
    if (!check?.ok) return true;
    return item === "vog" && !vogValid(check.vogDate, today);
  });
}
