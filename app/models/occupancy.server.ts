// How much of a provider's published capacity requests have taken: seats in a Powerful Ageing
// cohort, a mediator's new matches this month. Matching subtracts these from what is published;
// requesting re-checks them inside its transaction. Apart from both, so neither imports the other.
import { and, eq } from "drizzle-orm";
import { amsterdamDay } from "~/domain/policy";
import { ACTIVE_STATUSES } from "~/domain/requests";
import { fromAmsterdam } from "~/domain/time";
import { getDb, prepared } from "~db/client.server";
import { mediatorCapacityMonths, physioCohorts } from "~db/schema";

const ACTIVE = ACTIVE_STATUSES.map(() => "?").join(",");

// Raw SQL, prepared once (ADR 013): matching asks these for every cohort and mediator near the
// citizen on every options request. The statements return one number (pluck).
const SEATS_TAKEN = `SELECT count(*) FROM help_requests WHERE cohort_id = ? AND status IN (${ACTIVE})`;
const MEDIATIONS_TAKEN = `SELECT count(*) FROM help_requests
  WHERE provider_id = ? AND municipality_code = ? AND kind = 'pgb_informal'
    AND created_at >= ? AND created_at < ? AND status IN (${ACTIVE})`;

function countOf(statement: string, ...params: unknown[]): number {
  return Number(
    prepared(getDb().$client, statement)
      .pluck()
      .get(...params),
  );
}

/** Active requests for a cohort: seats taken. */
export function seatsTaken(cohortId: number): number {
  return countOf(SEATS_TAKEN, cohortId, ...ACTIVE_STATUSES);
}

/** The instants of the Dutch calendar month `now` falls in: [its first moment, the next month's). */
function monthOf(now: Date): [number, number] {
  // The month as the Dutch calendar has it, not UTC's (requests just after midnight count).
  const day = amsterdamDay(now);
  const first = `${day.slice(0, 7)}-01`;
  const [y = 0, m = 1] = first.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return [
    fromAmsterdam(first, "00:00")?.getTime() ?? 0,
    fromAmsterdam(next, "00:00")?.getTime() ?? Number.MAX_SAFE_INTEGER,
  ];
}

/** Mediations a mediator has taken on in a municipality this month. */
export function mediationsTaken(providerId: number, municipalityCode: string, now: Date): number {
  const [from, until] = monthOf(now);
  return countOf(MEDIATIONS_TAKEN, providerId, municipalityCode, from, until, ...ACTIVE_STATUSES);
}

/** Seats left in a cohort (0 for a cohort that no longer exists). */
export function seatsLeft(cohortId: number): number {
  const cohort = getDb()
    .select({ seats: physioCohorts.seats })
    .from(physioCohorts)
    .where(eq(physioCohorts.id, cohortId))
    .get();
  return cohort ? cohort.seats - seatsTaken(cohortId) : 0;
}

/** New matches a mediator can still take on in a municipality this month (0 when none published). */
export function mediationsLeft(providerId: number, municipalityCode: string, now: Date): number {
  const month = getDb()
    .select({ newMatches: mediatorCapacityMonths.newMatches })
    .from(mediatorCapacityMonths)
    .where(
      and(
        eq(mediatorCapacityMonths.providerId, providerId),
        eq(mediatorCapacityMonths.municipalityCode, municipalityCode),
        eq(mediatorCapacityMonths.month, amsterdamDay(now).slice(0, 7)),
      ),
    )
    .get();
  return month ? month.newMatches - mediationsTaken(providerId, municipalityCode, now) : 0;
}
