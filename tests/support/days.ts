// Calendar days relative to today (YYYY-MM-DD), so that tests pass on any day (ADR 012): a fixed
// week is in the past one day, and a ZIN week that is over can no longer be published.

/** The Monday `weeks` weeks after this week's (negative: before). */
export function mondayAhead(weeks: number): string {
  const d = new Date();
  d.setUTCHours(12, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 7 * weeks);
  return d.toISOString().slice(0, 10);
}

/** The day `days` days after `day` (negative: before). */
export function dayAfter(day: string, days = 1): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
