// A ZIN story in the demo history: the consultant steers to lighter help where it fits, or
// grants a first indication and refers it (now and then declined first by another provider);
// care starts and ends, the provider evaluates, and a complaint or a signal may come up.

import { indicationDates } from "~/domain/cases";
import { pgbInformalMonthlyCost, powerfulAgeingMonthlyCost, zinMonthlyCost } from "~/domain/costs";
import { amsterdamDay } from "~/domain/policy";
import {
  caseDecisions,
  cases,
  complaints,
  evaluations,
  indications,
  referralEvents,
  referrals,
  signals,
} from "~db/schema";
import { at9, at17, DAY, HOUR, type Provider, type Story } from "./history-story.server";

/** Why care ended before its indication did, as a provider writes it. */
const EARLY_END_REASONS = [
  "Hulp niet meer nodig",
  "Cliënt verhuisd",
  "Cliënt opgenomen in verpleeghuis",
  "Cliënt wil zelf stoppen",
] as const;

type Step = ["sent" | "accepted" | "declined" | "started" | "ended", number, string | null];

export function tellZinStory(s: Story, zinProviders: readonly Provider[]): void {
  const { tx, rnd, code, provider, consultant, policy, minutes, tariff } = s;
  const decided = s.at + rnd.int(4, 30) * DAY;
  const zin = zinMonthlyCost(minutes, policy, tariff);
  const newCase = (user: number) =>
    tx
      .insert(cases)
      .values({
        municipalityCode: code,
        citizenUserId: user,
        personName: s.person,
        consentShareIntake: true,
        consentAt: new Date(s.at),
        talkAt: new Date(decided),
        createdAt: new Date(s.at),
        updatedAt: new Date(decided),
      })
      .returning({ id: cases.id })
      .get().id;

  const steer = rnd.chance(0.35);
  const to = rnd.pick([
    ["private_cleaner", "private_affordable"],
    ["pgb_informal", "informal_pgb_fits"],
    ["powerful_ageing", "powerful_ageing_first"],
    ["own_strength", "network_can_help"],
  ] as const);
  if (steer) {
    if (decided > s.end) return;
    const user = s.newCitizen();
    const caseId = newCase(user);
    const id = s.request(user, "steered", zin, decided, { caseId });
    s.events(id, [
      ["submitted", s.at, user],
      ["steered", decided, consultant],
    ]);
    const cost =
      to[0] === "pgb_informal"
        ? pgbInformalMonthlyCost(minutes, policy, tariff)
        : to[0] === "powerful_ageing"
          ? powerfulAgeingMonthlyCost(policy)
          : { citizenCents: 0, municipalityCents: 0 };
    tx.insert(caseDecisions)
      .values({
        caseId,
        requestId: id,
        kind: to[0],
        offerId: to[0],
        reason: to[1],
        municipalityCostPerMonthCents: cost.municipalityCents,
        zinCostPerMonthCents: zin.municipalityCents,
        decidedByUserId: consultant,
        decidedAt: new Date(decided),
      })
      .run();
    return;
  }

  const minutesGranted = rnd.pick([120, 150, 180]);
  const declinedFirst = rnd.chance(0.12) && zinProviders.length > 1;
  const startDay = amsterdamDay(new Date(decided + rnd.int(5, 25) * DAY));
  const startAt = at9(startDay);
  const dates = indicationDates(startDay, 3);
  const endAt = Math.min(s.end, at17(dates.endDate), startAt + rnd.int(60, 120) * DAY);
  // "Indicatie afgelopen" only when the indication did run out; care that stopped earlier says why.
  const endReason = (caseId: number) =>
    endAt === at17(dates.endDate)
      ? "Indicatie afgelopen"
      : (EARLY_END_REASONS[caseId % EARLY_END_REASONS.length] ?? "");
  const outcome = rnd.pick(["fewer", "same", "same", "more"] as const);
  const evaluatedAt = at17(dates.evaluationDate) + (rnd.chance(0.8) ? -rnd.int(1, 5) : rnd.int(1, 10)) * DAY;
  const complaint = rnd.chance(0.08);
  const complaintResolved = rnd.chance(0.8);
  const signal = rnd.chance(0.15);
  const raised = startAt + rnd.int(10, 50) * DAY;
  const signalType = rnd.pick(["loneliness", "fall_risk", "carer_overload", "memory"] as const);
  const urgent = rnd.chance(0.3);
  const pickedUp = raised + rnd.int(2, 60) * HOUR;
  // At least a month of care before the history ends, or the story is not told.
  if (startAt + 30 * DAY > s.end) return;

  const user = s.newCitizen();
  const caseId = newCase(user);
  const id = s.request(user, "care_ended", zin, endAt, { caseId });
  s.events(id, [
    ["submitted", s.at, user],
    ["indicated", decided, consultant],
    ["care_started", startAt, null],
    ["care_ended", endAt, null],
  ]);
  const decision = tx
    .insert(caseDecisions)
    .values({
      caseId,
      requestId: id,
      kind: "zin",
      offerId: `zin:${provider.id}`,
      providerId: provider.id,
      reason: "zin_needed_complex",
      municipalityCostPerMonthCents: zin.municipalityCents,
      zinCostPerMonthCents: zin.municipalityCents,
      decidedByUserId: consultant,
      decidedAt: new Date(decided),
    })
    .returning({ id: caseDecisions.id })
    .get().id;
  const indication = tx
    .insert(indications)
    .values({
      caseId,
      decisionId: decision,
      minutesPerWeek: minutesGranted,
      ...dates,
      durationMonths: 3,
      first: true,
      createdByUserId: consultant,
      createdAt: new Date(decided),
    })
    .returning({ id: indications.id })
    .get().id;
  const refer = (
    providerId: number,
    status: "declined" | "ended",
    steps: Step[],
    extra: Partial<typeof referrals.$inferInsert>,
  ) => {
    const first = steps[0] as Step;
    const last = steps[steps.length - 1] as Step;
    const ref = tx
      .insert(referrals)
      .values({
        indicationId: indication,
        caseId,
        providerId,
        municipalityCode: code,
        status,
        intake: {},
        createdAt: new Date(first[1]),
        updatedAt: new Date(last[1]),
        ...extra,
      })
      .returning({ id: referrals.id })
      .get().id;
    for (const [step, when, note] of steps)
      tx.insert(referralEvents)
        .values({
          referralId: ref,
          status: step,
          note,
          byUserId: step === "sent" ? consultant : null,
          at: new Date(when),
        })
        .run();
    return ref;
  };

  let carer = provider;
  if (declinedFirst) {
    refer(
      provider.id,
      "declined",
      [
        ["sent", decided, null],
        ["declined", decided + 2 * DAY, "Geen ruimte"],
      ],
      { declineReason: "Geen ruimte" },
    );
    carer = zinProviders.find((p) => p.id !== provider.id) ?? provider;
  }
  const { helpRequest } = s;
  const care = refer(
    carer.id,
    "ended",
    [
      ["sent", decided + 3 * DAY, null],
      ["accepted", decided + 4 * DAY, startDay],
      ["started", startAt, null],
      ["ended", endAt, endReason(caseId)],
    ],
    {
      intake: {
        name: s.person,
        actedBy: null,
        contact: { email: s.email, phone: null },
        postcode: helpRequest.postcode,
        birthYear: helpRequest.birthYear,
        needs: helpRequest.needs,
        minutesPerWeek: minutesGranted,
        startDate: startDay,
        limitations: [],
        preferences: null,
        situation: null,
      },
      startDate: startDay,
      endReason: endReason(caseId),
    },
  );
  // The provider evaluates while the care runs; the consultant reviews two days later.
  if (evaluatedAt > startAt && evaluatedAt < endAt && evaluatedAt + 2 * DAY <= s.end)
    tx.insert(evaluations)
      .values({
        referralId: care,
        outcome,
        explanation: "Besproken bij de evaluatie.",
        at: new Date(evaluatedAt),
        reviewedAt: new Date(evaluatedAt + 2 * DAY),
        reviewNote: "Besproken met de inwoner.",
      })
      .run();
  const complainedAt = startAt + 20 * DAY;
  if (complaint && complainedAt <= endAt)
    tx.insert(complaints)
      .values({
        requestId: id,
        citizenUserId: user,
        providerId: carer.id,
        municipalityCode: code,
        text: "Steeds een andere hulp aan de deur.",
        status: complaintResolved ? "resolved" : "in_progress",
        providerResponse: "Vaste hulp ingeroosterd.",
        createdAt: new Date(complainedAt),
      })
      .run();
  if (signal && raised + 7 * DAY <= endAt)
    tx.insert(signals)
      .values({
        caseId,
        providerId: carer.id,
        municipalityCode: code,
        type: signalType,
        urgency: urgent ? "urgent" : "normal",
        text: "Signaal van de vaste hulp.",
        status: "closed",
        createdAt: new Date(raised),
        acknowledgedAt: new Date(pickedUp),
        closedAt: new Date(raised + 7 * DAY),
        closeNote: "Opgevolgd door de consulent.",
      })
      .run();
}
