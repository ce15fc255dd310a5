import { describe, expect, it } from "vitest";
import {
  displayPhone,
  normalPhone,
  normalPostcode,
  pc4Of,
  referralSharesContact,
  requestCanBeTakenOn,
  requestSharesContact,
  waitingCounts,
} from "~/domain/contact";
import { contactSchema } from "~/schemas/contact";
import { requestFormSchemaFor } from "~/schemas/request-form";

describe("Dutch phone numbers", () => {
  it("reads mobile, landline and international spellings as one national number", () => {
    expect(normalPhone("06-12345678")).toBe("0612345678");
    expect(normalPhone("0348 123 456")).toBe("0348123456");
    expect(normalPhone("+31 6 1234 5678")).toBe("0612345678");
    expect(normalPhone("0031 348 123456")).toBe("0348123456");
    expect(normalPhone("(030) 123 45 67")).toBe("0301234567");
  });
  it("refuses what is no Dutch number", () => {
    for (const bad of ["12345", "06123", "061234567890", "+44 20 7946 0958", "abc", "0012345678"])
      expect(normalPhone(bad)).toBeNull();
  });
  it("spells numbers readably", () => {
    expect(displayPhone("0612345678")).toBe("06 12345678");
    expect(displayPhone("0348123456")).toBe("0348 123456");
    expect(displayPhone("0301234567")).toBe("030 1234567");
  });
});

describe("postcodes", () => {
  it("tidies and checks the form", () => {
    expect(normalPostcode("3441 ab")).toBe("3441AB");
    expect(normalPostcode("0441AB")).toBeNull();
    expect(normalPostcode("3441")).toBeNull();
    expect(pc4Of("3441AB")).toBe("3441");
  });
});

describe("when a provider reads contact details", () => {
  it("only after it accepted", () => {
    expect(requestSharesContact({ status: "booked" })).toBe(true);
    expect(requestSharesContact({ status: "enrolled" })).toBe(true);
    expect(requestSharesContact({ status: "matched" })).toBe(true);
    for (const s of ["held", "intake_requested", "mediation_requested", "declined", "cancelled"] as const)
      expect(requestSharesContact({ status: s })).toBe(false);
    expect(referralSharesContact("sent")).toBe(false);
    expect(referralSharesContact("accepted")).toBe(true);
    expect(referralSharesContact("declined")).toBe(false);
  });

  it("once a practice or mediator took the request on, until it is declined (ADR 038)", () => {
    const at = new Date("2026-04-27T10:00:00Z");
    expect(requestSharesContact({ status: "intake_requested", takenOnAt: at })).toBe(true);
    expect(requestSharesContact({ status: "mediation_requested", takenOnAt: at })).toBe(true);
    expect(requestSharesContact({ status: "declined", takenOnAt: at })).toBe(false);
    expect(requestSharesContact({ status: "cancelled", takenOnAt: at })).toBe(false);
    expect(requestCanBeTakenOn({ status: "intake_requested", takenOnAt: null })).toBe(true);
    expect(requestCanBeTakenOn({ status: "intake_requested", takenOnAt: at })).toBe(false);
    expect(requestCanBeTakenOn({ status: "held", takenOnAt: null })).toBe(false);
  });
});

describe("the contact form", () => {
  it("asks for a phone number when calling is the preferred way", () => {
    const r = contactSchema.safeParse({
      street: "Hoofdstraat",
      houseNumber: "12a",
      postcode: "3441 AB",
      place: "Woerden",
      preferredContact: "phone",
    });
    expect(r.error?.issues.map((i) => i.message)).toEqual(["validation.contact.phoneNeeded"]);
  });
  it("says every problem of a half-filled address in the request form, beside the others", () => {
    const r = requestFormSchemaFor(true).safeParse({ forWhom: "other", street: "Hoofdstraat", phone: "123" });
    const messages = r.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        "houseNumber:validation.contact.houseNumber",
        "postcode:validation.contact.postcode",
        "place:validation.contact.place",
        "phone:validation.contact.phone",
        "actingName:validation.request.otherName",
        "slotId:validation.request.slot",
      ]),
    );
  });
  it("leaves the address out when the profile has it for that person", () => {
    const known = (forName: string | null) => forName === null || forName === "Marie Jansen";
    expect(requestFormSchemaFor(false, known).safeParse({ forWhom: "self" }).success).toBe(true);
    const forMarie = { forWhom: "other", actingName: "Marie  Jansen", actingRelation: "dochter", consent: "on" };
    expect(requestFormSchemaFor(false, known).safeParse(forMarie).success).toBe(true);
  });
  it("asks the whole address at the first request for a person, field by field", () => {
    const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
      r.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];
    const first = requestFormSchemaFor(false).safeParse({ forWhom: "self" });
    expect(messages(first)).toEqual(
      expect.arrayContaining([
        "street:validation.contact.street",
        "houseNumber:validation.contact.houseNumber",
        "postcode:validation.contact.postcode",
        "place:validation.contact.place",
        "phone:validation.contact.phoneNeeded",
      ]),
    );
    // Known for oneself, not for the person acted for: theirs is asked.
    const forOther = requestFormSchemaFor(false, (name) => name === null).safeParse({
      forWhom: "other",
      actingName: "Kees",
      actingRelation: "zoon",
      consent: "on",
    });
    expect(messages(forOther)).toContain("street:validation.contact.street");
  });
});

describe("waitingCounts", () => {
  it("counts waiting requests and those taken on but not answered, nothing else", () => {
    expect(
      waitingCounts([
        { status: "intake_requested", takenOnAt: null },
        { status: "mediation_requested", takenOnAt: null },
        { status: "intake_requested", takenOnAt: 1 },
        { status: "declined", takenOnAt: 1 },
        { status: "enrolled", takenOnAt: 1 },
        { status: "booked" },
      ]),
    ).toEqual({ waiting: 2, takenOn: 1 });
  });
});
