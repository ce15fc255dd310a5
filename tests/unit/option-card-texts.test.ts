// Issue 15, the options page's outside walk: the "could start sooner" hint names only a date that is
// real for its kind (never one for a pgb mediator), and a cleaner's monthly amount reads as an average.
import { describe, expect, it } from "vitest";
import { cleanerMonthText, requestCostText, slotText } from "~/components/slot-text";
import { type SoonerOption, soonerText } from "~/components/sooner-text";
import { formatDay, type MessageKey, translate } from "~/i18n";
import { OPTION_KINDS } from "~db/enums";
import { dayAfter } from "../support/days";

const nl = (key: MessageKey, params?: Record<string, string | number>) => translate("nl", key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate("en", key, params);
const today = new Date().toISOString().slice(0, 10);
// Intl puts a non-breaking space after "€": compared as a plain one.
const plain = (text: string | null) => (text ?? "").replace(/\s/g, " ");

function sooner(kind: SoonerOption["kind"], cents = 2180): SoonerOption {
  return { kind, providerName: "Aanbieder", earliestStart: today, citizenCostPerMonthCents: cents };
}

describe("the hint of what can start sooner", () => {
  it("never gives a pgb mediator a start date, in either language, with or without an eigen bijdrage", () => {
    for (const cents of [2180, 0]) {
      const [dutch, english] = [
        soonerText(sooner("pgb_informal", cents), nl, "nl"),
        soonerText(sooner("pgb_informal", cents), en, "en"),
      ];
      expect(dutch).toContain("Aanbieder zoekt nu al een helper voor u");
      expect(dutch).not.toContain(formatDay(today, "nl"));
      expect(dutch).not.toMatch(/beginnen|kan al op/);
      expect(english).toContain("is already looking for a helper for you");
      expect(english).not.toContain(formatDay(today, "en"));
    }
  });

  it("names the date where it is real: a cleaner comes, a group starts, ZIN begins", () => {
    const day = dayAfter(today, 2);
    const at = (kind: SoonerOption["kind"]) => soonerText({ ...sooner(kind), earliestStart: day }, nl, "nl");
    expect(plain(at("private_cleaner"))).toBe(
      `Wilt u niet wachten? Aanbieder kan al op ${formatDay(day, "nl")} komen. Die hulp betaalt u zelf: vanaf gemiddeld € 21,80 per maand.`,
    );
    expect(at("powerful_ageing")).toBe(
      `Wilt u niet wachten? De groep van Aanbieder begint op ${formatDay(day, "nl")}.`,
    );
    expect(at("zin")).toContain(`kan al op ${formatDay(day, "nl")} beginnen`);
    // Every kind has its own wording; none is left to a text meant for another kind.
    for (const kind of OPTION_KINDS) expect(soonerText(sooner(kind), nl, "nl")).toMatch(/^Wilt u niet wachten\?/);
    expect(soonerText({ ...sooner("zin"), earliestStart: null }, nl, "nl")).toBeNull();
  });
});

describe("a cleaner's monthly amount", () => {
  it("is said to be an average wherever it is shown, and the eigen bijdrage is not", () => {
    expect(plain(cleanerMonthText(21233, nl, "nl"))).toBe("gemiddeld € 212,33 per maand");
    expect(plain(cleanerMonthText(21233, en, "en"))).toBe("on average €212.33 per month");
    const slot = {
      start: `${today}T08:00:00.000Z`,
      durationMinutes: 120,
      citizenCostPerVisitCents: 4900,
      citizenCostPerMonthCents: 21233,
    };
    expect(plain(slotText(slot, nl, "nl"))).toMatch(/: € 49,00 per bezoek, gemiddeld € 212,33 per maand$/);
    expect(plain(requestCostText("booked", "private_cleaner", 21233, nl, "nl"))).toBe("gemiddeld € 212,33 per maand");
    expect(plain(requestCostText("booked", "zin", 2180, nl, "nl"))).toBe("€ 21,80 per maand");
    expect(plain(nl("pay.perMonth", { month: cleanerMonthText(21233, nl, "nl") }))).toContain(
      "u betaalt gemiddeld € 212,33 per maand (52 bezoeken per jaar",
    );
  });
});
