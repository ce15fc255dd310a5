// Capacity (ADR 009): what providers serving the area published for the period against what was
// taken, per kind, and the providers whose records went stale (not confirmed for 14 days).
// Share = taken / published in whole percent; none (null, "–") when nothing was published, since
// "0 published, 15 taken" is not 0 % used. It can pass 100 % when more was taken than published.
import { type Period, periodBounds, sharePercent, weekStarts } from "~/domain/metrics";
import type { Area } from "~/models/dashboard/area.server";
import {
  cleanerSlotCounts,
  cohortSeats,
  mediationMatchesPublished,
  mediationsMatched,
  referralsAccepted,
  staleRecordCounts,
  zinPlacesPublished,
} from "~/models/dashboard/capacity.server";

const STALE_AFTER_MS = 14 * 86_400_000;

export function capacityFigures(area: Area, period: Period, now: Date) {
  const instants = periodBounds(period);
  const slots = cleanerSlotCounts(area, instants);
  const months = [...new Set(weekStarts(period.from, period.to).map((w) => w.slice(0, 7)))];
  const seats = cohortSeats(area, period, instants);
  const kinds = [
    { kind: "zin", published: zinPlacesPublished(area, period), taken: referralsAccepted(area, instants) },
    { kind: "private_cleaner", published: slots.n, taken: slots.booked },
    {
      kind: "pgb_informal",
      published: mediationMatchesPublished(area, months),
      taken: mediationsMatched(area, instants),
    },
    { kind: "powerful_ageing", published: seats.seats, taken: seats.taken },
  ];
  return {
    kinds: kinds.map((k) => ({ ...k, share: sharePercent(k.taken, k.published) })),
    stale: staleRecordCounts(area, new Date(now.getTime() - STALE_AFTER_MS)),
  };
}
