// The provider's referral and signal forms, the audit filters and the audit detail summary.
import { describe, expect, it } from "vitest";
import { auditFilterSchema } from "~/schemas/audit";
import { CAPACITY_DAYS, cleanerExceptionRecord } from "~/schemas/capacity";
import { acceptSchema, declineSchema, evaluationSchema, signalSchema } from "~/schemas/referral";
import { summariseDetail } from "~/services/audit-log.server";

const firstError = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe("accepting a referral", () => {
  const schema = acceptSchema("2026-03-10");
  it("takes today or a later day", () => {
    expect(schema.safeParse({ startDate: "2026-03-10" }).success).toBe(true);
    expect(schema.safeParse({ startDate: "2026-04-01" }).success).toBe(true);
  });
  it("refuses a day in the past, and one that does not exist, each with its own message", () => {
    expect(firstError(schema.safeParse({ startDate: "2026-03-09" }))).toBe("validation.pref.startDatePast");
    expect(firstError(schema.safeParse({ startDate: "2026-02-30" }))).toBe("validation.pref.startDate");
    expect(firstError(schema.safeParse({}))).toBe("validation.pref.startDate");
  });
});

describe("reasons, evaluation and signals", () => {
  it("needs a reason that is more than spaces, at most 500 characters", () => {
    expect(firstError(declineSchema.safeParse({ reason: "   " }))).toBe("validation.pref.reason");
    expect(firstError(declineSchema.safeParse({ reason: "x".repeat(501) }))).toBe("validation.pref.reasonTooLong");
    expect(declineSchema.parse({ reason: "  Vol  " })).toEqual({ reason: "Vol" });
  });
  it("needs an outcome of fewer, same or more and an explanation", () => {
    expect(evaluationSchema.safeParse({ outcome: "same", explanation: "Gaat goed" }).success).toBe(true);
    expect(firstError(evaluationSchema.safeParse({ outcome: "less", explanation: "x" }))).toBe(
      "validation.pref.outcome",
    );
    expect(firstError(evaluationSchema.safeParse({ outcome: "more", explanation: "" }))).toBe(
      "validation.pref.explanation",
    );
  });
  it("takes a signal of a known type and urgency with at most 1000 characters", () => {
    const ok = { client: "referral:1", type: "fall_risk", urgency: "urgent", text: "Struikelt over de mat." };
    expect(signalSchema.safeParse(ok).success).toBe(true);
    expect(firstError(signalSchema.safeParse({ ...ok, type: "boredom" }))).toBe("validation.psig.type");
    expect(firstError(signalSchema.safeParse({ ...ok, urgency: "soon" }))).toBe("validation.psig.urgency");
    expect(firstError(signalSchema.safeParse({ ...ok, text: "x".repeat(1001) }))).toBe("validation.psig.textTooLong");
    expect(firstError(signalSchema.safeParse({ ...ok, client: "" }))).toBe("validation.psig.client");
  });
});

describe("audit filters", () => {
  it("takes days in order and a page from 1", () => {
    expect(auditFilterSchema.safeParse({ van: "2026-01-01", tot: "2026-01-01", pagina: "2" }).data).toEqual({
      van: "2026-01-01",
      tot: "2026-01-01",
      pagina: 2,
    });
    expect(firstError(auditFilterSchema.safeParse({ van: "2026-02-01", tot: "2026-01-01" }))).toBe(
      "validation.auditlog.dateOrder",
    );
    expect(firstError(auditFilterSchema.safeParse({ van: "2026-13-01" }))).toBe("validation.auditlog.day");
    expect(firstError(auditFilterSchema.safeParse({ pagina: "0" }))).toBe("validation.auditlog.page");
    expect(firstError(auditFilterSchema.safeParse({ nummer: "1 OR 1=1" }))).toBe("validation.auditlog.subjectId");
  });
});

describe("summariseDetail", () => {
  it("writes key: value pairs on one line", () => {
    expect(summariseDetail({ referralId: 5, outcome: "fewer" })).toBe("referralId: 5; outcome: fewer");
    expect(summariseDetail(null)).toBe("");
    expect(summariseDetail({ search: null, nested: { a: 1 } })).toBe('search: —; nested: {"a":1}');
  });
  it("cuts long lists and long lines short", () => {
    const ids = Array.from({ length: 13 }, (_, i) => i + 1);
    expect(summariseDetail({ caseIds: ids })).toBe("caseIds: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 … (+3)");
    const long = summariseDetail({ note: "x".repeat(500) });
    expect(long).toHaveLength(200);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("capacity dates", () => {
  const off = (fromDate: string, toDate: string) =>
    cleanerExceptionRecord.safeParse({ type: "cleaner_exception", externalRef: "vakantie", fromDate, toDate });
  it("are days of this century, so schedules derived from them keep the YYYY-MM-DD format", () => {
    expect(off(CAPACITY_DAYS.first, CAPACITY_DAYS.last).success).toBe(true);
    expect(firstError(off("2026-07-01", "2100-01-01"))).toBe("validation.capacity.day");
    expect(firstError(off("9999-12-01", "9999-12-31"))).toBe("validation.capacity.day");
    expect(firstError(off("1999-12-31", "2026-01-01"))).toBe("validation.capacity.day");
  });
});
