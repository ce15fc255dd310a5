// The referral's life cycle: every allowed transition, and every refused one with its reason.
import { describe, expect, it } from "vitest";
import {
  allowedActions,
  canEvaluate,
  EVALUATION_DUE_WINDOW_DAYS,
  isActive,
  nextReferralStatus,
  type ReferralAction,
  type ReferralActor,
  type TransitionResult,
} from "~/domain/referral";
import { REFERRAL_STATUSES, type ReferralStatus } from "~db/enums";

const ACTIONS: ReferralAction[] = ["accept", "decline", "start", "end", "withdraw"];
const ACTORS: ReferralActor[] = ["provider", "consultant"];

// The whole allowed graph: from, action, actor → to.
const ALLOWED: [ReferralStatus, ReferralAction, ReferralActor, ReferralStatus][] = [
  ["sent", "accept", "provider", "accepted"],
  ["sent", "decline", "provider", "declined"],
  ["sent", "withdraw", "consultant", "withdrawn"],
  ["accepted", "start", "provider", "started"],
  ["accepted", "withdraw", "consultant", "withdrawn"],
  ["started", "end", "provider", "ended"],
];

describe("nextReferralStatus", () => {
  it.each(ALLOWED)("%s --%s by %s--> %s", (from, action, actor, to) => {
    expect(nextReferralStatus(from, action, actor)).toEqual({ ok: true, to });
  });

  it.each([
    // The right actor, but not from this status.
    ["declined", "accept", "provider", "not_allowed"],
    ["declined", "start", "provider", "not_allowed"],
    ["declined", "withdraw", "consultant", "not_allowed"],
    ["ended", "start", "provider", "not_allowed"],
    ["ended", "end", "provider", "not_allowed"],
    ["ended", "withdraw", "consultant", "not_allowed"],
    ["sent", "start", "provider", "not_allowed"],
    ["sent", "end", "provider", "not_allowed"],
    ["accepted", "accept", "provider", "not_allowed"],
    ["accepted", "decline", "provider", "not_allowed"],
    ["accepted", "end", "provider", "not_allowed"],
    ["started", "withdraw", "consultant", "not_allowed"],
    ["started", "start", "provider", "not_allowed"],
    ["started", "decline", "provider", "not_allowed"],
    ["withdrawn", "accept", "provider", "not_allowed"],
    ["withdrawn", "withdraw", "consultant", "not_allowed"],
    // The wrong actor, whatever the status.
    ["sent", "withdraw", "provider", "wrong_actor"],
    ["accepted", "withdraw", "provider", "wrong_actor"],
    ["sent", "accept", "consultant", "wrong_actor"],
    ["sent", "decline", "consultant", "wrong_actor"],
    ["accepted", "start", "consultant", "wrong_actor"],
    ["started", "end", "consultant", "wrong_actor"],
    ["ended", "withdraw", "provider", "wrong_actor"],
  ] as const)("refuses %s --%s by %s: %s", (from, action, actor, error) => {
    expect(nextReferralStatus(from, action, actor)).toEqual({ ok: false, error });
  });

  it("allows nothing else in the whole status × action × actor space", () => {
    let ok = 0;
    for (const from of REFERRAL_STATUSES)
      for (const action of ACTIONS)
        for (const actor of ACTORS) {
          const result: TransitionResult = nextReferralStatus(from, action, actor);
          const expected = ALLOWED.find(([f, a, who]) => f === from && a === action && who === actor);
          if (expected) {
            expect(result).toEqual({ ok: true, to: expected[3] });
            ok += 1;
          } else {
            expect(result.ok).toBe(false);
          }
        }
    expect(ok).toBe(ALLOWED.length);
  });

  it("reports wrong_actor before not_allowed", () => {
    // Withdrawing is the consultant's, even where it is not allowed at all.
    for (const from of REFERRAL_STATUSES) {
      expect(nextReferralStatus(from, "withdraw", "provider")).toEqual({ ok: false, error: "wrong_actor" });
      for (const action of ["accept", "decline", "start", "end"] as const)
        expect(nextReferralStatus(from, action, "consultant")).toEqual({ ok: false, error: "wrong_actor" });
    }
  });

  it("treats declined, ended and withdrawn as final", () => {
    for (const from of ["declined", "ended", "withdrawn"] as const)
      for (const action of ACTIONS)
        for (const actor of ACTORS) expect(nextReferralStatus(from, action, actor).ok).toBe(false);
  });
});

describe("allowedActions", () => {
  it.each([
    ["sent", "provider", ["accept", "decline"]],
    ["sent", "consultant", ["withdraw"]],
    ["accepted", "provider", ["start"]],
    ["accepted", "consultant", ["withdraw"]],
    ["started", "provider", ["end"]],
    ["started", "consultant", []],
    ["declined", "provider", []],
    ["declined", "consultant", []],
    ["ended", "provider", []],
    ["ended", "consultant", []],
    ["withdrawn", "provider", []],
    ["withdrawn", "consultant", []],
  ] as const)("from %s, the %s may %j", (from, actor, actions) => {
    expect(allowedActions(from, actor)).toEqual(actions);
  });

  it("lists exactly the actions nextReferralStatus accepts", () => {
    for (const from of REFERRAL_STATUSES)
      for (const actor of ACTORS) {
        const accepted = ACTIONS.filter((a) => nextReferralStatus(from, a, actor).ok);
        expect([...allowedActions(from, actor)].sort()).toEqual([...accepted].sort());
      }
  });
});

describe("canEvaluate", () => {
  it("is true once, while the help runs", () => {
    expect(canEvaluate("started", false)).toBe(true);
    expect(canEvaluate("started", true)).toBe(false);
  });

  it.each(["sent", "accepted", "declined", "ended", "withdrawn"] as const)("is false for a %s referral", (status) => {
    expect(canEvaluate(status, false)).toBe(false);
    expect(canEvaluate(status, true)).toBe(false);
  });

  it("shows evaluation as due from 14 days before its date", () => {
    expect(EVALUATION_DUE_WINDOW_DAYS).toBe(14);
  });
});

describe("isActive", () => {
  it("is true for sent, accepted and started; false for declined, ended and withdrawn", () => {
    expect(REFERRAL_STATUSES.filter(isActive)).toEqual(["sent", "accepted", "started"]);
    expect(REFERRAL_STATUSES.filter((s) => !isActive(s))).toEqual(["declined", "ended", "withdrawn"]);
  });
});
