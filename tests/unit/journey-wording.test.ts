// Issue 15's wording helpers: one plural, the person the questions are about, who asked for whom,
// a visit's price without an empty HHT part, the tone of a reason, and the option that starts sooner.
import { describe, expect, it } from "vitest";
import { actingForText } from "~/components/acting-for-text";
import { personParams, personWording } from "~/components/help-words";
import { visitPriceText } from "~/components/visit-price-text";
import type { Option } from "~/domain/matching";
import { reasonTone, soonerAlternative } from "~/domain/option-reasons";
import { type MessageKey, plural, translate } from "~/i18n";

import { helpPerson } from "~/schemas/help-person";
import { helpRequestSchema, postcodeProblem } from "~/schemas/help-request";

const nl = (key: MessageKey, params?: Record<string, string | number>) => translate("nl", key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate("en", key, params);

describe("plural", () => {
  it("uses the singular for exactly one, in both languages", () => {
    expect(plural(nl, "options.wait", 1)).toBe("Verwachte wachttijd: ongeveer 1 week");
    expect(plural(nl, "options.wait", 3)).toBe("Verwachte wachttijd: ongeveer 3 weken");
    expect(plural(nl, "options.wait", 0)).toBe("Verwachte wachttijd: ongeveer 0 weken");
    expect(plural(en, "options.wait", 1)).toBe("Expected wait: about 1 week");
    expect(plural(nl, "request.expectedWait", 1)).toContain("ongeveer 1 week.");
    expect(plural(nl, "options.cohorts", 2)).toMatch(/^Er zijn 2 groepen met plek\./);
    expect(plural(nl, "login.blocked", 1)).toContain("over 1 minuut opnieuw");
    expect(plural(nl, "register.blocked", 60)).toContain("over 60 minuten opnieuw");
  });
});

describe("the person the questions are about", () => {
  it("reads an unknown or missing person as the user", () => {
    expect(helpPerson(null)).toBe("self");
    expect(helpPerson("grandmother")).toBe("self");
    expect(helpPerson("mother")).toBe("mother");
  });

  it("words a question for the user or for the other person, capitalised at a sentence's start", () => {
    expect(personWording("self", nl)("help.age.title", "help.age.titleOther")).toBe("In welk jaar bent u geboren?");
    expect(personWording("mother", nl)("help.age.title", "help.age.titleOther")).toBe(
      "In welk jaar is uw moeder geboren?",
    );
    expect(personWording("father", nl)("help.household.single", "help.household.singleOther")).toBe(
      "Uw vader woont alleen",
    );
    expect(personWording("other", en)("help.age.title", "help.age.titleOther")).toBe(
      "In which year was this person born?",
    );
    expect(personParams("other", nl)).toEqual({ person: "deze persoon", Person: "Deze persoon" });
  });
});

describe("who asked for whom", () => {
  it("puts the person helped first and the relation with the user", () => {
    expect(actingForText("Greet Jansen-de Wit", "dochter", nl)).toBe("Greet Jansen-de Wit, door u als dochter");
    expect(actingForText("Greet Jansen-de Wit", " ", nl)).toBe("Greet Jansen-de Wit, door u");
    expect(actingForText("Greet Jansen-de Wit", null, en)).toBe("Greet Jansen-de Wit, by you");
  });
});

describe("a visit's price", () => {
  const price = { minutes: 180, totalCents: 9000, citizenCents: 9000, municipalityCents: 0 };
  it("names the municipality's part only where it pays one", () => {
    expect(visitPriceText(price, nl, "nl")?.replace(/\s/g, " ")).toBe(
      "Een bezoek van 3 uur kost € 90,00. Dat betaalt u zelf.",
    );
    const hht = visitPriceText({ ...price, citizenCents: 6000, municipalityCents: 3000 }, nl, "nl");
    expect(hht?.replace(/\s/g, " ")).toContain("de gemeente betaalt € 30,00");
  });

  it("says nothing of a visit of no length", () => {
    expect(visitPriceText({ ...price, minutes: 0, totalCents: 0, citizenCents: 0 }, nl, "nl")).toBeNull();
  });
});

describe("help request messages", () => {
  const schema = helpRequestSchema(new Date().toISOString().slice(0, 10));
  const year = new Date().getUTCFullYear();
  const birthYearError = (birthYear: unknown) =>
    schema.shape.birthYear.safeParse(birthYear).error?.issues[0]?.message ?? "none";

  it("gives each postcode mistake its own key", () => {
    expect(postcodeProblem("")).toBe("validation.help.postcode");
    expect(postcodeProblem("0000AA")).toBe("validation.help.postcodeZero");
    expect(postcodeProblem("12")).toBe("validation.help.postcodeFormat");
    expect(postcodeProblem("3441A")).toBe("validation.help.postcodeFormat");
    expect(postcodeProblem("3441AB")).toBeNull();
    expect(postcodeProblem("3441")).toBeNull();
  });

  it("tells a future or too early year from one without four digits", () => {
    expect(birthYearError(String(year + 4))).toBe("validation.help.birthYearFuture");
    expect(birthYearError(String(year - 130))).toBe("validation.help.birthYearTooOld");
    expect(birthYearError("19")).toBe("validation.help.birthYear");
    expect(birthYearError(19)).toBe("validation.help.birthYear");
    expect(birthYearError(19480)).toBe("validation.help.birthYear");
    expect(birthYearError(undefined)).toBe("validation.help.birthYearEmpty");
    expect(birthYearError("1948")).toBe("none");
  });
});

function option(o: Partial<Option> & Pick<Option, "kind">): Option {
  return {
    providerId: 1,
    providerName: "Aanbieder",
    offerId: `${o.kind}:1`,
    eligible: true,
    recommended: false,
    reasons: [],
    earliestStart: null,
    distanceKm: null,
    hoursPerWeek: 2,
    hourlyRateCents: null,
    citizenCostPerMonthCents: 0,
    municipalityCostPerMonthCents: 0,
    waitDays: null,
    slots: [],
    ...o,
  };
}

describe("reasons", () => {
  it("marks reasons for, against, and notes apart", () => {
    expect(reasonTone("private_cleaner", "free_slot")).toBe("for");
    expect(reasonTone("private_cleaner", "financially_able")).toBe("for");
    expect(reasonTone("zin", "financially_able")).toBe("note");
    expect(reasonTone("zin", "income_unknown")).toBe("note");
    expect(reasonTone("zin", "waiting_list")).toBe("against");
    expect(reasonTone("powerful_ageing", "no_cohort_nearby")).toBe("against");
  });

  it("names, for a recommended option with a wait, the help in the house that starts soonest", () => {
    const zin = option({
      kind: "zin",
      recommended: true,
      reasons: ["need_present", "waiting_list"],
      earliestStart: "2027-03-01",
    });
    const cleaner = option({ kind: "private_cleaner", providerName: "Ans", earliestStart: "2027-01-05" });
    const later = option({ kind: "pgb_informal", earliestStart: "2027-02-01" });
    const cohort = option({ kind: "powerful_ageing", earliestStart: "2027-01-02" });
    const ineligible = option({ kind: "pgb_informal", eligible: false, earliestStart: "2027-01-01" });
    const all = [cohort, cleaner, later, ineligible, zin];
    expect(soonerAlternative(zin, all)).toBe(cleaner);
    // Not recommended, or no wait: nothing to weigh.
    expect(soonerAlternative({ ...zin, recommended: false }, all)).toBeNull();
    expect(soonerAlternative({ ...zin, reasons: ["place_available"] }, all)).toBeNull();
    // Nothing starts sooner than the wait ends.
    expect(soonerAlternative({ ...zin, earliestStart: "2027-01-01" }, all)).toBeNull();
    // An unknown wait: anything with a start is sooner.
    expect(soonerAlternative({ ...zin, earliestStart: null }, all)).toBe(cleaner);
    // On the same day, the one that costs the citizen less, whatever the list's order (a Friday
    // with a cleaner's slot today and a mediator looking from today once named the cleaner).
    const sameDayCleaner = { ...cleaner, earliestStart: "2027-01-04", citizenCostPerMonthCents: 15925 };
    const sameDayMediator = option({ kind: "pgb_informal", earliestStart: "2027-01-04", citizenCostPerMonthCents: 0 });
    expect(soonerAlternative(zin, [sameDayCleaner, sameDayMediator, zin])).toBe(sameDayMediator);
    expect(soonerAlternative(zin, [sameDayMediator, sameDayCleaner, zin])).toBe(sameDayMediator);
  });
});
