// Demo cases for Woerden, so the consultant's inbox and the provider's referrals show real work:
// a ZIN request, a request for a talk, and a client in care whose evaluation is due and about
// whom the home-care provider raised a signal. Made through the same services the app uses.
import { amsterdamDay } from "~/domain/policy";
import { helpRequestSchema } from "~/schemas/help-request";
import { getDb } from "~db/client.server";
import { indicate, saveConsent, saveTalk } from "./cases.server";
import { actOnReferral, raiseSignal } from "./referrals.server";
import { createRequest, requestConsultation } from "./requests.server";

const DAY = 86_400_000;

const DEMO_CITIZENS = [
  { email: "johanna.deboer@demo.hulpwijzer.nl", name: "Johanna de Boer" },
  { email: "henk.bakker@demo.hulpwijzer.nl", name: "Henk Bakker" },
  { email: "anna.visser@demo.hulpwijzer.nl", name: "Anna Visser" },
] as const;

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

export function seedDemoCases(now: Date): void {
  const sqlite = getDb().$client;
  // Demo citizens share the demo password (the seeded citizen's hash).
  const insert = sqlite.prepare(
    `INSERT INTO users (email, name, password_hash, role)
     SELECT ?, ?, password_hash, 'citizen' FROM users WHERE email = 'inwoner@demo.hulpwijzer.nl'`,
  );
  const ids = DEMO_CITIZENS.map((c) => Number(insert.run(c.email, c.name).lastInsertRowid));
  const [johanna, henk, anna] = ids as [number, number, number];
  const staff = sqlite
    .prepare("SELECT id, municipality_code AS m FROM users WHERE email = 'consulent@demo.hulpwijzer.nl'")
    .get() as { id: number; m: string };
  const consultant = { id: staff.id, municipalityCode: staff.m };
  const provider = sqlite
    .prepare(`SELECT u.id, u.provider_id AS providerId FROM users u WHERE u.email = 'aanbieder@demo.hulpwijzer.nl'`)
    .get() as { id: number; providerId: number };
  const zinOffer = `zin:${provider.providerId}`;
  const at = (days: number) => new Date(now.getTime() - days * DAY);
  const day = (days: number) => amsterdamDay(at(days));

  const fail = (what: string, result: unknown) => {
    throw new Error(`demo case ${what} refused: ${JSON.stringify(result)}`);
  };
  // 1. Johanna asked for ZIN three days ago: new in the inbox.
  const zin = createRequest({ id: johanna }, { offerId: zinOffer, query: query(1939, day(3)) }, at(3));
  if (!zin.ok) fail("ZIN request", zin);
  // 2. Henk asked for a talk yesterday.
  const talk = requestConsultation({ id: henk }, { query: query(1948, day(1)) }, at(1));
  if (!talk.ok) fail("consultation", talk);
  // 3. Anna: ZIN granted 80 days ago, started since; her evaluation is due and a signal is open.
  const asked = createRequest({ id: anna }, { offerId: zinOffer, query: query(1936, day(84)) }, at(84));
  if (!asked.ok) throw new Error(`demo case ZIN request refused: ${asked.error}`);
  const caseId = (sqlite.prepare("SELECT case_id AS c FROM help_requests WHERE id = ?").get(asked.id) as { c: number })
    .c;
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
    at(80),
  );
  saveConsent(consultant, caseId, { shareIntake: true, shareHealth: false, phone: null, preferences: null }, at(80));
  const granted = indicate(
    consultant,
    caseId,
    {
      offerId: zinOffer,
      reason: "zin_needed_complex",
      note: null,
      minutesPerWeek: 150,
      startDate: day(78),
      months: 3,
    },
    at(80),
  );
  if (!granted.ok || granted.referralId === null)
    throw new Error(`demo indication refused: ${JSON.stringify(granted)}`);
  const staffMember = { id: provider.id, providerId: provider.providerId };
  const accepted = actOnReferral(staffMember, granted.referralId, { action: "accept", startDate: day(78) }, at(79));
  if (!accepted.ok) fail("acceptance", accepted);
  const started = actOnReferral(staffMember, granted.referralId, { action: "start" }, at(78));
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
