import { describe, expect, it } from "vitest";
import {
  cancellationChargeCents,
  centsForMinutes,
  FREE_CANCELLATION_MS,
  isLateCancellation,
  isPaymentMethod,
  paymentStatus,
  visitPrice,
} from "~/domain/payments";

const HOUR = 3_600_000;

describe("money in cents, one rounding rule (half up, once per amount)", () => {
  it("prices minutes at an hourly rate", () => {
    expect(centsForMinutes(60, 2450)).toBe(2450);
    expect(centsForMinutes(150, 2450)).toBe(6125); // 2.5 h
    expect(centsForMinutes(45, 2499)).toBe(1874); // 1874.25 → down
    expect(centsForMinutes(30, 2499)).toBe(1250); // 1249.5 → half up
    expect(centsForMinutes(0, 2450)).toBe(0);
    expect(centsForMinutes(60, 0)).toBe(0);
    expect(centsForMinutes(-30, 2450)).toBe(0);
  });

  it("splits a visit between the citizen and the municipality's HHT, the parts adding up to the total", () => {
    expect(visitPrice(180, 2450, 0)).toEqual({ totalCents: 7350, citizenCents: 7350, municipalityCents: 0 });
    expect(visitPrice(180, 2450, 1600)).toEqual({ totalCents: 7350, citizenCents: 2550, municipalityCents: 4800 });
    // Rounded once each: 45 min × €24.99 = 1874.25 → 1874; × €13.33 = 999.75 → 1000; the citizen the rest.
    const odd = visitPrice(45, 2499, 1333);
    expect(odd).toEqual({ totalCents: 1874, citizenCents: 874, municipalityCents: 1000 });
    expect(odd.citizenCents + odd.municipalityCents).toBe(odd.totalCents);
    // A subsidy above the rate never makes the citizen's part negative.
    expect(visitPrice(60, 1500, 2000)).toEqual({ totalCents: 1500, citizenCents: 0, municipalityCents: 1500 });
  });
});

describe("cancelling a visit", () => {
  const visit = Date.parse("2026-12-01T09:00:00+01:00");

  it("is free more than 24 hours ahead", () => {
    expect(cancellationChargeCents(visit, visit - FREE_CANCELLATION_MS - 1, 7350, 50)).toBe(0);
    expect(cancellationChargeCents(visit, visit - 3 * 24 * HOUR, 7350, 50)).toBe(0);
    expect(isLateCancellation(visit, visit - 25 * HOUR)).toBe(false);
  });

  it("costs the policy's share of the citizen's part from 24 hours before", () => {
    expect(cancellationChargeCents(visit, visit - FREE_CANCELLATION_MS, 7350, 50)).toBe(3675);
    expect(cancellationChargeCents(visit, visit - 2 * HOUR, 7350, 50)).toBe(3675);
    expect(cancellationChargeCents(visit, visit - HOUR, 7351, 50)).toBe(3676); // 3675.5 → half up
    expect(cancellationChargeCents(visit, visit - HOUR, 7350, 100)).toBe(7350);
    expect(cancellationChargeCents(visit, visit - HOUR, 7350, 0)).toBe(0);
    expect(isLateCancellation(visit, visit - 23 * HOUR)).toBe(true);
  });
});

describe("a payment's status from its events, in any order", () => {
  const none = { paidAt: null, refundedAt: null, failedAt: null, expiredAt: null };

  it("is open until something happens", () => {
    expect(paymentStatus(none)).toBe("open");
  });

  it("is paid once paid, whatever expired or failed before or after", () => {
    expect(paymentStatus({ ...none, paidAt: 20 })).toBe("paid");
    expect(paymentStatus({ ...none, paidAt: 20, failedAt: 30, expiredAt: 40 })).toBe("paid");
    expect(paymentStatus({ ...none, paidAt: 20, failedAt: 10 })).toBe("paid");
  });

  it("is refunded when refunded, also when the refund arrived before the payment", () => {
    expect(paymentStatus({ ...none, paidAt: 20, refundedAt: 30 })).toBe("refunded");
    expect(paymentStatus({ ...none, refundedAt: 10, paidAt: 20 })).toBe("refunded");
  });

  it("is failed after a failure, and open again when a later checkout expired", () => {
    expect(paymentStatus({ ...none, failedAt: 10 })).toBe("failed");
    expect(paymentStatus({ ...none, failedAt: 10, expiredAt: 20 })).toBe("open");
    expect(paymentStatus({ ...none, failedAt: 30, expiredAt: 20 })).toBe("failed");
    expect(paymentStatus({ ...none, expiredAt: 20 })).toBe("open");
  });
});

describe("payment methods", () => {
  it("knows its own", () => {
    expect(["online", "invoice", "direct"].every(isPaymentMethod)).toBe(true);
    expect(isPaymentMethod("cash")).toBe(false);
    expect(isPaymentMethod(undefined)).toBe(false);
  });
});
