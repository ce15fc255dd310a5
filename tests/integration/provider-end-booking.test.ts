// The cleaner stops a whole booking (ADR 041), against the built server with a real SMTP server:
// the confirmation page lists the visits that go, wants a reason, and one confirm calls off every
// visit ahead as by her (no fee, the time offered to nobody), ends the request, and tells the
// citizen once, with a CANCEL .ics carrying the booking's own UIDs. Past visits stay; another
// cleaner finds nothing (404); a second or parallel confirm changes nothing and tells no one again.
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDateTime, formatEuro } from "~/i18n";
import { type AppServer, startApp } from "../support/app-server";
import { textOf } from "../support/client";
import { addStaff, cleanerBooking, type HelpAnswers, loggedIn, readersOf, WOERDEN_HELP } from "../support/factories";
import { addressesOf, type MailCatcher, startMailCatcher } from "../support/mail";

const HOUR = 3_600_000;
let app: AppServer;
let mail: MailCatcher;
const { one, all } = readersOf(() => app);
const spaced = (s: string) => s.replace(/\s+/g, " ");
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
const uidsOf = (ics: string) => [...unfold(ics).matchAll(/^UID:(.+)$/gm)].map((m) => m[1]?.trim() ?? "");
const icsOf = (m: ParsedMail) =>
  m.attachments.find((a) => a.contentType.startsWith("text/calendar"))?.content.toString("utf8") ?? "";

const endedNotices = (email: string) =>
  all<{ id: number; link: string; params: string }>(
    `SELECT n.id, n.link, n.params FROM notifications n JOIN users u ON u.id = n.recipient_user_id
      WHERE u.email = ? AND n.kind = 'booking_ended_by_cleaner' AND n.channel = 'email'`,
    email,
  );

/** A confirmed cleaner booking (its confirmation mail in), and that cleaner's staff logged in. */
async function booking(email: string, name: string, staffEmail: string, help: HelpAnswers = WOERDEN_HELP) {
  const b = await cleanerBooking(app, { email, name, staffEmail, help });
  const confirmation = await mail.oneTo(email, "Uw schoonmaakhulp staat vast");
  const visits = () =>
    all<{ id: number; startsAt: number; endsAt: number }>(
      "SELECT id, starts_at AS startsAt, ends_at AS endsAt FROM cleaner_slots WHERE request_id = ? AND status = 'booked' ORDER BY starts_at",
      b.requestId,
    );
  return { ...b, visits, bookingIcs: icsOf(confirmation) };
}

beforeAll(async () => {
  mail = await startMailCatcher();
  app = await startApp({
    SMTP_URL: mail.url,
    MAIL_FROM: "noreply@hulp.example.nl",
    PUBLIC_URL: "https://hulp.example.nl",
  });
});
afterAll(async () => {
  await app?.stop();
  await mail?.stop();
});

