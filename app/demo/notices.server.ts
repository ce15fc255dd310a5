// Demo notices, so every demo person's list at /meldingen shows what happened to them on a fresh
// start. Each is written with notify() about a thing the demo really holds (a request, a case, a
// referral, an application), dated at or before the seed's `now`. A person who already has notices
// (a flow's own notify() wrote them while the demo was seeded) gets none of these: no event twice.
// Also one open Powerful Ageing intake and one mediation request in Groningen, so the demo physio
// practice's and mediator's staff have work to try.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { amsterdamDay } from "~/domain/policy";
import { addDays } from "~/domain/time";
import { markRead } from "~/models/notifications.server";
import { helpRequestSchema } from "~/schemas/help-request";
import { findOptions } from "~/services/matching.server";
import { providerReferralLink } from "~/services/notifications/municipal.server";
import { type NotifyInput, notify } from "~/services/notifications/notify.server";
import { providerRequestLink } from "~/services/notifications/request-notices.server";
import { createRequest } from "~/services/requests/create-request.server";
import { getDb } from "~db/client.server";
import { helpRequests, indications, notifications, providers, referralEvents, referrals, users } from "~db/schema";

const DAY = 86_400_000;
const GRONINGEN = "GM0014";
const WOERDEN = "GM0632";

/** The Groningen demo citizen whose requests give the physio practice and the mediator work. */
export const DEMO_GRONINGEN_CITIZEN = { email: "grietje.kuipers@demo.hulpwijzer.nl", name: "Grietje Kuipers" };

