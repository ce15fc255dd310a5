// Cases and referrals: a ZIN request opens a case and a consultant indicates ZIN on it over HTTP;
// a referral further along its way is written to the database.

import { intakeSummary } from "~/domain/cases";
import { zinMonthlyCost } from "~/domain/costs";
import { amsterdamDay } from "~/domain/policy";
import { addDays } from "~/domain/time";
import { caseDecisions, cases, helpRequests, indications, referralEvents, referrals } from "~db/schema";
import type { AppServer } from "../app-server";
import type { Client } from "../client";
import { policy2026 } from "../policy";
import { one, orm, providerId, userId } from "./db";
import { newCitizen } from "./people";
import { WOERDEN } from "./providers";
import { type HelpAnswers, requestOffer, WOERDEN_HELP } from "./requests";

/** The case a citizen's request belongs to. */
export function caseOf(app: AppServer, requestId: number): number {
  const { id } = one<{ id: number | null }>(app, "SELECT case_id AS id FROM help_requests WHERE id = ?", requestId);
  if (!id) throw new Error(`request ${requestId} has no case`);
  return id;
}

/** A new citizen, logged in, who asks for ZIN at Thuiszorg Groene Hart over the API, and the case it opened. */
export async function citizenAskingZin(
  app: AppServer,
  email: string,
  name: string,
  help: HelpAnswers = WOERDEN_HELP,
): Promise<{ client: Client; caseId: number; requestId: number }> {
  const client = await newCitizen(app, email, name);
  const { id } = await requestOffer(client, `zin:${providerId(app, "Thuiszorg Groene Hart")}`, { help });
  return { client, caseId: caseOf(app, id), requestId: id };
}

/** A consultant grants ZIN at Thuiszorg Groene Hart on a case (consent first): an indication and a referral. */
export async function indicateZin(
  app: AppServer,
  consultant: Client,
  caseId: number,
): Promise<{ indication: number; referral: number }> {
  const path = `/consulent/zaken/${caseId}`;
  await consultant.post(path, { intent: "consent", shareIntake: "on", phone: "", preferences: "" });
  const decided = await consultant.post(path, {
    intent: "decide",
    offerId: `zin:${providerId(app, "Thuiszorg Groene Hart")}`,
    reason: "zin_needed_complex",
    hours: "2,5",
    startDate: amsterdamDay(new Date()),
    months: "3",
  });
  if (!decided.headers.get("location")?.includes("melding=indicated")) throw new Error("indicating ZIN failed");
  const indication = one<{ id: number }>(app, "SELECT id FROM indications WHERE case_id = ?", caseId).id;
  const referral = one<{ id: number }>(app, "SELECT id FROM referrals WHERE indication_id = ?", indication).id;
  return { indication, referral };
}

/** What a referral's citizen asked and told the consultant; the rest of the story has defaults. */
export type ReferralStory = {
  /** The person helped; `actedBy` is the family member who asked for them, with the account. */
  name: string;
  actedBy?: { name: string; relation: string } | null;
  /** The answers of the request, with the monthly income (euros) the draagkracht check noted. */
  help: HelpAnswers & {
    postcode: string;
    birthYear: number;
    household: "single" | "couple";
    needs: readonly string[];
    mobility: readonly string[];
    income: number;
  };
  phone: string;
  preferences: string;
  /** What the talk found: shared with the provider only when given (consent to share health). */
  situation?: string | null;
  provider?: string;
  status?: "sent" | "accepted" | "started";
  /** Days from today to the evaluation date (5: due). */
  evaluationInDays?: number;
};

export type ArrangedReferral = { referralId: number; caseId: number; requestId: number; email: string };

const MINUTES_PER_WEEK = 150;
let referralCount = 0;

/** A ZIN referral further along than the app can make one today, with no consultant's audit trail, in the database. */
export async function referralInDatabase(app: AppServer, story: ReferralStory): Promise<ArrangedReferral> {
  referralCount += 1;
  const email = `client${referralCount}@example.nl`;
  // The account is the family member's when one asked; it signs up through the app.
  await newCitizen(app, email, story.actedBy?.name ?? story.name);
  const citizenUserId = userId(app, email);
  const db = orm(app);
  const now = new Date();
  const today = amsterdamDay(now);
  const pid = providerId(app, story.provider ?? "Thuiszorg Groene Hart");
  const offerId = `zin:${pid}`;
  const cost = zinMonthlyCost(MINUTES_PER_WEEK, policy2026, policy2026.abonnementstariefCents);
  const shareHealth = Boolean(story.situation);

  const caseId = db
    .insert(cases)
    .values({
      municipalityCode: WOERDEN,
      citizenUserId,
      personKey: story.actedBy ? story.name.toLowerCase() : "",
      personName: story.name,
      talkSituation: story.situation ?? null,
      dkHousehold: story.help.household,
      dkIncomeCents: story.help.income * 100,
      contactPhone: story.phone,
      preferences: story.preferences,
      consentShareIntake: true,
      consentShareHealth: shareHealth,
      updatedAt: now,
    })
    .returning({ id: cases.id })
    .get().id;
  const requestId = db
    .insert(helpRequests)
    .values({
      citizenUserId,
      actingForName: story.actedBy ? story.name : null,
      actingRelation: story.actedBy?.relation ?? null,
      kind: "zin",
      offerId,
      providerId: pid,
      municipalityCode: WOERDEN,
      status: "indicated",
      answers: { ...story.help },
      citizenCostPerMonthCents: cost.citizenCents,
      municipalityCostPerMonthCents: cost.municipalityCents,
      caseId,
      updatedAt: now,
    })
    .returning({ id: helpRequests.id })
    .get().id;
  const decisionId = db
    .insert(caseDecisions)
    .values({
      caseId,
      requestId,
      kind: "zin",
      offerId,
      providerId: pid,
      reason: "zin_needed_complex",
      municipalityCostPerMonthCents: cost.municipalityCents,
    })
    .returning({ id: caseDecisions.id })
    .get().id;
  // Begun 70 days before its evaluation date and ending 14 days after: the app starts none in the past.
  const evaluationDate = addDays(today, story.evaluationInDays ?? 5);
  const startDate = addDays(evaluationDate, -70);
  const indicationId = db
    .insert(indications)
    .values({
      caseId,
      decisionId,
      minutesPerWeek: MINUTES_PER_WEEK,
      startDate,
      endDate: addDays(evaluationDate, 14),
      evaluationDate,
      durationMonths: 3,
      first: true,
    })
    .returning({ id: indications.id })
    .get().id;
  const intake = intakeSummary({
    personName: story.name,
    actedBy: story.actedBy ?? null,
    email,
    phone: story.phone,
    postcode: story.help.postcode,
    birthYear: story.help.birthYear,
    needs: [...story.help.needs],
    mobility: [...story.help.mobility],
    minutesPerWeek: MINUTES_PER_WEEK,
    startDate,
    preferences: story.preferences,
    situation: story.situation ?? null,
    consentShareHealth: shareHealth,
  });
  const status = story.status ?? "sent";
  const referralId = db
    .insert(referrals)
    .values({
      indicationId,
      caseId,
      providerId: pid,
      municipalityCode: WOERDEN,
      status,
      intake,
      startDate: status === "sent" ? null : today,
      updatedAt: now,
    })
    .returning({ id: referrals.id })
    .get().id;
  // Its 'sent' event only, whatever its status now.
  db.insert(referralEvents).values({ referralId, status: "sent" }).run();
  return { referralId, caseId, requestId, email };
}