describe("the cleaner stops a whole booking", () => {
  const email = "stop.klant@example.nl";
  const staffEmail = "stop.staff@example.nl";
  let b: Awaited<ReturnType<typeof booking>>;
  let past: { id: number; startsAt: number; endsAt: number };
  let ahead: { id: number; startsAt: number; endsAt: number }[];
  /** Her slots, of any state, at any of the times the stop called off. */
  const slotsAtThoseTimes = () =>
    ahead.reduce(
      (n, v) =>
        n +
        one<{ n: number }>(
          "SELECT count(*) AS n FROM cleaner_slots WHERE provider_id = ? AND starts_at < ? AND ends_at > ?",
          b.cleaner,
          v.endsAt,
          v.startsAt,
        ).n,
      0,
    );

  beforeAll(async () => {
    b = await booking(email, "Stien Stoppen", staffEmail);
    // The first visit took place already (it began two hours ago): stopping leaves it as it was.
    const [first] = b.visits();
    if (!first) throw new Error("no visit");
    const now = Date.now();
    app
      .db()
      .prepare("UPDATE cleaner_slots SET starts_at = ?, ends_at = ? WHERE id = ?")
      .run(now - 2 * HOUR, now - HOUR, first.id);
    past = { id: first.id, startsAt: now - 2 * HOUR, endsAt: now - HOUR };
    ahead = b.visits().filter((v) => v.startsAt > now);
  });

  it("is offered from the agenda and the bookings list, and says first what will happen", async () => {
    const first = ahead[0];
    if (!first) throw new Error("no visit ahead");
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(first.startsAt);
    const agenda = await (await b.staff.get(`/aanbieder/agenda?dag=${day}&weergave=dag`)).text();
    expect(agenda).toContain(`href="/aanbieder/stoppen/${b.requestId}"`);
    expect(textOf(agenda)).toContain("Hele afspraak stoppen");
    const list = await (await b.staff.get("/aanbieder/aanvragen")).text();
    expect(list).toContain(`href="/aanbieder/stoppen/${b.requestId}"`);

    const page = await b.staff.get(`/aanbieder/stoppen/${b.requestId}`);
    expect(page.status).toBe(200);
    const text = spaced(textOf(await page.text()));
    expect(text).toContain("Klant S. Stoppen");
    // Every visit ahead is listed, and no other (the past one is not).
    for (const v of ahead) expect(text).toContain(spaced(formatDateTime(v.startsAt, "nl")));
    expect(text).not.toContain(spaced(formatDateTime(past.startsAt, "nl")));
    expect(text).toContain("Bezoeken die al geweest zijn, blijven zoals ze zijn.");
    expect(text).toContain("De klant betaalt niets voor de bezoeken die niet doorgaan.");
    expect(text).toContain("De klant krijgt een bericht en een e-mail dat u stopt");
    expect(text).toContain("Deze tijden worden niet aan iemand anders aangeboden.");
    for (const reason of ["Ik stop met deze klant", "Ik verhuis", "Ik ben langdurig ziek", "Anders"])
      expect(text).toContain(reason);
    expect(text).toContain("Nee, terug naar de agenda");

    // Without a (known) reason nothing happens: a Dutch message and 400.
    const none = await b.staff.post(`/aanbieder/stoppen/${b.requestId}`, {});
    expect(none.status).toBe(400);
    expect(textOf(await none.text())).toContain("Kies waarom u stopt met deze afspraak.");
    expect((await b.staff.post(`/aanbieder/stoppen/${b.requestId}`, { reason: "vakantie" })).status).toBe(400);
    // Its own id only: "5.0", "05" and a word are no address of request 5.
    for (const odd of [`${b.requestId}.0`, `0${b.requestId}`, "abc"])
      expect((await b.staff.post(`/aanbieder/stoppen/${odd}`, { reason: "moving" })).status, odd).toBe(404);
    expect(one<{ s: string }>("SELECT status AS s FROM help_requests WHERE id = ?", b.requestId).s).toBe("booked");
  });

  it("is not another cleaner's: her request answers 404 and nothing changes", async () => {
    const other = one<{ name: string }>(
      "SELECT name FROM providers WHERE kind = 'private_cleaner' AND id <> ? AND vetting_status = 'vetted' LIMIT 1",
      b.cleaner,
    ).name;
    addStaff(app, "ander.stop@example.nl", other);
    const stranger = await loggedIn(app, "ander.stop@example.nl");
    expect((await stranger.get(`/aanbieder/stoppen/${b.requestId}`)).status).toBe(404);
    expect((await stranger.post(`/aanbieder/stoppen/${b.requestId}`, { reason: "moving" })).status).toBe(404);
    expect(one<{ s: string }>("SELECT status AS s FROM help_requests WHERE id = ?", b.requestId).s).toBe("booked");
    expect(endedNotices(email)).toHaveLength(0);
  });

  it("stops it once, of two confirms at the same moment: the visits ahead go, free, and the citizen is told once", async () => {
    const [one1, two] = await Promise.all([
      b.staff.post(`/aanbieder/stoppen/${b.requestId}`, { reason: "long_ill" }),
      b.staff.post(`/aanbieder/stoppen/${b.requestId}`, { reason: "long_ill" }),
    ]);
    expect([one1.status, two.status].sort()).toEqual([302, 409]);
    const ok = one1.status === 302 ? one1 : two;
    expect(ok.headers.get("location")).toBe("/aanbieder/agenda?melding=gestopt");
    const refused = one1.status === 409 ? one1 : two;
    expect(textOf(await refused.text())).toContain("Deze afspraak kunt u niet meer stoppen.");

    const request = one<{ status: string; endedAt: number | null; reason: string }>(
      "SELECT status, ended_by_provider_at AS endedAt, provider_end_reason AS reason FROM help_requests WHERE id = ?",
      b.requestId,
    );
    expect(request.status).toBe("cancelled");
    expect(request.endedAt).toBeGreaterThan(0);
    expect(request.reason).toBe("long_ill");
    const staffId = one<{ id: number }>("SELECT id FROM users WHERE email = ?", staffEmail).id;
    expect(
      all<{ by: number }>(
        "SELECT by_user_id AS by FROM request_events WHERE request_id = ? AND status = 'cancelled'",
        b.requestId,
      ),
    ).toEqual([{ by: staffId }]);
    // Every visit ahead called off as by her, free; the past one stands as it was.
    const cancelled = all<{ slotId: number; byProvider: number; charged: number; reason: string | null }>(
      "SELECT slot_id AS slotId, by_provider AS byProvider, charged_cents AS charged, reason FROM cancelled_visits WHERE request_id = ? ORDER BY starts_at",
      b.requestId,
    );
    expect(cancelled.map((c) => c.slotId)).toEqual(ahead.map((v) => v.id));
    for (const c of cancelled) expect(c).toMatchObject({ byProvider: 1, charged: 0, reason: null });
    expect(one<{ s: string }>("SELECT status AS s FROM cleaner_slots WHERE id = ?", past.id).s).toBe("booked");
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM payments WHERE request_id = ? AND kind = 'late_cancellation'",
        b.requestId,
      ).n,
    ).toBe(0);
    // Those times are offered to nobody: no slot of hers at any of them.
    expect(slotsAtThoseTimes()).toBe(0);

    // The citizen: one notice, one mail, saying who stopped, from when, what next; no reason.
    const [notice, ...more] = endedNotices(email);
    expect(more).toHaveLength(0);
    expect(notice?.link).toBe(`/mijn/aanvragen/${b.requestId}`);
    const m = await mail.oneTo(email, `${b.cleanerName} stopt met uw schoonmaakhulp (nr. ${b.requestId})`);
    const body = spaced(m.text ?? "");
    expect(body).toContain("is stopgezet door de schoonmaakhulp");
    expect(body).toContain(
      spaced(`Vanaf ${formatDateTime(ahead[0]?.startsAt ?? 0, "nl")} komen er geen bezoeken meer.`),
    );
    expect(body).toContain("U betaalt hiervoor niets.");
    expect(body).toContain("Zoek een andere schoonmaakhulp");
    expect(body).toContain(`https://hulp.example.nl/mijn/aanvragen/${b.requestId}`);
    expect(body).not.toMatch(/ziek|long_ill/i);
    // The calendar file takes the whole series out, with the UIDs the booking's .ics gave it.
    const ics = icsOf(m);
    expect(ics).toContain("METHOD:CANCEL");
    const cancelUids = uidsOf(ics);
    expect(cancelUids).toHaveLength(ahead.length);
    const bookedUids = new Set(uidsOf(b.bookingIcs));
    for (const uid of cancelUids) expect(bookedUids.has(uid), uid).toBe(true);
    for (const v of ahead) expect(cancelUids).toContain(`visit-${b.requestId}-${v.id}@hulp.example.nl`);
    expect((unfold(ics).match(/STATUS:CANCELLED/g) ?? []).length).toBe(ahead.length);
  });

  it("shows the citizen that the cleaner stopped, when, and the way on", async () => {
    const res = await b.citizen.get(`/mijn/aanvragen/${b.requestId}`);
    const html = await res.text();
    const text = spaced(textOf(html));
    const endedAt = one<{ at: number }>(
      "SELECT ended_by_provider_at AS at FROM help_requests WHERE id = ?",
      b.requestId,
    ).at;
    expect(text).toContain(
      spaced(`${b.cleanerName} is op ${formatDateTime(endedAt, "nl")} gestopt met deze afspraak.`),
    );
    expect(text).toContain("Zoek een andere schoonmaakhulp");
    expect(html).toMatch(/href="\/hulp\/opties\?postcode=/);
    // The way on leaves her out, and says so (outside walk: it led back to her alone).
    const findLink = (/href="(\/hulp\/opties\?[^"]+)"/.exec(html)?.[1] ?? "").replace(/&amp;/g, "&");
    expect(findLink).toContain(`zonder=cleaner:${b.cleaner}`);
    const options = await (await b.citizen.get(findLink)).text();
    expect(spaced(textOf(options))).toContain(
      `${b.cleanerName} staat niet in deze lijst: deze schoonmaakhulp is met uw afspraak gestopt.`,
    );
    expect(options).not.toContain(`offer=cleaner:${b.cleaner}&`);
    // No cancel or change forms on an ended booking.
    expect(html).not.toContain('value="cancel"');
  });

  it("a later confirm, and the slot refresh at start-up, change nothing and tell no one again", async () => {
    const again = await b.staff.post(`/aanbieder/stoppen/${b.requestId}`, { reason: "moving" });
    expect(again.status).toBe(409);
    expect(textOf(await (await b.staff.get(`/aanbieder/stoppen/${b.requestId}`)).text())).toContain(
      "Deze afspraak kunt u niet meer stoppen.",
    );
    expect(one<{ r: string }>("SELECT provider_end_reason AS r FROM help_requests WHERE id = ?", b.requestId).r).toBe(
      "long_ill",
    );
    await app.restart();
    expect(slotsAtThoseTimes()).toBe(0);
    expect(endedNotices(email)).toHaveLength(1);
    expect(
      mail.messages.filter((m) => addressesOf(m).includes(email) && /stopt met uw/.test(m.subject ?? "")),
    ).toHaveLength(1);
  });
});

