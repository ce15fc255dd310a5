// Demo cases for Woerden, so the consultant's inbox and the provider's referrals show real work:
// a ZIN request, a request for a talk, and a client in care whose evaluation is due and about
// whom the home-care provider raised a signal. Made through the same services the app uses,
// each step at its own moment in the past.

import { eq } from "drizzle-orm";
import { indicationDates } from "~/domain/cases";
import { amsterdamDay } from "~/domain/policy";
import { EVALUATION_DUE_WINDOW_DAYS } from "~/domain/referral";
import { addDays, fromAmsterdam } from "~/domain/time";
import { helpRequestSchema } from "~/schemas/help-request";
import { saveConsent } from "~/services/cases/consent.server";
import { indicate } from "~/services/cases/indicate.server";
import { saveTalk } from "~/services/cases/talk.server";
import { actOnReferral } from "~/services/referrals/act-on-referral.server";
import { raiseSignal } from "~/services/referrals/provider-signals.server";
import { createRequest } from "~/services/requests/create-request.server";
import { requestConsultation } from "~/services/requests/request-consultation.server";
import { getDb } from "~db/client.server";
import { helpRequests, users } from "~db/schema";

const DEMO_CITIZEN = "inwoner@demo.hulpwijzer.nl";

const DAY = 86_400_000;

const DEMO_CITIZENS = [
  { email: "johanna.deboer@demo.hulpwijzer.nl", name: "Johanna de Boer" },
  { email: "henk.bakker@demo.hulpwijzer.nl", name: "Henk Bakker" },
  { email: "anna.visser@demo.hulpwijzer.nl", name: "Anna Visser" },
] as const;

/** Fictional addresses in Woerden (3441) for the demo citizens: the agenda and accepted requests show them. */
function demoContact(street: string, houseNumber: string, phone: string) {
  return { street, houseNumber, postcode: "3441AB", place: "Woerden", phone, preferredContact: "phone" as const };
}

function query(birthYear: number, start: string) {
  return helpRequestSchema(start).parse({
    postcode: "3441AB",
    birthYear: String(birthYear),
    household: "single",
    needs: "cleaning,laundry",
    mobility: "stairs",
    network: "none",
    start,
  });
}

/**
 * The start of Anna's first indication: the latest day at least two months ago whose evaluation
 * date (10 working days before the end) falls 2 to 9 days from today, inside the window in
 * which the inbox shows an evaluation as due. So her
 * evaluation is due, not overdue, whatever today's weekday and holidays, and it stays so while
 * a test run or a demo crosses midnight.
 */
export function dueEvaluationStart(today: string): string {
  for (let back = 60; back < 200; back++) {
    const start = addDays(today, -back);
    const { evaluationDate } = indicationDates(start, 3);
    if (
      evaluationDate <= addDays(today, Math.min(9, EVALUATION_DUE_WINDOW_DAYS)) &&
      evaluationDate >= addDays(today, 2)
    )
      return start;
  }
  throw new Error(`no indication start gives an evaluation due soon after ${today}`);
}

export function seedDemoCases(now: Date): void {
  const db = getDb();
  // Demo citizens share the demo password (the seeded citizen's hash).
  const byEmail = (email: string) => db.select().from(users).where(eq(users.email, email)).get();
  const demoCitizen = byEmail(DEMO_CITIZEN);
  const staff = byEmail("consulent@demo.hulpwijzer.nl");
  const providerStaff = byEmail("aanbieder@demo.hulpwijzer.nl");
  if (!demoCitizen || !staff?.municipalityCode || !providerStaff?.providerId)
    throw new Error("demo cases: the demo citizen, consultant or provider staff is missing");
  const [johanna, henk, anna] = DEMO_CITIZENS.map(
    (c) =>
      db
        .insert(users)
        .values({
          email: c.email,
          name: c.name,
          passwordHash: demoCitizen.passwordHash,
          role: "citizen",
          createdAt: now,
        })
        .returning({ id: users.id })
        .get().id,
  ) as [number, number, number];
  const consultant = { id: staff.id, municipalityCode: staff.municipalityCode };
  const provider = { id: providerStaff.id, providerId: providerStaff.providerId };
  const zinOffer = `zin:${provider.providerId}`;
  const at = (days: number) => new Date(now.getTime() - days * DAY);
  const day = (days: number) => amsterdamDay(at(days));

  const fail = (what: string, result: unknown) => {
    throw new Error(`demo case ${what} refused: ${JSON.stringify(result)}`);
  };
  // 1. Johanna asked for ZIN three days ago: new in the inbox.
  const zin = createRequest(
    { id: johanna },
    { offerId: zinOffer, query: query(1939, day(3)), contact: demoContact("Rijnstraat", "14", "0612345001") },
    at(3),
  );
  if (!zin.ok) fail("ZIN request", zin);
  // 2. Henk asked for a talk yesterday.
  const talk = requestConsultation(
    { id: henk },
    { query: query(1948, day(1)), contact: demoContact("Singel", "3", "0348123002") },
    at(1),
  );
  if (!talk.ok) fail("consultation", talk);
  // 3. Anna: asked for ZIN, had her talk, was granted a first indication and started; her
  //    evaluation is due soon and her helper raised a signal yesterday.
  const start = dueEvaluationStart(amsterdamDay(now));
  const startAt = fromAmsterdam(start, "09:00") ?? new Date(`${start}T08:00:00Z`);
  const before = (days: number) => new Date(startAt.getTime() - days * DAY);
  const asked = createRequest(
    { id: anna },
    {
      offerId: zinOffer,
      query: query(1936, amsterdamDay(before(6))),
      contact: demoContact("Kerkweg", "21", "0612345003"),
    },
    before(6),
  );
  if (!asked.ok) throw new Error(`demo case ZIN request refused: ${asked.error}`);
  const caseId = db
    .select({ caseId: helpRequests.caseId })
    .from(helpRequests)
    .where(eq(helpRequests.id, asked.id))
    .get()?.caseId;
  if (!caseId) throw new Error("demo case: Anna's request has no case");
  saveTalk(
    consultant,
    caseId,
    {
      situation: "Woont alleen op de eerste verdieping; na een val vorig jaar is de trap zwaar.",
      ownAbilities: "Kleine was en afwassen lukt zelf.",
      network: "Zoon woont in Utrecht, komt eens per twee weken.",
      facilities: ["meal_service"],
      notes: null,
    },
    before(4),
  );
  saveConsent(consultant, caseId, { shareIntake: true, shareHealth: false, phone: null, preferences: null }, before(4));
  const granted = indicate(
    consultant,
    caseId,
    { offerId: zinOffer, reason: "zin_needed_complex", note: null, minutesPerWeek: 150, startDate: start, months: 3 },
    before(3),
  );
  if (!granted.ok || granted.referralId === null)
    throw new Error(`demo indication refused: ${JSON.stringify(granted)}`);
  const staffMember = { id: provider.id, providerId: provider.providerId };
  const accepted = actOnReferral(staffMember, granted.referralId, { action: "accept", startDate: start }, before(2));
  if (!accepted.ok) fail("acceptance", accepted);
  const started = actOnReferral(staffMember, granted.referralId, { action: "start" }, startAt);
  if (!started.ok) fail("start", started);
  const signal = raiseSignal(
    staffMember,
    {
      client: `referral:${granted.referralId}`,
      type: "fall_risk",
      urgency: "urgent",
      text: "Mevrouw is deze week twee keer bijna gevallen in de badkamer. Geen beugels aanwezig.",
    },
    at(1),
  );
  if (!signal.ok) fail("signal", signal);
}
