// A request's life: every step allowed and refused per kind and status, and every action the
// citizen's page offers (or does not) per status, hold time, visit and payment.
import { describe, expect, it } from "vitest";
import {
  ACTIVE_STATUSES,
  blockingStatuses,
  effectiveStatus,
  HOLD_MINUTES,
  holdExpiry,
  INITIAL_STATUS,
  nextRequestStatus,
  providerAnswerDay,
  providerCanEndBooking,
  providerDecisions,
  type RequestActions,
  type RequestStep,
  requestActions,
  requestEnded,
  waitingAnswerDay,
} from "~/domain/requests";
import { REQUEST_KINDS, REQUEST_STATUSES, type RequestKind, type RequestStatus } from "~db/enums";

const NOW = new Date("2026-03-02T10:00:00Z");
const LATER = new Date(NOW.getTime() + 5 * 60_000);
const EARLIER = new Date(NOW.getTime() - 1);
const STEPS: RequestStep[] = ["confirm", "expire", "moveSlot", "cancel", "enrol", "match", "decline", "endByProvider"];

// The whole allowed graph: kind, from, step → to. Everything not listed is refused.
const ALLOWED: [RequestKind, RequestStatus, RequestStep, RequestStatus][] = [
  ["private_cleaner", "held", "confirm", "booked"],
  ["private_cleaner", "held", "expire", "expired"],
  ["private_cleaner", "booked", "moveSlot", "booked"],
  // The cleaner stops a running booking as a whole (ADR 041).
  ["private_cleaner", "booked", "endByProvider", "cancelled"],
  ["powerful_ageing", "intake_requested", "enrol", "enrolled"],
  ["pgb_informal", "mediation_requested", "match", "matched"],
  ...REQUEST_KINDS.flatMap((kind): [RequestKind, RequestStatus, RequestStep, RequestStatus][] => [
    ...ACTIVE_STATUSES.map((from): [RequestKind, RequestStatus, RequestStep, RequestStatus] => [
      kind,
      from,
      "cancel",
      "cancelled",
    ]),
    [kind, "intake_requested", "decline", "declined"],
    [kind, "mediation_requested", "decline", "declined"],
  ]),
];

describe("nextRequestStatus", () => {
  it.each(ALLOWED)("%s: %s --%s--> %s", (kind, from, step, to) => {
    expect(nextRequestStatus(kind, from, step)).toBe(to);
  });

  const allowed = new Set(ALLOWED.map(([kind, from, step]) => `${kind}/${from}/${step}`));
  const refused = REQUEST_KINDS.flatMap((kind) =>
    REQUEST_STATUSES.flatMap((from) =>
      STEPS.filter((step) => !allowed.has(`${kind}/${from}/${step}`)).map(
        (step): [RequestKind, RequestStatus, RequestStep] => [kind, from, step],
      ),
    ),
  );

  it("refuses every other step", () => {
    expect(refused.length).toBeGreaterThan(400);
    for (const [kind, from, step] of refused)
      expect(nextRequestStatus(kind, from, step), `${kind}/${from}/${step}`).toBeNull();
  });

  it("never cancels what no longer takes capacity", () => {
    for (const from of [
      "steered",
      "indicated",
      "care_started",
      "care_ended",
      "declined",
      "cancelled",
      "expired",
    ] as const)
      expect(nextRequestStatus("zin", from, "cancel"), from).toBeNull();
  });
});

describe("first status and holds", () => {
  it("starts each kind where its provider picks it up", () => {
    expect(INITIAL_STATUS).toEqual({
      private_cleaner: "held",
      powerful_ageing: "intake_requested",
      pgb_informal: "mediation_requested",
      zin: "submitted",
    });
  });

  it("holds for 15 minutes, and a hold past its time reads as expired", () => {
    expect(HOLD_MINUTES).toBe(15);
    expect(holdExpiry(NOW).getTime() - NOW.getTime()).toBe(15 * 60_000);
    expect(effectiveStatus("held", LATER, NOW)).toBe("held");
    expect(effectiveStatus("held", NOW, NOW)).toBe("expired");
    expect(effectiveStatus("held", EARLIER, NOW)).toBe("expired");
    expect(effectiveStatus("held", null, NOW)).toBe("held");
    expect(effectiveStatus("booked", EARLIER, NOW)).toBe("booked");
  });

  it("keeps a person from asking twice while a request is active, and for ZIN also while it is granted", () => {
    expect(blockingStatuses("private_cleaner")).toEqual(ACTIVE_STATUSES);
    expect(blockingStatuses("zin")).toEqual([...ACTIVE_STATUSES, "indicated", "care_started"]);
  });
});

