// Steps that were not yet told (issue 16), against the built server with a real SMTP server: the
// cleaner calls a booked visit off (confirmation, reason, no fee, the time offered to nobody), a
// window removed over booked visits (they stand, and the capacity page offers to call them off),
// a payment that did not go through (Stripe webhook, once per event), and a citizen withdrawing a
// Powerful Ageing request (the practice hears it, without the person's name).
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { formatDateTime, formatEuro } from "~/i18n";
import type { AppServer } from "../support/app-server";
import { type Client, spaced, textOf } from "../support/client";
import {
  addStaff,
  type CleanerBooking,
  cancelThroughConfirmation,
  cleanerBooking,
  createApiKey,
  type HelpAnswers,
  loggedIn,
  moveVisit,
  newCitizen,
  noticesOf,
  readersOf,
  requestOffer,
  WOERDEN_HELP,
} from "../support/factories";
import { addressesOf, type MailCatcher, startAppWithMail } from "../support/mail";

const WEBHOOK_SECRET = "whsec_test_lane_d";
const HOUR = 3_600_000;
let app: AppServer;
let mail: MailCatcher;
const { one, all, providerId } = readersOf(() => app);
/** A citizen with a confirmed cleaner booking, and a logged-in member of that cleaner's staff. */
const booking = (email: string, name: string, staffEmail: string, help: HelpAnswers = WOERDEN_HELP) =>
  cleanerBooking(app, { email, name, staffEmail, help });

const signer = new Stripe("sk_test_signer");
function webhook(event: Record<string, unknown>) {
  const payload = JSON.stringify(event);
  const header = signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
  return fetch(`${app.baseUrl}/api/webhooks/stripe`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Stripe-Signature": header },
    body: payload,
  });
}

beforeAll(async () => {
  ({ app, mail } = await startAppWithMail({
    STRIPE_SECRET_KEY: "sk_test_lane_d",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    // Nothing here starts a checkout: the webhook alone is what these tests send.
    STRIPE_API_BASE: "http://127.0.0.1:9",
  }));
});
afterAll(async () => {
  await app?.stop();
  await mail?.stop();
});

