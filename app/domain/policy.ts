// Which policy row applies on a day: the one with the latest effectiveFrom on or before it.

export type Dated = { effectiveFrom: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function policyInForce<T extends Dated>(rows: readonly T[], day: string): T | null {
  if (!DAY.test(day)) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  let best: T | null = null;
  for (const row of rows) {
    // ISO days compare correctly as strings.
    if (row.effectiveFrom <= day && (best === null || row.effectiveFrom > best.effectiveFrom)) best = row;
  }
  return best;
}

// One formatter for the process: creating an Intl.DateTimeFormat costs tens of microseconds and
// native memory, and matching asks for the day of every free slot it reads (issue 8, the bench).
const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Europe/Amsterdam as YYYY-MM-DD (policy dates are Dutch calendar days). */
export function amsterdamDay(now: Date): string {
  return dayFormat.format(now);
}

/** The informal pgb hourly rate follows from the ZIN tariff (rounded to whole cents, half up). */
export function pgbHourlyRateCents(policy: { zinHourlyTariffCents: number; pgbInformalRatePercent: number }) {
  return Math.round((policy.zinHourlyTariffCents * policy.pgbInformalRatePercent) / 100);
}