type Offered = Pick<
  RequestActions,
  "confirm" | "cancel" | "changeSlot" | "complain" | "choosePaymentMethod" | "editNote"
>;
const NONE: Offered = {
  confirm: false,
  cancel: false,
  changeSlot: false,
  complain: true,
  choosePaymentMethod: false,
  editNote: false,
};

function offered(kind: RequestKind, status: RequestStatus, holdExpiresAt: Date | null = null): Offered {
  const { confirm, cancel, changeSlot, complain, choosePaymentMethod, editNote } = requestActions(status, {
    kind,
    holdExpiresAt,
    now: NOW,
  });
  return { confirm, cancel, changeSlot, complain, choosePaymentMethod, editNote };
}

describe("requestActions: what the request page offers", () => {
  // Per kind and status, with a hold still running where there is one.
  const EXPECTED: [RequestKind, RequestStatus, Partial<Offered>][] = [
    ["private_cleaner", "held", { confirm: true, cancel: true, choosePaymentMethod: true, editNote: true }],
    ["private_cleaner", "booked", { cancel: true, changeSlot: true, choosePaymentMethod: true, editNote: true }],
    ["powerful_ageing", "intake_requested", { cancel: true }],
    ["powerful_ageing", "enrolled", { cancel: true }],
    ["pgb_informal", "mediation_requested", { cancel: true }],
    ["pgb_informal", "matched", { cancel: true }],
    ["zin", "submitted", { cancel: true }],
    ["consultation", "submitted", { cancel: true }],
  ];

  it.each(EXPECTED)("%s %s", (kind, status, expected) => {
    expect(offered(kind, status, status === "held" ? LATER : null)).toEqual({ ...NONE, ...expected });
  });

  it("offers nothing but a complaint once a request is over or with the municipality's care", () => {
    const over: RequestStatus[] = [
      "steered",
      "indicated",
      "care_started",
      "care_ended",
      "declined",
      "cancelled",
      "expired",
    ];
    for (const kind of REQUEST_KINDS)
      for (const status of over) expect(offered(kind, status), `${kind} ${status}`).toEqual(NONE);
  });

  it("offers nothing but a complaint for a hold past its time, and reads it as expired", () => {
    const actions = requestActions("held", { kind: "private_cleaner", holdExpiresAt: EARLIER, now: NOW });
    expect(actions.status).toBe("expired");
    expect(offered("private_cleaner", "held", EARLIER)).toEqual(NONE);
    expect(offered("private_cleaner", "held", NOW)).toEqual(NONE);
  });

  it("does not confirm a hold without an end, but it can still be cancelled", () => {
    expect(offered("private_cleaner", "held", null)).toEqual({
      ...NONE,
      cancel: true,
      choosePaymentMethod: true,
      editNote: true,
    });
  });

  it("moves only a cleaner's booking, and asks how to pay only for a cleaner", () => {
    for (const kind of REQUEST_KINDS.filter((k) => k !== "private_cleaner")) {
      expect(offered(kind, "booked").changeSlot, kind).toBe(false);
      expect(offered(kind, "booked").choosePaymentMethod, kind).toBe(false);
    }
  });

  it("offers to confirm visits that began and are not marked, and to cancel those ahead", () => {
    const at = (minutes: number) => NOW.getTime() + minutes * 60_000;
    const actions = requestActions("booked", {
      kind: "private_cleaner",
      holdExpiresAt: null,
      now: NOW,
      visits: [
        { slotId: 1, startsAt: at(-60 * 24), outcome: "done" },
        { slotId: 2, startsAt: at(-60), outcome: null },
        { slotId: 3, startsAt: NOW.getTime(), outcome: null },
        { slotId: 4, startsAt: at(1), outcome: null },
        { slotId: 5, startsAt: at(60 * 24 * 7), outcome: null },
        { slotId: 6, startsAt: at(-120), outcome: "missed" },
      ],
    });
    expect(actions.confirmVisit).toEqual([2, 3]);
    expect(actions.cancelVisit).toEqual([4, 5]);
  });

  it("offers to pay online only open or failed online payments of more than nothing", () => {
    const actions = requestActions("booked", {
      kind: "private_cleaner",
      holdExpiresAt: null,
      now: NOW,
      payments: [
        { id: 1, method: "online", status: "open", amountCents: 3500 },
        { id: 2, method: "online", status: "failed", amountCents: 3500 },
        { id: 3, method: "online", status: "paid", amountCents: 3500 },
        { id: 4, method: "online", status: "refunded", amountCents: 3500 },
        { id: 5, method: "online", status: "open", amountCents: 0 },
        { id: 6, method: "invoice", status: "open", amountCents: 3500 },
        { id: 7, method: "direct", status: "open", amountCents: 3500 },
      ],
    });
    expect(actions.pay).toEqual([1, 2]);
  });

  it("offers no visits or payments when there are none", () => {
    const actions = requestActions("booked", { kind: "private_cleaner", holdExpiresAt: null, now: NOW });
    expect(actions).toMatchObject({ confirmVisit: [], cancelVisit: [], pay: [] });
  });
});