describe("the cleaner calls a booked visit off", () => {
  const email = "afzeg.cleaner@example.nl";
  const staffEmail = "afzeg.staff@example.nl";
  let b: CleanerBooking;

  beforeAll(async () => {
    b = await booking(email, "Bep Afzeggen", staffEmail);
  });

  it("offers it from the agenda, confirms first what it means, and wants a reason", async () => {
    const visit = b.visits[1];
    if (!visit) throw new Error("no second visit");
    const day = amsterdamDay(new Date(visit.startsAt));
    const agenda = await (await b.staff.get(`/aanbieder/agenda?dag=${day}&weergave=dag`)).text();
    expect(agenda).toContain(`href="/aanbieder/afzeggen/${visit.id}"`);
    const page = await b.staff.get(`/aanbieder/afzeggen/${visit.id}`);
    expect(page.status).toBe(200);
    const text = textOf(await page.text());
    expect(text).toContain("Alleen dit bezoek gaat niet door.");
    expect(text).toContain("De klant betaalt niets voor dit bezoek.");
    expect(text).toContain("Deze tijd wordt niet aan iemand anders aangeboden.");
    expect(spaced(text)).toContain(spaced(formatDateTime(visit.startsAt, "nl")));
    for (const reason of ["Ik ben ziek", "Ik ben verhinderd", "Anders"]) expect(text).toContain(reason);
    // Without a reason nothing happens: a clear Dutch message, 400.
    const none = await b.staff.post(`/aanbieder/afzeggen/${visit.id}`, {});
    expect(none.status).toBe(400);
    expect(textOf(await none.text())).toContain("Kies waarom u niet kunt komen.");
    const bad = await b.staff.post(`/aanbieder/afzeggen/${visit.id}`, { reason: "vakantie" });
    expect(bad.status).toBe(400);
    // The visit answers to its own id only: "5.0" or "5e0" is no address of visit 5, so not found.
    for (const odd of [`${visit.id}.0`, `${visit.id}e0`, `0${visit.id}`]) {
      const res = await b.staff.post(`/aanbieder/afzeggen/${odd}`, { reason: "ill" });
      expect(res.status, odd).toBe(404);
    }
    // Another cleaner's slot, or none, is not found either, as on the other provider routes.
    const theirs = one<{ id: number }>(
      "SELECT id FROM cleaner_slots WHERE provider_id <> ? ORDER BY id LIMIT 1",
      b.cleaner,
    ).id;
    for (const path of [`/aanbieder/afzeggen/${theirs}`, "/aanbieder/afzeggen/999999999"]) {
      expect((await b.staff.get(path)).status, path).toBe(404);
      expect((await b.staff.post(path, { reason: "ill" })).status, path).toBe(404);
    }
    expect(one<{ s: string }>("SELECT status AS s FROM cleaner_slots WHERE id = ?", visit.id).s).toBe("booked");
  });

  it("calls it off: no fee, the time offered to nobody, the citizen told by notice and mail", async () => {
    const visit = b.visits[1];
    if (!visit) throw new Error("no second visit");
    const res = await b.staff.post(`/aanbieder/afzeggen/${visit.id}`, { reason: "ill" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toContain("melding=afgezegd");
    expect(
      one<{ byProvider: number; reason: string; charged: number }>(
        "SELECT by_provider AS byProvider, reason, charged_cents AS charged FROM cancelled_visits WHERE request_id = ? AND slot_id = ?",
        b.requestId,
        visit.id,
      ),
    ).toEqual({ byProvider: 1, reason: "ill", charged: 0 });
    const atThatTime = () =>
      one<{ n: number }>(
        "SELECT count(*) AS n FROM cleaner_slots WHERE provider_id = ? AND starts_at < ? AND ends_at > ?",
        b.cleaner,
        visit.endsAt,
        visit.startsAt,
      ).n;
    expect(atThatTime()).toBe(0);
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM payments WHERE request_id = ? AND slot_id = ?",
        b.requestId,
        visit.id,
      ).n,
    ).toBe(0);
    // The other visits stand.
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM cleaner_slots WHERE request_id = ? AND status = 'booked'",
        b.requestId,
      ).n,
    ).toBe(b.visits.length - 1);

    const [notice, ...more] = noticesOf(app, email, "visit_called_off");
    expect(more).toHaveLength(0);
    expect(notice?.link).toBe(`/mijn/aanvragen/${b.requestId}`);
    // The date in the mail, the notice list and the cleaner's page comes from one function.
    const subject = `Uw bezoek van ${formatDateTime(visit.startsAt, "nl")} gaat niet door`;
    const m = await mail.oneTo(email, subject);
    expect(m.text).toContain(`${b.cleanerName} kan niet komen op`);
    expect(m.text).toContain("afgezegd door de schoonmaakhulp");
    expect(m.text).toContain("U betaalt hiervoor niets.");
    expect(m.text).toContain(`https://hulp.example.nl/mijn/aanvragen/${b.requestId}`);
    // Her reason is hers: "ill" is health data, never in a mail.
    expect(m.text).not.toMatch(/ziek|ill\b/i);
    // The visit leaves the citizen's calendar as when she cancels it herself: a CANCEL file with
    // the feed's UID for that visit.
    const ics = m.attachments.find((a) => a.contentType.startsWith("text/calendar"))?.content.toString("utf8") ?? "";
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics.replace(/\r\n[ \t]/g, "")).toMatch(new RegExp(`UID:visit-${b.requestId}-${visit.id}@`));
    expect(ics).toContain("STATUS:CANCELLED");
    expect(m.text).toContain("die haalt de afgezegde afspraak uit uw agenda");
    const request = textOf(await (await b.citizen.get(`/mijn/aanvragen/${b.requestId}`)).text());
    expect(request).toContain("afgezegd door de schoonmaakhulp (u betaalt niets)");
    expect(request).toContain("afgezegd door de schoonmaakhulp (gratis)");
    const list = textOf(await (await b.citizen.get("/meldingen")).text());
    expect(spaced(list)).toContain(spaced(subject));
    // Her agenda marks it as cancelled by her, and it cannot be called off twice.
    const day = amsterdamDay(new Date(visit.startsAt));
    const agenda = textOf(await (await b.staff.get(`/aanbieder/agenda?dag=${day}&weergave=dag`)).text());
    expect(agenda).toContain("Afgezegd door u");
    const again = await b.staff.post(`/aanbieder/afzeggen/${visit.id}`, { reason: "ill" });
    expect(again.status).toBe(409);
    expect(textOf(await again.text())).toContain("Dit bezoek kunt u niet meer afzeggen.");
    expect(noticesOf(app, email, "visit_called_off")).toHaveLength(1);
  });

  it("keeps that time unoffered after the slot refresh (start-up) too", async () => {
    const visit = b.visits[1];
    if (!visit) throw new Error("no second visit");
    await app.restart();
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM cleaner_slots WHERE provider_id = ? AND starts_at < ? AND ends_at > ?",
        b.cleaner,
        visit.endsAt,
        visit.startsAt,
      ).n,
    ).toBe(0);
  });

  it("does not let another cleaner call it off", async () => {
    const visit = b.visits[2];
    if (!visit) throw new Error("no third visit");
    const other = one<{ name: string }>(
      "SELECT name FROM providers WHERE kind = 'private_cleaner' AND id <> ? LIMIT 1",
      b.cleaner,
    ).name;
    addStaff(app, "ander.afzeg@example.nl", other);
    const stranger = await loggedIn(app, "ander.afzeg@example.nl");
    // Not found, as another provider's request or referral is: no page that says the visit exists.
    expect((await stranger.get(`/aanbieder/afzeggen/${visit.id}`)).status).toBe(404);
    expect((await stranger.post(`/aanbieder/afzeggen/${visit.id}`, { reason: "other" })).status).toBe(404);
    expect(one<{ s: string }>("SELECT status AS s FROM cleaner_slots WHERE id = ?", visit.id).s).toBe("booked");
  });
});

