import { describe, expect, it } from "vitest";
import { missingChecks, requiredChecks, vogExpiresOn, vogValid } from "~/domain/vetting";

describe("requiredChecks", () => {
  it("asks a VOG of those who enter homes, a contract and cao of ZIN providers", () => {
    expect(requiredChecks("private_cleaner")).toEqual(["vog", "identity", "insurance"]);
    expect(requiredChecks("pgb_mediator")).toEqual(["vog", "identity", "insurance"]);
    expect(requiredChecks("zin")).toEqual(["identity", "insurance", "contract", "cao"]);
    expect(requiredChecks("physio")).toEqual(["identity", "insurance"]);
  });
});

describe("vogValid", () => {
  it("accepts a VOG up to exactly three years old", () => {
    expect(vogValid("2023-11-23", "2026-11-23")).toBe(true);
    expect(vogValid("2023-11-22", "2026-11-23")).toBe(false);
    expect(vogValid("2026-11-23", "2026-11-23")).toBe(true);
  });

  it("refuses a VOG dated in the future or missing", () => {
    expect(vogValid("2026-11-24", "2026-11-23")).toBe(false);
    expect(vogValid(null, "2026-11-23")).toBe(false);
  });

  it("handles 29 February", () => {
    expect(vogValid("2025-02-28", "2028-02-29")).toBe(true);
    expect(vogValid("2025-02-27", "2028-02-29")).toBe(false);
  });
});

describe("vogExpiresOn", () => {
  it("is the first day the VOG no longer counts, the same rule as vogValid", () => {
    expect(vogExpiresOn("2023-11-23")).toBe("2026-11-24");
    expect(vogExpiresOn("2024-02-29")).toBe("2027-03-01");
    expect(vogExpiresOn("2025-02-28")).toBe("2028-03-01");
    for (const vogDate of ["2023-11-23", "2024-02-29", "2023-12-31", "2025-02-28"]) {
      const expires = vogExpiresOn(vogDate);
      const dayBefore = new Date(Date.parse(`${expires}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expect(vogValid(vogDate, dayBefore)).toBe(true);
      expect(vogValid(vogDate, expires)).toBe(false);
    }
  });
});

describe("missingChecks", () => {
  const today = "2026-11-23";
  it("lists what is missing, failed or out of date", () => {
    expect(missingChecks("private_cleaner", [], today)).toEqual(["vog", "identity", "insurance"]);
    expect(
      missingChecks(
        "private_cleaner",
        [
          { item: "vog", ok: true, vogDate: "2022-01-01" },
          { item: "identity", ok: true, vogDate: null },
          { item: "insurance", ok: false, vogDate: null },
        ],
        today,
      ),
    ).toEqual(["vog", "insurance"]);
  });

  it("is empty when everything required is in order", () => {
    expect(
      missingChecks(
        "zin",
        ["identity", "insurance", "contract", "cao"].map((item) => ({
          item: item as "identity",
          ok: true,
          vogDate: null,
        })),
        today,
      ),
    ).toEqual([]);
  });
});