describe("a booking whose visits ahead carry late fees", () => {
  it("drops a fee not yet paid, names one paid earlier as settled outside the app, and charges nothing", async () => {
    const email = "stop.geld@example.nl";
    // In Groningen: the Woerden cleaner's times are the first test's (taken, called off, or one
    // left free by moving its first visit into the past).
    const b = await booking(email, "Geert Geld", "stop.geld.staff@example.nl", { ...WOERDEN_HELP, postcode: "9742AB" });
    const [, paidVisit, openVisit] = b.visits();
    if (!paidVisit || !openVisit) throw new Error("too few visits");
    // As if she cancelled these late and booked them back: one fee paid, one still open.
    const request = one<{ citizen: number; provider: number; code: string }>(
      "SELECT citizen_user_id AS citizen, provider_id AS provider, municipality_code AS code FROM help_requests WHERE id = ?",
      b.requestId,
    );
    const insert = app.db().prepare(
      `INSERT INTO payments (request_id, slot_id, kind, citizen_user_id, provider_id, municipality_code, visit_starts_at,
         visit_minutes, hourly_rate_cents, hht_per_hour_cents, amount_cents, municipality_cents, method, status, updated_at)
       VALUES (?, ?, 'late_cancellation', ?, ?, ?, ?, 120, 2000, 0, ?, 0, 'direct', ?, ?)`,
    );
    insert.run(
      b.requestId,
      paidVisit.id,
      request.citizen,
      request.provider,
      request.code,
      paidVisit.startsAt,
      1250,
      "paid",
      Date.now(),
    );
    insert.run(
      b.requestId,
      openVisit.id,
      request.citizen,
      request.provider,
      request.code,
      openVisit.startsAt,
      900,
      "open",
      Date.now(),
    );

    const page = spaced(textOf(await (await b.staff.get(`/aanbieder/stoppen/${b.requestId}`)).text()));
    expect(page).toContain(spaced(`De klant heeft voor deze bezoeken eerder ${formatEuro(1250, "nl")} betaald.`));
    const res = await b.staff.post(`/aanbieder/stoppen/${b.requestId}`, { reason: "stops_with_client" });
    expect(res.status).toBe(302);
    const fees = all<{ slot: number; status: string }>(
      "SELECT slot_id AS slot, status FROM payments WHERE request_id = ? AND kind = 'late_cancellation' ORDER BY slot_id",
      b.requestId,
    );
    expect(fees).toEqual([{ slot: paidVisit.id, status: "paid" }]);
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM cancelled_visits WHERE request_id = ? AND charged_cents > 0",
        b.requestId,
      ).n,
    ).toBe(0);
    const m = await mail.oneTo(email, `${b.cleanerName} stopt met uw schoonmaakhulp (nr. ${b.requestId})`);
    const body = spaced(m.text ?? "");
    expect(body).toContain(spaced(`U hebt voor deze bezoeken eerder ${formatEuro(1250, "nl")} betaald.`));
    expect(body).not.toContain("U betaalt hiervoor niets.");
  });
});