describe("a window removed over booked visits", () => {
  it("keeps the visits booked, lists them on the capacity page, and calling one off tells the citizen", async () => {
    const email = "venster.cleaner@example.nl";
    const b = await booking(email, "Vera Venster", "venster.staff@example.nl");
    const first = b.visits[0];
    if (!first) throw new Error("no visit");
    const ref = one<{ ref: string }>(
      "SELECT external_ref AS ref FROM cleaner_windows WHERE id = ?",
      first.windowId,
    ).ref;
    const res = await b.staff.post("/aanbieder/capaciteit", {
      intent: "delete",
      type: "cleaner_window",
      externalRef: ref,
    });
    expect(res.headers.get("location")).toContain("melding=deleted");
    // Nothing is cancelled behind anyone's back: the visits stand and nobody was told anything.
    expect(
      one<{ n: number }>(
        "SELECT count(*) AS n FROM cleaner_slots WHERE request_id = ? AND status = 'booked'",
        b.requestId,
      ).n,
    ).toBe(b.visits.length);
    expect(noticesOf(app, email, "visit_called_off")).toHaveLength(0);
    const html = await (await b.staff.get("/aanbieder/capaciteit")).text();
    const text = textOf(html);
    expect(text).toContain("Geboekte bezoeken buiten uw beschikbaarheid");
    expect(text).toContain("maar staan nog wel vast");
    for (const v of b.visits) expect(html).toContain(`href="/aanbieder/afzeggen/${v.id}"`);
    // The API says the same to a cleaner's own system, and cancels nothing either.
    const key = await createApiKey(b.staff);
    const put = await fetch(`${app.baseUrl}/api/v1/capacity`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
      body: JSON.stringify({ records: [{ type: "cleaner_window", externalRef: ref, deleted: true }] }),
    });
    expect(put.status).toBe(200);
    const answer = (await put.json()) as { visitsOutsideCapacity: { startsAt: string; cancelUrl: string }[] };
    for (const v of b.visits)
      expect(answer.visitsOutsideCapacity).toContainEqual(
        expect.objectContaining({
          startsAt: new Date(v.startsAt).toISOString(),
          cancelUrl: `https://hulp.example.nl/aanbieder/afzeggen/${v.id}`,
        }),
      );
    const called = await b.staff.post(`/aanbieder/afzeggen/${first.id}`, { reason: "prevented" });
    expect(called.headers.get("location")).toContain("melding=afgezegd");
    await mail.oneTo(email, `Uw bezoek van ${formatDateTime(first.startsAt, "nl")} gaat niet door`);
    expect(noticesOf(app, email, "visit_called_off")).toHaveLength(1);
    expect(await (await b.staff.get("/aanbieder/capaciteit")).text()).not.toContain(
      `href="/aanbieder/afzeggen/${first.id}"`,
    );
  });
});