describe("providerDecisions: what a practice or mediator can decide", () => {
  it("lets the practice enrol or decline after its intake, and the mediator match or decline", () => {
    expect(providerDecisions("powerful_ageing", "intake_requested")).toEqual(["enrol", "decline"]);
    expect(providerDecisions("pgb_informal", "mediation_requested")).toEqual(["match", "decline"]);
  });

  it("offers nothing once decided, and never another kind's decision", () => {
    for (const status of REQUEST_STATUSES.filter((s) => s !== "intake_requested" && s !== "mediation_requested")) {
      expect(providerDecisions("powerful_ageing", status), status).toEqual([]);
      expect(providerDecisions("pgb_informal", status), status).toEqual([]);
    }
    expect(providerDecisions("pgb_informal", "intake_requested")).toEqual(["decline"]);
    expect(providerDecisions("powerful_ageing", "mediation_requested")).toEqual(["decline"]);
  });
});

describe("providerCanEndBooking: the cleaner stops a whole booking (ADR 041)", () => {
  it("only a running cleaner booking: not a hold, not one already ended, not another kind", () => {
    expect(providerCanEndBooking("private_cleaner", "booked")).toBe(true);
    for (const status of REQUEST_STATUSES.filter((s) => s !== "booked"))
      expect(providerCanEndBooking("private_cleaner", status), status).toBe(false);
    for (const kind of REQUEST_KINDS.filter((k) => k !== "private_cleaner"))
      expect(providerCanEndBooking(kind, "booked"), kind).toBe(false);
  });
});

describe("waitingAnswerDay and requestEnded", () => {
  const createdAt = new Date("2026-12-04T10:00:00Z");
  it("names the answer day only while the practice or mediator has not answered", () => {
    expect(waitingAnswerDay({ status: "intake_requested", createdAt })).toBe(providerAnswerDay(createdAt));
    expect(waitingAnswerDay({ status: "mediation_requested", createdAt })).toBe(providerAnswerDay(createdAt));
    for (const status of ["enrolled", "matched", "declined", "cancelled", "booked"] as const)
      expect(waitingAnswerDay({ status, createdAt })).toBeNull();
  });
  it("counts a request as over once it takes no capacity and is no running ZIN", () => {
    for (const status of ["cancelled", "declined", "expired", "care_ended", "steered"] as const)
      expect(requestEnded(status)).toBe(true);
    for (const status of ["booked", "enrolled", "matched", "intake_requested", "indicated", "care_started"] as const)
      expect(requestEnded(status)).toBe(false);
  });
});
