import { describe, expect, it } from "vitest";
import { formatDay, formatEuro, translate, translateError } from "~/i18n";
import { en } from "~/i18n/en";
import { nl } from "~/i18n/nl";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  it("have the same keys in Dutch and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it("have no empty messages", () => {
    for (const [key, value] of [...Object.entries(nl), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe("");
    }
  });
});

describe("translate", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("nl", "citizen.welcome", { name: "Wilma" })).toBe("Welkom, Wilma.");
    expect(translate("en", "citizen.welcome", { name: "Wilma" })).toBe("Welcome, Wilma.");
    expect(translate("nl", "citizen.welcome")).toBe("Welkom, {name}.");
  });

  it("turns validation keys into text, and anything else into the generic message", () => {
    expect(translateError("nl", "validation.email.required")).toBe("Vul uw e-mailadres in.");
    expect(translateError("nl", "Expected string, received number")).toBe("Deze waarde klopt niet.");
    expect(translateError("en", "__proto__")).toBe("This value is not right.");
  });
});

describe("formatting", () => {
  it("writes euros the Dutch way", () => {
    expect(formatEuro(2180, "nl")).toBe("€\u00a021,80");
    expect(formatEuro(136906, "nl")).toBe("€\u00a01.369,06");
    expect(formatEuro(2180, "en")).toBe("€21.80");
  });

  it("writes a day as a long date", () => {
    expect(formatDay("2026-01-01", "nl")).toBe("1 januari 2026");
    expect(formatDay("2026-01-01", "en")).toBe("1 January 2026");
  });
});
