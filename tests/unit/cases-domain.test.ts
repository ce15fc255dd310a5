// The consultant's case: draagkracht bands, indication dates, the intake summary, the WMO301
// export and overdue signals, on hand-computed figures from the seeded 2026 policy.
import { describe, expect, it } from "vitest";
import {
  type AssignmentSource,
  assignmentExport,
  DRAAGKRACHT_BANDS,
  draagkracht,
  EVALUATION_WORKING_DAYS_BEFORE_END,
  FIRST_INDICATION_MONTHS,
  INDICATION_MONTH_CHOICES,
  type IntakeSource,
  indicationDates,
  intakeSummary,
  periodEnd,
  signalOverdue,
  URGENT_SIGNAL_WORKING_DAYS,
} from "~/domain/cases";
import type { Household, PolicyValues } from "~/domain/matching";
import { isWorkingDay, workingDaysBetween } from "~/domain/workdays";
import { policy2026 } from "../support/policy";

// The seeded 2026 policy (DESIGN.md / DOMAIN.md figures).
const policy: PolicyValues = policy2026;

const today = "2026-11-23";
const single: Household = { birthYear: 1970, household: "single", partnerUnderAow: false }; // 56
const singleAow: Household = { birthYear: 1948, household: "single", partnerUnderAow: false }; // 78
const couple: Household = { birthYear: 1970, household: "couple", partnerUnderAow: false };
const coupleAow: Household = { birthYear: 1948, household: "couple", partnerUnderAow: false };
const coupleMixed: Household = { birthYear: 1948, household: "couple", partnerUnderAow: true };

describe("draagkracht", () => {
  it("has three bands in order", () => {
    expect(DRAAGKRACHT_BANDS).toEqual(["up_to_minimum", "below_threshold", "from_threshold"]);
  });

  it("reports the social minimum, the 150% threshold and the policy percentage (single)", () => {
    expect(draagkracht(single, 100000, policy, today)).toEqual({
      socialMinimumCents: 136906,
      thresholdCents: 205359,
      thresholdPercent: 150,
      percent: 73, // 73.04…
      band: "up_to_minimum",
    });
  });

  it.each([
    [0, "up_to_minimum", 0],
    [136905, "up_to_minimum", 99], // one cent below the minimum
    [136906, "up_to_minimum", 100], // exactly the minimum
    [136907, "below_threshold", 100], // one cent above the minimum
    [180000, "below_threshold", 131], // 131.47…
    [205358, "below_threshold", 149], // one cent below the threshold: 149.999…
    [205359, "from_threshold", 150], // exactly the threshold
    [205360, "from_threshold", 150],
    [400000, "from_threshold", 292], // 292.17…
  ] as const)("puts a single under AOW age with %i cents in %s at %i%%", (income, band, percent) => {
    const d = draagkracht(single, income, policy, today);
    expect(d.band).toBe(band);
    expect(d.percent).toBe(percent);
  });

  it("uses the single AOW minimum from AOW age (age reached this calendar year)", () => {
    const aow: Household = { ...single, birthYear: 1959 }; // turns 67 in 2026
    const notYet: Household = { ...single, birthYear: 1960 }; // turns 66
    expect(draagkracht(aow, 150000, policy, today)).toEqual({
      socialMinimumCents: 153021,
      thresholdCents: 229532, // 229531.5 rounded
      thresholdPercent: 150,
      percent: 98,
      band: "up_to_minimum",
    });
    expect(draagkracht(notYet, 150000, policy, today)).toMatchObject({
      socialMinimumCents: 136906,
      thresholdCents: 205359,
      percent: 109,
      band: "below_threshold",
    });
  });

  it("puts the boundaries right for a single at AOW age", () => {
    expect(draagkracht(singleAow, 153021, policy, today)).toMatchObject({ band: "up_to_minimum", percent: 100 });
    expect(draagkracht(singleAow, 153022, policy, today)).toMatchObject({ band: "below_threshold", percent: 100 });
    expect(draagkracht(singleAow, 229531, policy, today)).toMatchObject({ band: "below_threshold", percent: 149 });
    expect(draagkracht(singleAow, 229532, policy, today)).toMatchObject({ band: "from_threshold", percent: 150 });
  });

  it("uses the couple minimum under AOW age", () => {
    expect(draagkracht(couple, 195580, policy, today)).toMatchObject({
      socialMinimumCents: 195580,
      thresholdCents: 293370,
      band: "up_to_minimum",
      percent: 100,
    });
    expect(draagkracht(couple, 293369, policy, today)).toMatchObject({ band: "below_threshold", percent: 149 });
    expect(draagkracht(couple, 293370, policy, today)).toMatchObject({ band: "from_threshold", percent: 150 });
  });

  it("uses the couple AOW minimum when both have reached AOW age", () => {
    expect(draagkracht(coupleAow, 209498, policy, today)).toMatchObject({
      socialMinimumCents: 209498,
      thresholdCents: 314247,
      band: "up_to_minimum",
      percent: 100,
    });
    expect(draagkracht(coupleAow, 314246, policy, today)).toMatchObject({ band: "below_threshold", percent: 149 });
    expect(draagkracht(coupleAow, 314247, policy, today)).toMatchObject({ band: "from_threshold", percent: 150 });
  });

  it("uses the couple non-AOW minimum when the partner is under AOW age", () => {
    expect(draagkracht(coupleMixed, 200000, policy, today)).toEqual({
      socialMinimumCents: 195580,
      thresholdCents: 293370,
      thresholdPercent: 150,
      percent: 102, // 102.26…
      band: "below_threshold",
    });
    // The same income is at or under the minimum for an AOW couple.
    expect(draagkracht(coupleAow, 200000, policy, today)).toMatchObject({ band: "up_to_minimum", percent: 95 });
  });

  it("follows the policy's threshold percentage", () => {
    const p130 = { ...policy, draagkrachtThresholdPercent: 130 };
    expect(draagkracht(single, 177977, p130, today)).toMatchObject({
      thresholdCents: 177978, // 177977.8 rounded
      thresholdPercent: 130,
      band: "below_threshold",
      percent: 129,
    });
    expect(draagkracht(single, 177978, p130, today)).toMatchObject({ band: "from_threshold", percent: 130 });
  });

  it("never shows a percentage below the threshold for an income on the (cent-rounded) threshold", () => {
    const p120 = { ...policy, draagkrachtThresholdPercent: 120 }; // 136906 × 1.2 = 164287.2 → 164287
    expect(draagkracht(single, 164287, p120, today)).toMatchObject({ band: "from_threshold", percent: 120 });
    expect(draagkracht(single, 164286, p120, today)).toMatchObject({ band: "below_threshold", percent: 119 });
  });

  it("rounds the percentage down, never up", () => {
    expect(draagkracht(single, 136906 * 2 - 1, policy, today).percent).toBe(199);
    expect(draagkracht(single, 136906 * 2, policy, today).percent).toBe(200);
  });
});

