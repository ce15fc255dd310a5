// A private cleaner's story in the demo history: a weekly booking in one of her own windows,
// a few visits (one perhaps missed), each paid directly, then cancelled; now and then a complaint.
import { cleanerMonthlyCost } from "~/domain/costs";
import { visitPrice } from "~/domain/payments";
import { amsterdamDay } from "~/domain/policy";
import { deriveSlots, type Window } from "~/domain/slots";
import { weeklyKey } from "~/domain/time";
import { cleanerSlots, complaints, payments } from "~db/schema";
import { DAY, HOUR, MINUTE, type Story } from "./history-story.server";

/**
 * Tells the story when the cleaner has a weekly time, from two days after the booking, whose
 * visits are all free (one client per visit) and over before the history ends. `occupied`
 * holds the starts of her visits given out so far.
 */
export function tellCleanerStory(s: Story, windows: readonly Window[], occupied: Set<number>): void {
  const { tx, rnd, provider, code } = s;
  const rate = provider.rate;
  const visits = rnd.int(3, 8);
  const missedAt = rnd.int(0, 12);
  const complaint = rnd.chance(0.05);
  if (rate === null) return;
  const upcoming = deriveSlots(windows, [], amsterdamDay(new Date(s.at + 2 * DAY)), 12);
  const series = new Map<string, typeof upcoming>();
  for (const slot of upcoming) {
    const list = series.get(weeklyKey(slot.startsAt)) ?? [];
    list.push(slot);
    series.set(weeklyKey(slot.startsAt), list);
  }
  const chosen = [...series.values()]
    .map((list) => list.filter((v) => v.endsAt.getTime() + DAY <= s.end).slice(0, visits))
    .find((list) => list.length === visits && list.every((v) => !occupied.has(v.startsAt.getTime())));
  const first = chosen?.[0];
  const last = chosen?.[chosen.length - 1];
  if (!chosen || !first || !last) return;

  const user = s.newCitizen();
  const visitMinutes = (first.endsAt.getTime() - first.startsAt.getTime()) / MINUTE;
  const cancelledAt = last.endsAt.getTime() + 2 * HOUR;
  const id = s.request(user, "cancelled", cleanerMonthlyCost(visitMinutes, rate, 0), cancelledAt, {
    paymentMethod: "direct",
  });
  s.events(id, [
    ["held", s.at, user],
    ["booked", s.at + 10 * MINUTE, user],
  ]);
  chosen.forEach((visit, v) => {
    occupied.add(visit.startsAt.getTime());
    const missed = v === missedAt;
    const done = new Date(visit.endsAt.getTime() + HOUR);
    const slot = tx
      .insert(cleanerSlots)
      .values({
        providerId: provider.id,
        startsAt: visit.startsAt,
        endsAt: visit.endsAt,
        status: "booked",
        requestId: id,
        outcome: missed ? "missed" : "done",
        outcomeAt: done,
      })
      .returning({ id: cleanerSlots.id })
      .get();
    if (missed) return;
    const price = visitPrice(visitMinutes, rate, 0);
    tx.insert(payments)
      .values({
        requestId: id,
        slotId: slot.id,
        kind: "visit",
        citizenUserId: user,
        providerId: provider.id,
        municipalityCode: code,
        visitStartsAt: visit.startsAt,
        visitMinutes,
        hourlyRateCents: rate,
        hhtPerHourCents: 0,
        amountCents: price.citizenCents,
        municipalityCents: price.municipalityCents,
        method: "direct",
        status: "paid",
        paidAt: done,
        createdAt: done,
        updatedAt: done,
      })
      .run();
  });
  s.events(id, [["cancelled", cancelledAt, user]]);
  const complainedAt = first.endsAt.getTime() + 10 * DAY;
  if (complaint && complainedAt <= s.end)
    tx.insert(complaints)
      .values({
        requestId: id,
        citizenUserId: user,
        providerId: provider.id,
        municipalityCode: code,
        text: "De hulp kwam twee keer te laat.",
        status: "resolved",
        providerResponse: "Excuses; vaste tijd afgesproken.",
        createdAt: new Date(complainedAt),
      })
      .run();
}