describe("a payment that did not go through", () => {
  it("tells the citizen once per Stripe event, with the amount and what happens now", async () => {
    const email = "betaal.cleaner@example.nl";
    const b = await booking(email, "Bart Betaal", "betaal.staff@example.nl");
    const slotId = moveVisit(app, b.requestId, 0, Date.now() - 30 * 24 * HOUR);
    const done = await b.staff.post("/aanbieder/bezoeken", { intent: "done", id: String(slotId) });
    expect(done.headers.get("location")).toContain("melding=done");
    const payment = one<{ id: number; amount: number; method: string }>(
      "SELECT id, amount_cents AS amount, method FROM payments WHERE slot_id = ? AND kind = 'visit'",
      slotId,
    );
    expect(payment.method).toBe("online");
    // The checkout the citizen started (Stripe's side is not what this test is about).
    app.db().prepare("UPDATE payments SET stripe_checkout_session_id = 'cs_lane_d' WHERE id = ?").run(payment.id);
    const created = Math.floor(Date.now() / 1000);
    const failed = {
      id: "evt_lane_d_failed",
      object: "event",
      type: "payment_intent.payment_failed",
      created,
      data: { object: { id: "pi_lane_d", object: "payment_intent", metadata: { paymentId: String(payment.id) } } },
    };
    expect(await (await webhook(failed)).json()).toEqual({ received: true, outcome: "processed" });
    expect(one<{ s: string }>("SELECT status AS s FROM payments WHERE id = ?", payment.id).s).toBe("failed");
    expect(await (await webhook(failed)).json()).toEqual({ received: true, outcome: "duplicate" });
    const notices = noticesOf(app, email, "payment_failed");
    expect(notices).toHaveLength(1);
    expect(notices[0]?.link).toBe(`/mijn/aanvragen/${b.requestId}#betalen`);
    const subject = `Uw betaling is niet gelukt (nr. ${b.requestId})`;
    const m = await mail.oneTo(email, subject);
    expect(spaced(m.text ?? "")).toContain(
      spaced(`Uw betaling van ${formatEuro(payment.amount, "nl")} aan ${b.cleanerName} is niet gelukt`),
    );
    expect(m.text).toContain("de betaling werd geweigerd.");
    expect(m.text).toContain("Uw bezoeken blijven gewoon staan.");
    expect(m.text).toContain(`https://hulp.example.nl/mijn/aanvragen/${b.requestId}#betalen`);
    expect(textOf(await (await b.citizen.get("/meldingen")).text())).toContain(subject);

    // The same checkout expiring later unpaid is a second, separate event: told once more.
    const expired = {
      id: "evt_lane_d_expired",
      object: "event",
      type: "checkout.session.expired",
      created: created + 10,
      data: { object: { id: "cs_lane_d", object: "checkout.session", metadata: { paymentId: String(payment.id) } } },
    };
    await webhook(expired);
    await webhook(expired);
    expect(noticesOf(app, email, "payment_failed")).toHaveLength(2);
    await mail.waitFor(
      (x) => addressesOf(x).includes(email) && (x.text ?? "").includes("de tijd om te betalen was om"),
    );
  });
});