describe("periodEnd", () => {
  it.each([
    ["2026-01-15", 3, "2026-04-14"],
    ["2026-01-01", 3, "2026-03-31"],
    ["2026-01-01", 12, "2026-12-31"],
    ["2026-11-23", 6, "2027-05-22"],
    ["2026-11-23", 12, "2027-11-22"],
    ["2026-11-30", 3, "2027-02-28"], // 30 Feb does not exist
    ["2026-01-31", 1, "2026-02-28"],
    ["2026-03-31", 1, "2026-04-30"],
    ["2026-12-01", 1, "2026-12-31"],
    ["2027-12-01", 3, "2028-02-29"], // leap year
    ["2027-11-30", 3, "2028-02-29"], // leap year, day missing
    ["2026-10-15", 3, "2027-01-14"], // over the year boundary
    ["2026-06-15", 24, "2028-06-14"],
  ] as const)("%s + %i months ends on %s", (start, months, end) => {
    expect(periodEnd(start, months)).toBe(end);
  });
});

describe("indicationDates", () => {
  it("has a first indication of 3 months and choices of 3, 6 and 12", () => {
    expect(FIRST_INDICATION_MONTHS).toBe(3);
    expect(INDICATION_MONTH_CHOICES).toEqual([3, 6, 12]);
    expect(EVALUATION_WORKING_DAYS_BEFORE_END).toBe(10);
  });

  it("puts the evaluation 10 working days before the end, skipping Easter Monday", () => {
    expect(indicationDates("2026-01-15", 3)).toEqual({
      startDate: "2026-01-15",
      endDate: "2026-04-14",
      evaluationDate: "2026-03-30",
    });
  });

  it("skips Christmas for the evaluation of a December period", () => {
    expect(indicationDates("2026-12-01", 1)).toEqual({
      startDate: "2026-12-01",
      endDate: "2026-12-31",
      evaluationDate: "2026-12-16",
    });
  });

  it("counts back from an end on a Saturday, skipping Whit Monday", () => {
    expect(indicationDates("2026-11-23", 6)).toEqual({
      startDate: "2026-11-23",
      endDate: "2027-05-22",
      evaluationDate: "2027-05-07",
    });
  });

  it("handles a 12-month indication", () => {
    expect(indicationDates("2026-11-23", 12)).toEqual({
      startDate: "2026-11-23",
      endDate: "2027-11-22",
      evaluationDate: "2027-11-08",
    });
  });

  it("gives an evaluation on a working day, 10 working days before the end, never before the start", () => {
    for (let i = 0; i < 400; i += 7) {
      const start = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
      for (const months of [1, 3, 6, 12]) {
        const d = indicationDates(start, months);
        expect(d.evaluationDate >= d.startDate).toBe(true);
        expect(d.evaluationDate < d.endDate).toBe(true);
        expect(isWorkingDay(d.evaluationDate)).toBe(true);
        expect(workingDaysBetween(d.evaluationDate, d.endDate)).toBe(isWorkingDay(d.endDate) ? 10 : 9);
      }
    }
  });

  it.each([
    ["2026-02-30", 3],
    ["2026-1-15", 3],
    ["15-01-2026", 3],
    ["", 3],
    ["2026-01-15", 0],
    ["2026-01-15", -3],
    ["2026-01-15", 1.5],
    ["2026-01-15", Number.NaN],
  ])("throws a RangeError for start %j and %d months", (start, months) => {
    expect(() => indicationDates(start, months)).toThrow(RangeError);
  });
});

