// One text in two voices (issue 15): a staff page uses a message's `.staff` form where the
// catalogue has one, and the plain message otherwise; the citizen's pages never get the staff form.
import { describe, expect, it } from "vitest";
import { inVoice, voiced } from "~/components/voice";
import { translate } from "~/i18n";
import { nl } from "~/i18n/nl";

describe("voiced", () => {
  it("takes the staff form on staff pages and keeps the citizen's words for citizens", () => {
    expect(voiced("options.recommended", "staff")).toBe("options.recommended.staff");
    expect(voiced("options.recommended", "citizen")).toBe("options.recommended");
    // No staff form: the same words serve both.
    expect(voiced("options.costFree", "staff")).toBe("options.costFree");
    const t = inVoice((key, params) => translate("nl", key, params), "staff");
    expect(t("options.cost")).toBe("Wat betaalt de inwoner");
    expect(t("reason.income_unknown")).toMatch(/^De inwoner heeft het inkomen niet opgegeven\./);
  });

  it("has a plain message beside every staff form, with the same placeholders", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const staff = Object.keys(nl).filter((k) => k.endsWith(".staff"));
    expect(staff.length).toBeGreaterThan(10);
    for (const key of staff) {
      const plain = key.slice(0, -".staff".length) as keyof typeof nl;
      expect(nl[plain], key).toBeDefined();
      expect(placeholders(nl[key as keyof typeof nl]), key).toEqual(placeholders(nl[plain]));
    }
  });
});