describe("a citizen withdraws a Powerful Ageing request", () => {
  it("tells the practice's staff by number, without the person's name", async () => {
    const practice = "Fysiotherapie Woerden Centrum";
    addStaff(app, "fysio.intrek@example.nl", practice);
    const client: Client = await newCitizen(app, "intrek.pa@example.nl", "Ineke Intrek");
    const cohort = one<{ id: number }>(
      "SELECT id FROM physio_cohorts WHERE provider_id = ? ORDER BY start_date LIMIT 1",
      providerId(practice),
    ).id;
    const { id } = await requestOffer(client, `cohort:${cohort}`, { help: WOERDEN_HELP });
    const res = await cancelThroughConfirmation(client, id);
    expect(res.headers.get("location")).toContain("melding=cancelled");
    const notices = all<{ link: string }>(
      "SELECT link FROM notifications WHERE event_key = ? AND kind = 'request_withdrawn' AND channel = 'email'",
      `request:${id}:withdrawn`,
    );
    const staffCount = one<{ n: number }>(
      "SELECT count(*) AS n FROM users WHERE provider_id = ? AND role = 'provider_staff' AND deactivated_at IS NULL",
      providerId(practice),
    ).n;
    expect(notices).toHaveLength(staffCount);
    expect(notices.every((n) => n.link === `/aanbieder/aanvragen#aanvraag-${id}`)).toBe(true);
    const m = await mail.oneTo("fysio.intrek@example.nl", `Aanvraag ingetrokken (nr. ${id})`);
    expect(m.text).toContain("een Powerful Ageing-groep");
    expect(m.text).not.toContain("Ineke");
    expect(m.text).not.toContain("Intrek");
    const staff = await loggedIn(app, "fysio.intrek@example.nl");
    expect(textOf(await (await staff.get("/meldingen")).text())).toContain(`Aanvraag ingetrokken (nr. ${id})`);
  });
});

// Last: the late cancel moves a visit to an odd hour, a time of its own the next booking would take.
describe("the client calls a visit off within 24 hours", () => {
  it("tells the cleaner by mail and in the agenda that the client did, and the fee the client pays", async () => {
    // In Groningen: the tests above took or called off the Woerden cleaners' times, and on some
    // days (a Saturday) none was left for a fourth booking.
    const b = await booking("laat.afzeggen@example.nl", "Lies Laat", "laat.staff@example.nl", {
      ...WOERDEN_HELP,
      postcode: "9742AB",
    });
    const soon = moveVisit(app, b.requestId, 0, Date.now() + 5 * HOUR + 13_000);
    const confirm = textOf(await (await b.citizen.get(`/mijn/aanvragen/${b.requestId}?afzeggen=${soon}`)).text());
    const amount = /Ja, afzeggen en (€ [\d.,]+) betalen/.exec(spaced(confirm))?.[1];
    expect(amount).toBeDefined();
    const quoted = Math.round(Number((amount ?? "").replace(/[€\s.]/g, "").replace(",", ".")) * 100);
    const res = await b.citizen.post(`/mijn/aanvragen/${b.requestId}`, {
      intent: "cancel-visit",
      slotId: String(soon),
      quoted: String(quoted),
    });
    expect(res.headers.get("location")).toContain("melding=visit_cancelled");
    // What the cancel charged the citizen is what the cleaner is told, in one sentence.
    const charged = one<{ c: number }>("SELECT charged_cents AS c FROM cancelled_visits WHERE slot_id = ?", soon).c;
    expect(charged).toBe(quoted);
    const feeLine = `Afgezegd binnen 24 uur: de klant betaalt ${formatEuro(charged, "nl")}.`;
    const m = await mail.oneTo("laat.staff@example.nl", /^Bezoek afgezegd: /);
    expect(spaced(m.text ?? "")).toContain("is afgezegd door de klant.");
    expect(spaced(m.text ?? "")).toContain(spaced(feeLine));
    const startsAt = one<{ s: number }>("SELECT starts_at AS s FROM cancelled_visits WHERE slot_id = ?", soon).s;
    const agenda = spaced(
      textOf(
        await (await b.staff.get(`/aanbieder/agenda?dag=${amsterdamDay(new Date(startsAt))}&weergave=dag`)).text(),
      ),
    );
    expect(agenda).toContain("Afgezegd door de klant");
    expect(agenda).not.toContain("Afgezegd door u");
    expect(agenda).toContain(spaced(feeLine));
  });
});