describe("intakeSummary", () => {
  const source: IntakeSource = {
    personName: "Mevrouw J. de Boer",
    actedBy: { name: "Peter de Boer", relation: "son" },
    email: "j.deboer@example.nl",
    phone: "0348-123456",
    postcode: "3441AB",
    birthYear: 1948,
    needs: ["cleaning", "laundry"],
    mobility: ["stairs", "walker"],
    minutesPerWeek: 150,
    startDate: "2026-12-01",
    preferences: "Liefst op dinsdag",
    situation: "Heupoperatie in oktober, nog herstellende",
    consentShareHealth: true,
  };

  it("maps every field the provider needs", () => {
    expect(intakeSummary(source)).toEqual({
      name: "Mevrouw J. de Boer",
      actedBy: { name: "Peter de Boer", relation: "son" },
      contact: { email: "j.deboer@example.nl", phone: "0348-123456" },
      postcode: "3441AB",
      birthYear: 1948,
      needs: ["cleaning", "laundry"],
      minutesPerWeek: 150,
      startDate: "2026-12-01",
      limitations: ["stairs", "walker"],
      preferences: "Liefst op dinsdag",
      situation: "Heupoperatie in oktober, nog herstellende",
    });
  });

  it("leaves out the situation without consent to share health details", () => {
    const summary = intakeSummary({ ...source, consentShareHealth: false });
    expect(summary.situation).toBeNull();
    expect(JSON.stringify(summary)).not.toContain("Heupoperatie");
  });

  it("keeps a missing situation null with consent, and a missing actor and phone", () => {
    expect(intakeSummary({ ...source, situation: null }).situation).toBeNull();
    const summary = intakeSummary({ ...source, actedBy: null, phone: null, preferences: null });
    expect(summary.actedBy).toBeNull();
    expect(summary.contact).toEqual({ email: "j.deboer@example.nl", phone: null });
    expect(summary.preferences).toBeNull();
  });

  it("never carries income or the consent flag, even when the source object has income", () => {
    const withIncome = { ...source, incomeCents: 187654, income: 187654 } as IntakeSource;
    const summary = intakeSummary(withIncome);
    const json = JSON.stringify(summary);
    expect(json).not.toMatch(/income/i);
    expect(json).not.toContain("187654");
    expect(json).not.toContain("consent");
    expect(Object.keys(summary).sort()).toEqual([
      "actedBy",
      "birthYear",
      "contact",
      "limitations",
      "minutesPerWeek",
      "name",
      "needs",
      "postcode",
      "preferences",
      "situation",
      "startDate",
    ]);
  });
});

