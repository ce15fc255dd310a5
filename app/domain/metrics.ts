// The dashboard's arithmetic, pure: medians and percentiles (nearest rank), rates per 100,
// weeks, and how many items were waiting at a moment. Every metric has a hand-computed test.
import { addDays } from "~/domain/time";
import type { OptionKind, RequestStatus } from "~db/enums";

/** The p-th percentile (0 < p ≤ 100) by the nearest-rank method: an actual observed value. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

/** The median: the middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Count per 100 of a base, one decimal; null when there is no base to compare with. */
export function per100(count: number, base: number): number | null {
  if (base <= 0) return null;
  return Math.round((count * 1000) / base) / 10;
}

/** A share in whole percent (rounded half up); null without a base. */
export function sharePercent(count: number, base: number): number | null {
  if (base <= 0) return null;
  return Math.round((count * 100) / base);
}

const DAY = 86_400_000;

/** Days between two instants, one decimal. */
export function daysBetweenInstants(from: number, to: number): number {
  return Math.round((to - from) / (DAY / 10)) / 10;
}

/** The Mondays (YYYY-MM-DD) of the weeks that overlap [from, to]. */
export function weekStarts(from: string, to: string): string[] {
  const start = new Date(`${from}T00:00:00Z`);
  const weekday = (start.getUTCDay() + 6) % 7; // 0 = Monday
  let t = start.getTime() - weekday * DAY;
  const end = new Date(`${to}T00:00:00Z`).getTime();
  const weeks: string[] = [];
  while (t <= end) {
    weeks.push(new Date(t).toISOString().slice(0, 10));
    t += 7 * DAY;
  }
  return weeks;
}

/** How many items were waiting at an instant: started at or before it, not yet ended. */
export function waitingAt(items: readonly { from: number; until: number | null }[], instant: number): number {
  return items.filter((i) => i.from <= instant && (i.until === null || i.until > instant)).length;
}

export type Stat = { count: number; median: number | null; p90: number | null };

/** How many values, their median and their 90th percentile. */
export function stat(values: readonly number[]): Stat {
  return { count: values.length, median: median(values), p90: percentile(values, 90) };
}

/** A dashboard period: Amsterdam days, both inclusive. */
export type Period = { from: string; to: string };

/** The instants a period covers: from its first day's 00:00 UTC to the 00:00 UTC after its last. */
export function periodBounds(period: Period): { from: Date; before: Date } {
  return { from: new Date(`${period.from}T00:00:00Z`), before: new Date(`${addDays(period.to, 1)}T00:00:00Z`) };
}

/** What the dashboard knows of one request's course: instants in ms, null when it did not happen. */
export type RequestCourse = {
  /** An option kind, or "consultation" (a talk with a consultant, no option chosen yet). */
  kind: string;
  status: RequestStatus;
  decidedAt: number | null;
  cancelledAt: number | null;
  careStartedAt: number | null;
  firstVisit: number | null;
  firstPaidVisit: number | null;
  cohortStart: string | null;
  helperStart: string | null;
  /** The kind of the latest steering decision about it. */
  decisionKind: OptionKind | null;
  /** Ever booked, enrolled or matched. */
  took: boolean;
  /** When it was first booked, enrolled or matched (ms): the start when the cohort or helper date is unknown. */
  tookAt?: number | null | undefined;
  /** Ever indicated (ZIN granted). */
  indicated: boolean;
};

/**
 * When a request started and closed, and what it ended in (ADR 009). Start: ZIN care started;
 * the first (paid) visit for a cleaner; the cohort's start for an enrolment; the helper's start
 * for a pgb match — or, where that date is gone (a cohort removed after it ran), the moment it was
 * enrolled or matched, so a finished enrolment never counts as waiting for ever. Closed: cancelled
 * or expired, or declined or steered elsewhere when decided.
 * The outcome is what it was decided to become, even if the help later stopped.
 */
export function requestMilestones(r: RequestCourse): {
  startedAt: number | null;
  closedAt: number | null;
  outcome: string | null;
} {
  const day = (d: string | null) => (d ? Date.parse(`${d}T09:00:00Z`) : null);
  const startedAt =
    r.kind === "zin" || r.kind === "consultation"
      ? r.careStartedAt
      : r.kind === "private_cleaner"
        ? (r.firstPaidVisit ?? r.firstVisit)
        : r.kind === "powerful_ageing" && r.status === "enrolled"
          ? (day(r.cohortStart) ?? r.tookAt ?? null)
          : r.kind === "pgb_informal" && r.status === "matched"
            ? (day(r.helperStart) ?? r.tookAt ?? null)
            : null;
  const outcome = r.status === "steered" ? r.decisionKind : r.indicated ? "zin" : r.took ? r.kind : null;
  const closedAt = r.cancelledAt ?? (r.status === "declined" || r.status === "steered" ? r.decidedAt : null);
  return { startedAt, closedAt, outcome };
}
