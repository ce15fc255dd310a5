// The pure parts moved out of the payments service: a payment's state from its events in any
// order, the month a statement spans, and the sums the cleaner and the citizen see.
import { describe, expect, it } from "vitest";
import {
  cleanerTotals,
  invoiceMonths,
  monthSpan,
  type PaymentChange,
  type PaymentState,
  paymentStatus,
  withPaymentChange,
} from "~/domain/payments";

const fresh: PaymentState = {
  paidAt: null,
  refundedAt: null,
  failedAt: null,
  expiredAt: null,
  paidIntent: null,
  session: "cs_1",
};

type Event = { kind: PaymentChange; at: number; intent: string | null; sessionId: string | null };

function replay(events: readonly Event[]) {
  return events.reduce((state, e) => withPaymentChange(state, e).state, fresh);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe("a payment's state from its events", () => {
  it("ends the same whatever order the events came in", () => {
    const events: Event[] = [
      { kind: "failed", at: 10, intent: "pi_1", sessionId: null },
      { kind: "paid", at: 20, intent: "pi_1", sessionId: "cs_1" },
      { kind: "expired", at: 5, intent: null, sessionId: "cs_0" },
      { kind: "refunded", at: 30, intent: "pi_1", sessionId: null },
    ];
    const statuses = new Set(permutations(events).map((order) => paymentStatus(replay(order))));
    expect([...statuses]).toEqual(["refunded"]);
  });

  it("counts a refund only for the intent that paid", () => {
    const paid = replay([{ kind: "paid", at: 20, intent: "pi_2", sessionId: "cs_1" }]);
    const other = withPaymentChange(paid, { kind: "refunded", at: 30, intent: "pi_1", sessionId: null }).state;
    expect(paymentStatus(other)).toBe("paid");
    const same = withPaymentChange(paid, { kind: "refunded", at: 30, intent: "pi_2", sessionId: null }).state;
    expect(paymentStatus(same)).toBe("refunded");
  });

  it("forgets the live session only when that session expired, and flags a second intent paying", () => {
    expect(withPaymentChange(fresh, { kind: "expired", at: 5, intent: null, sessionId: "cs_0" }).state.session).toBe(
      "cs_1",
    );
    expect(
      withPaymentChange(fresh, { kind: "expired", at: 5, intent: null, sessionId: "cs_1" }).state.session,
    ).toBeNull();
    const paid = replay([{ kind: "paid", at: 20, intent: "pi_1", sessionId: "cs_1" }]);
    const twice = withPaymentChange(paid, { kind: "paid", at: 25, intent: "pi_2", sessionId: "cs_2" });
    expect(twice.paidTwice).toBe(true);
    expect(twice.state).toMatchObject({ paidAt: 20, paidIntent: "pi_1" });
  });
});

describe("sums per month", () => {
  it("spans a Dutch calendar month, also across the year's end", () => {
    expect(monthSpan("2026-01")).toEqual([Date.UTC(2025, 11, 31, 23), Date.UTC(2026, 0, 31, 23)]);
    expect(monthSpan("2026-12")[1]).toBe(Date.UTC(2026, 11, 31, 23));
    // Summer time: the month starts at 22:00 UTC.
    expect(monthSpan("2026-07")[0]).toBe(Date.UTC(2026, 5, 30, 22));
  });

  it("adds what the cleaner received, what is outstanding and the HHT due", () => {
    const rows = [
      { status: "paid", amountCents: 1000, municipalityCents: 500 },
      { status: "open", amountCents: 700, municipalityCents: 300 },
      { status: "failed", amountCents: 200, municipalityCents: 100 },
      { status: "refunded", amountCents: 900, municipalityCents: 400 },
    ] as const;
    expect(cleanerTotals(rows)).toEqual({ receivedCents: 1000, outstandingCents: 900, hhtCents: 900 });
  });

  it("groups invoice lines (earliest first) by the visit's Dutch month, latest month first", () => {
    const line = (visitStartsAt: number, status: "open" | "paid" | "refunded", amountCents: number) => ({
      visitStartsAt,
      status,
      amountCents,
      municipalityCents: 0,
    });
    const months = invoiceMonths([
      line(Date.UTC(2026, 2, 10), "open", 500),
      line(Date.UTC(2026, 2, 12), "refunded", 300),
      line(Date.UTC(2026, 2, 31, 22, 30), "paid", 1000), // 1 April 00:30 in Amsterdam
    ]);
    expect(months.map((m) => [m.month, m.totalCents, m.openCents, m.lines.length])).toEqual([
      ["2026-04", 1000, 0, 1],
      ["2026-03", 500, 500, 2],
    ]);
  });
});
