// A complaint's handling: every allowed step, every refused one with its reason, and what the
// citizen may see before and after it is resolved.
import { describe, expect, it } from "vitest";
import {
  allowedComplaintActions,
  type ComplaintAction,
  type ComplaintActor,
  citizenView,
  complaintAgeDays,
  nextComplaintStatus,
} from "~/domain/complaints";
import { COMPLAINT_STATUSES, type ComplaintStatus } from "~db/enums";

const ACTIONS: ComplaintAction[] = ["start", "respond", "resolve"];
const ACTORS: ComplaintActor[] = ["admin", "provider"];

// The whole allowed graph: from, action, actor → to.
const ALLOWED: [ComplaintStatus, ComplaintAction, ComplaintActor, ComplaintStatus][] = [
  ["received", "start", "admin", "in_progress"],
  ["received", "respond", "admin", "received"],
  ["received", "respond", "provider", "received"],
  ["in_progress", "respond", "admin", "in_progress"],
  ["in_progress", "respond", "provider", "in_progress"],
  ["in_progress", "resolve", "admin", "resolved"],
];

describe("nextComplaintStatus", () => {
  it.each(ALLOWED)("%s --%s by %s--> %s", (from, action, actor, to) => {
    expect(nextComplaintStatus(from, action, actor)).toEqual({ ok: true, to });
  });

  it.each([
    // The admin, but not from this status.
    ["received", "resolve", "admin", "not_allowed"],
    ["in_progress", "start", "admin", "not_allowed"],
    ["resolved", "start", "admin", "not_allowed"],
    ["resolved", "respond", "admin", "not_allowed"],
    ["resolved", "resolve", "admin", "not_allowed"],
    ["resolved", "respond", "provider", "not_allowed"],
    // The provider only ever responds.
    ["received", "start", "provider", "wrong_actor"],
    ["in_progress", "resolve", "provider", "wrong_actor"],
    ["resolved", "start", "provider", "wrong_actor"],
    ["resolved", "resolve", "provider", "wrong_actor"],
  ] as const)("refuses %s --%s by %s: %s", (from, action, actor, error) => {
    expect(nextComplaintStatus(from, action, actor)).toEqual({ ok: false, error });
  });

  it("allows nothing outside the graph above", () => {
    for (const from of COMPLAINT_STATUSES)
      for (const action of ACTIONS)
        for (const actor of ACTORS) {
          const allowed = ALLOWED.some(([f, a, r]) => f === from && a === action && r === actor);
          expect(nextComplaintStatus(from, action, actor).ok, `${from} ${action} ${actor}`).toBe(allowed);
        }
  });

  it("never goes back to received, and resolved is final", () => {
    for (const [from, , , to] of ALLOWED) {
      if (from !== "received") expect(to).not.toBe("received");
      expect(from).not.toBe("resolved");
    }
  });
});

describe("allowedComplaintActions", () => {
  it("offers the admin what fits the status", () => {
    expect(allowedComplaintActions("received", "admin")).toEqual(["start", "respond"]);
    expect(allowedComplaintActions("in_progress", "admin")).toEqual(["respond", "resolve"]);
    expect(allowedComplaintActions("resolved", "admin")).toEqual([]);
  });

  it("offers the provider only a response, until the complaint is resolved", () => {
    expect(allowedComplaintActions("received", "provider")).toEqual(["respond"]);
    expect(allowedComplaintActions("in_progress", "provider")).toEqual(["respond"]);
    expect(allowedComplaintActions("resolved", "provider")).toEqual([]);
  });

  it("agrees with nextComplaintStatus for every status and actor", () => {
    for (const from of COMPLAINT_STATUSES)
      for (const actor of ACTORS)
        expect(allowedComplaintActions(from, actor)).toEqual(
          ACTIONS.filter((a) => nextComplaintStatus(from, a, actor).ok),
        );
  });
});

describe("complaintAgeDays", () => {
  it("counts whole calendar days since the day it was filed", () => {
    expect(complaintAgeDays("2026-03-02", "2026-03-02")).toBe(0);
    expect(complaintAgeDays("2026-03-02", "2026-03-03")).toBe(1);
    expect(complaintAgeDays("2026-02-27", "2026-03-02")).toBe(3);
    // Across the change to summer time (29 March 2026): still whole days.
    expect(complaintAgeDays("2026-03-28", "2026-03-30")).toBe(2);
    expect(complaintAgeDays("2025-12-31", "2026-01-01")).toBe(1);
  });

  it("is never negative (a clock a little behind)", () => {
    expect(complaintAgeDays("2026-03-03", "2026-03-02")).toBe(0);
  });
});

describe("citizenView", () => {
  const base = { id: 1, text: "De hulp kwam niet.", providerResponse: "Excuses, ziekte.", resolution: "Vervangster." };

  it("hides the response and the resolution until the complaint is resolved", () => {
    for (const status of ["received", "in_progress"] as const)
      expect(citizenView({ ...base, status })).toEqual({ ...base, status, providerResponse: null, resolution: null });
  });

  it("shows both once resolved", () => {
    expect(citizenView({ ...base, status: "resolved" as const })).toEqual({ ...base, status: "resolved" });
  });
});