describe("assignmentExport", () => {
  const source: AssignmentSource = {
    municipality: { code: "0632", name: "Woerden" },
    provider: { name: "Thuiszorg Groene Hart", kvkNumber: "12345678" },
    client: { caseId: 42, name: "Mevrouw J. de Boer", birthYear: 1948, postcode: "3441AB" },
    indication: {
      id: 7,
      minutesPerWeek: 150,
      startDate: "2026-12-01",
      endDate: "2027-02-28",
      evaluationDate: "2027-02-12",
    },
    referral: { id: 9, status: "accepted", startDate: "2026-12-08" },
    createdAt: "2026-11-23T10:15:00.000Z",
  };

  it("shapes a WMO301 assignment from the case", () => {
    const x = assignmentExport(source);
    expect(x.messageType).toBe("WMO301");
    expect(x.description).toContain("WMO301");
    expect(x.createdAt).toBe("2026-11-23T10:15:00.000Z");
    expect(x.municipality).toEqual({ code: "0632", name: "Woerden" });
    expect(x.provider).toEqual({ name: "Thuiszorg Groene Hart", kvkNumber: "12345678" });
    expect(x.client).toEqual({
      reference: "case-42",
      name: "Mevrouw J. de Boer",
      birthYear: 1948,
      postcode: "3441AB",
    });
    expect(x.assignment).toEqual({
      number: 7,
      referral: 9,
      status: "accepted",
      product: { category: "huishoudelijke_hulp", description: "Hulp bij het huishouden (zorg in natura)" },
      volume: 150,
      unit: "minute",
      frequency: "per_week",
      start: "2026-12-08",
      end: "2027-02-28",
      evaluation: "2027-02-12",
    });
  });

  it("starts on the indication's start when the referral has no start date yet", () => {
    const x = assignmentExport({ ...source, referral: { id: 9, status: "sent", startDate: null } });
    expect(x.assignment.start).toBe("2026-12-01");
    expect(x.assignment.status).toBe("sent");
  });

  it("takes the volume from the indication's minutes per week", () => {
    const x = assignmentExport({ ...source, indication: { ...source.indication, minutesPerWeek: 90 } });
    expect(x.assignment.volume).toBe(90);
  });
});

describe("signalOverdue", () => {
  const urgent = { urgency: "urgent", status: "open" as const, raisedOn: "2026-11-23" }; // a Monday

  it("allows an urgent signal 2 working days", () => {
    expect(URGENT_SIGNAL_WORKING_DAYS).toBe(2);
    expect(signalOverdue(urgent, "2026-11-23")).toBe(false);
    expect(signalOverdue(urgent, "2026-11-24")).toBe(false);
    expect(signalOverdue(urgent, "2026-11-25")).toBe(false);
    expect(signalOverdue(urgent, "2026-11-26")).toBe(true);
  });

  it("does not count the weekend", () => {
    const friday = { ...urgent, raisedOn: "2026-11-20" };
    expect(signalOverdue(friday, "2026-11-23")).toBe(false); // Monday: 1
    expect(signalOverdue(friday, "2026-11-24")).toBe(false); // Tuesday: 2
    expect(signalOverdue(friday, "2026-11-25")).toBe(true); // Wednesday: 3
  });

  it("does not count Christmas", () => {
    const raised = { ...urgent, raisedOn: "2026-12-23" }; // Wednesday
    expect(signalOverdue(raised, "2026-12-28")).toBe(false); // 24 and 28 Dec
    expect(signalOverdue(raised, "2026-12-29")).toBe(true);
  });

  it("is never overdue for a normal signal", () => {
    expect(signalOverdue({ ...urgent, urgency: "normal" }, "2027-06-01")).toBe(false);
  });

  it("is not overdue once acknowledged or closed", () => {
    expect(signalOverdue({ ...urgent, status: "acknowledged" }, "2027-06-01")).toBe(false);
    expect(signalOverdue({ ...urgent, status: "closed" }, "2027-06-01")).toBe(false);
  });

  it("is not overdue when today is before the day it was raised", () => {
    expect(signalOverdue(urgent, "2026-11-01")).toBe(false);
  });
});