export function seedDemoNotices(now: Date): void {
  const db = getDb();
  const at = (days: number) => new Date(now.getTime() - days * DAY);
  const user = (email: string) => db.select().from(users).where(eq(users.email, email)).get();
  const providerByName = (name: string) => db.select().from(providers).where(eq(providers.name, name)).get();
  const requestsOf = (userId: number) =>
    db.select().from(helpRequests).where(eq(helpRequests.citizenUserId, userId)).orderBy(asc(helpRequests.id)).all();
  const hasNotices = (userId: number) =>
    db.select({ id: notifications.id }).from(notifications).where(eq(notifications.recipientUserId, userId)).get() !==
    undefined;
  const queue: { input: NotifyInput; read?: boolean }[] = [];
  const add = (input: NotifyInput, read = false) => {
    queue.push({ input, read });
  };

  // Groningen: one open intake at Fysiotherapie Paddepoel and one mediation request at Informele Zorg Noord.
  const citizen = user("inwoner@demo.hulpwijzer.nl");
  const physio = providerByName("Fysiotherapie Paddepoel");
  const mediator = providerByName("Informele Zorg Noord");
  if (!citizen || !physio || !mediator) throw new Error("demo notices: a demo citizen or provider is missing");
  const grietje = db
    .insert(users)
    .values({ ...DEMO_GRONINGEN_CITIZEN, passwordHash: citizen.passwordHash, role: "citizen", createdAt: at(3) })
    .returning({ id: users.id })
    .get().id;
  const query = (start: string, needs: string) =>
    helpRequestSchema(start).parse({
      postcode: "9742AB",
      birthYear: "1949",
      household: "single",
      needs,
      mobility: "stairs",
      network: "none",
      start,
    });
  const requestAt = (providerId: number, kind: string, needs: string, days: number) => {
    const q = query(amsterdamDay(at(days)), needs);
    const found = findOptions(q, at(days));
    const option = found.ok ? found.options.find((o) => o.kind === kind && o.providerId === providerId) : undefined;
    if (!option) throw new Error(`demo notices: no ${kind} option of provider ${providerId}`);
    const made = createRequest({ id: grietje }, { offerId: option.offerId, query: q }, at(days));
    if (!made.ok) throw new Error(`demo notices: ${kind} request refused: ${made.error}`);
    return made.id;
  };
  const intake = requestAt(physio.id, "powerful_ageing", "cleaning", 2);
  const mediation = requestAt(mediator.id, "pgb_informal", "cleaning", 1);
  const staffOf = (providerId: number) =>
    db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.providerId, providerId))
      .all()
      .map((u) => u.id);

  add({
    kind: "new_intake",
    eventKey: `request:${intake}:new`,
    to: staffOf(physio.id),
    params: { helpKey: "ladder.powerful_ageing", number: intake },
    link: providerRequestLink(intake),
    municipalityCode: GRONINGEN,
    now: at(2),
  });
  add({
    kind: "new_intake",
    eventKey: `request:${mediation}:new`,
    to: staffOf(mediator.id),
    params: { helpKey: "ladder.pgb_informal", number: mediation },
    link: providerRequestLink(mediation),
    municipalityCode: GRONINGEN,
    now: at(1),
  });
  for (const [id, days] of [
    [intake, 2],
    [mediation, 1],
  ] as const)
    add({
      kind: "request_received",
      eventKey: `request:${id}:received`,
      to: grietje,
      params: {
        number: id,
        receivedAt: at(days).toISOString(),
        helpKey: id === intake ? "ladder.powerful_ageing" : "ladder.pgb_informal",
        nextKey: "notify.next.provider",
      },
      link: `/mijn/aanvragen/${id}`,
      municipalityCode: GRONINGEN,
      now: at(days),
    });

  // Woerden: the consultant's inbox, the provider's referral and the citizens' requests (app/demo/cases).
  const johanna = user("johanna.deboer@demo.hulpwijzer.nl");
  const henk = user("henk.bakker@demo.hulpwijzer.nl");
  const anna = user("anna.visser@demo.hulpwijzer.nl");
  const consultant = user("consulent@demo.hulpwijzer.nl");
  const admin = user("beheer@demo.hulpwijzer.nl");
  const groeneHart = providerByName("Thuiszorg Groene Hart");
  if (!johanna || !henk || !anna || !consultant || !admin || !groeneHart)
    throw new Error("demo notices: a Woerden demo person is missing");
  const [zin] = requestsOf(johanna.id);
  const [talk] = requestsOf(henk.id);
  const [annas] = requestsOf(anna.id);
  const referral = annas?.caseId
    ? db
        .select()
        .from(referrals)
        .where(and(eq(referrals.caseId, annas.caseId), eq(referrals.providerId, groeneHart.id)))
        .orderBy(desc(referrals.id))
        .get()
    : undefined;
  if (!zin?.caseId || !talk?.caseId || !annas?.caseId || !referral)
    throw new Error("demo notices: the Woerden demo cases are missing");
  const created = (r: { createdAt: Date }) => r.createdAt;
  const eventAt = (status: "accepted" | "started") =>
    db
      .select({ at: referralEvents.at })
      .from(referralEvents)
      .where(and(eq(referralEvents.referralId, referral.id), eq(referralEvents.status, status)))
      .get()?.at ?? now;
  const evaluationDay = db
    .select({ day: indications.evaluationDate })
    .from(indications)
    .where(eq(indications.id, referral.indicationId))
    .get()?.day;

  add({
    kind: "request_received",
    eventKey: `request:${zin.id}:received`,
    to: johanna.id,
    params: {
      number: zin.id,
      receivedAt: created(zin).toISOString(),
      helpKey: "ladder.zin",
      nextKey: "notify.next.municipality",
    },
    link: `/mijn/aanvragen/${zin.id}`,
    municipalityCode: WOERDEN,
    now: created(zin),
  });
  add(
    {
      kind: "request_received",
      eventKey: `request:${talk.id}:received`,
      to: henk.id,
      params: {
        number: talk.id,
        receivedAt: created(talk).toISOString(),
        helpKey: "ladder.consultation",
        nextKey: "notify.next.municipality",
      },
      link: `/mijn/aanvragen/${talk.id}`,
      municipalityCode: WOERDEN,
      now: created(talk),
    },
    true,
  );
  const startDay = referral.startDate ?? amsterdamDay(now);
  add(
    {
      kind: "referral_accepted",
      eventKey: `referral:${referral.id}:accepted`,
      to: anna.id,
      params: { providerName: groeneHart.name, startDay },
      link: `/mijn/aanvragen/${annas.id}`,
      municipalityCode: WOERDEN,
      now: minDate(eventAt("accepted"), now),
    },
    true,
  );
  add({
    kind: "help_started",
    eventKey: `referral:${referral.id}:started`,
    to: anna.id,
    params: { providerName: groeneHart.name, startDay },
    link: `/mijn/aanvragen/${annas.id}`,
    municipalityCode: WOERDEN,
    now: minDate(eventAt("started"), now),
  });
  add({
    kind: "new_case_request",
    eventKey: `request:${zin.id}:case`,
    to: consultant.id,
    params: { helpKey: "ladder.zin", number: zin.caseId },
    link: `/consulent/zaken/${zin.caseId}`,
    municipalityCode: WOERDEN,
    now: created(zin),
  });
  add({
    kind: "new_case_request",
    eventKey: `request:${talk.id}:case`,
    to: consultant.id,
    params: { helpKey: "ladder.consultation", number: talk.caseId },
    link: `/consulent/zaken/${talk.caseId}`,
    municipalityCode: WOERDEN,
    now: created(talk),
  });
  add({
    kind: "urgent_signal",
    eventKey: `case:${annas.caseId}:signal:demo`,
    to: consultant.id,
    params: { providerName: groeneHart.name, number: annas.caseId },
    link: `/consulent/zaken/${annas.caseId}`,
    municipalityCode: WOERDEN,
    now: at(1),
  });
  const providerStaff = staffOf(groeneHart.id);
  add(
    {
      kind: "new_referral",
      eventKey: `referral:${referral.id}:new`,
      to: providerStaff,
      params: { municipality: "Woerden", number: referral.id },
      link: providerReferralLink(referral.id),
      municipalityCode: WOERDEN,
      now: minDate(referral.createdAt, now),
    },
    true,
  );
  if (evaluationDay)
    add({
      kind: "evaluation_due",
      eventKey: `referral:${referral.id}:evaluation`,
      to: providerStaff,
      params: { number: referral.id, dueDay: evaluationDay },
      link: providerReferralLink(referral.id),
      municipalityCode: WOERDEN,
      // The evaluation came due today or earlier: it is due within the inbox's window (cases.server).
      now: minDate(new Date(`${addDays(evaluationDay, -9)}T08:00:00Z`), now),
    });
  // The admin: the providers still waiting to be vetted applied.
  const pending = db
    .select({ id: providers.id, name: providers.name })
    .from(providers)
    .where(inArray(providers.name, ["Thuishulp Utrecht West", "Montfoort Schoon"]))
    .all();
  for (const [i, p] of pending.entries())
    add({
      kind: "new_provider_application",
      eventKey: `provider:${p.id}:applied`,
      to: admin.id,
      params: { providerName: p.name },
      link: `/beheer/aanbieders/${p.id}`,
      municipalityCode: WOERDEN,
      now: at(4 + i),
    });

  // Only for people who have none yet; some are marked read, so the list shows both.
  const quiet = new Map<number, boolean>();
  const fresh = (id: number) => {
    if (!quiet.has(id)) quiet.set(id, !hasNotices(id));
    return quiet.get(id) === true;
  };
  db.transaction(() => {
    for (const { input, read } of queue) {
      const to = (typeof input.to === "number" ? [input.to] : input.to).filter(fresh);
      if (to.length === 0) continue;
      notify({ ...input, to });
      if (read)
        for (const id of to) {
          const row = db
            .select({ id: notifications.id })
            .from(notifications)
            .where(and(eq(notifications.recipientUserId, id), eq(notifications.eventKey, input.eventKey)))
            .get();
          if (row) markRead({ recipientUserId: id }, input.now ?? now, row.id);
        }
    }
  });
}

function minDate(a: Date, b: Date): Date {
  return a.getTime() < b.getTime() ? a : b;
}
