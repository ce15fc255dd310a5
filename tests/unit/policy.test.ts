import { describe, expect, it } from "vitest";
import { amsterdamDay, pgbHourlyRateCents, policyInForce } from "~/domain/policy";

const rows = [
  { effectiveFrom: "2025-01-01", tariff: 2100 },
  { effectiveFrom: "2024-01-01", tariff: 2060 },
  { effectiveFrom: "2026-01-01", tariff: 2180 },
];

describe("policyInForce", () => {
  it("picks the latest row that started on or before the day", () => {
    expect(policyInForce(rows, "2026-11-23")?.tariff).toBe(2180);
    expect(policyInForce(rows, "2026-01-01")?.tariff).toBe(2180);
    expect(policyInForce(rows, "2025-12-31")?.tariff).toBe(2100);
    expect(policyInForce(rows, "2024-06-30")?.tariff).toBe(2060);
  });

  it("has nothing before the first row, or without rows", () => {
    expect(policyInForce(rows, "2023-12-31")).toBeNull();
    expect(policyInForce([], "2026-01-01")).toBeNull();
  });

  it("refuses a day that is not YYYY-MM-DD", () => {
    expect(() => policyInForce(rows, "1-1-2026")).toThrow(RangeError);
  });
});

describe("amsterdamDay", () => {
  it("uses the Dutch calendar day, not the UTC one", () => {
    // 23:30 UTC on 31 Dec is already New Year in Amsterdam (UTC+1 in winter).
    expect(amsterdamDay(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    expect(amsterdamDay(new Date("2025-06-30T22:30:00Z"))).toBe("2025-07-01");
    expect(amsterdamDay(new Date("2025-06-30T21:59:00Z"))).toBe("2025-06-30");
  });
});

describe("pgbHourlyRateCents", () => {
  it("is the policy percentage of the ZIN tariff, in whole cents", () => {
    expect(pgbHourlyRateCents({ zinHourlyTariffCents: 3180, pgbInformalRatePercent: 50 })).toBe(1590);
    expect(pgbHourlyRateCents({ zinHourlyTariffCents: 3180, pgbInformalRatePercent: 75 })).toBe(2385);
    // 3181 × 50% = 1590.5 rounds half up
    expect(pgbHourlyRateCents({ zinHourlyTariffCents: 3181, pgbInformalRatePercent: 50 })).toBe(1591);
  });
});
