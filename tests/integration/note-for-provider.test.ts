// The citizen's note for the cleaner (issue 16, ADR 039), against the built server with a real SMTP
// server: written with the booking (form and API), read by the cleaner in her agenda and on her
// request card only once the booking is confirmed, changed on the request page (her staff hear that
// it changed, never its words), never in a message, the calendar feed or the audit detail; refused
// with a Dutch reason when too long, 404 for someone else's request, 409 once the booking ended.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressFields } from "../support/address";
import type { AppServer } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import {
  cancelThroughConfirmation,
  helpQuery,
  newCitizen,
  offeredSlots,
  readersOf,
  requestOffer,
  requestThroughForm,
} from "../support/factories";
import { addressesOf, type MailCatcher, startAppWithMail } from "../support/mail";

let app: AppServer;
let mail: MailCatcher;
const { one, all, providerId } = readersOf(() => app);
const CLEANER = "Schoonmaakhulp Ans de Vries";
const NOTE = "De sleutel ligt bij de buren op nummer 9. Er is een kat.";
const NEW_NOTE = "Bel graag twee keer aan: de bel is zacht.";

const amsterdamDay = (ms: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(ms);

beforeAll(async () => {
  ({ app, mail } = await startAppWithMail());
});
afterAll(async () => {
  await app?.stop();
  await mail?.stop();
});

async function cleanerClient(): Promise<Client> {
  const client = new Client(app.baseUrl);
  await client.login(DEMO.cleaner);
  return client;
}

const page = async (client: Client, path: string) => textOf(await (await client.get(path)).text());
const firstVisitDay = (requestId: number) =>
  amsterdamDay(one<{ s: number }>("SELECT min(starts_at) AS s FROM cleaner_slots WHERE request_id = ?", requestId).s);
const noteOf = (requestId: number) =>
  one<{ note: string | null }>("SELECT note_for_provider AS note FROM help_requests WHERE id = ?", requestId).note;

describe("the note for the cleaner", () => {
  let citizen: Client;
  let requestId: number;
  const email = "nora.notitie@example.nl";

  beforeAll(async () => {
    citizen = await newCitizen(app, email, "Nora Notitie");
  });

  it("refuses a note that is too long, in Dutch at the field, and stores nothing", async () => {
    const [slot] = await offeredSlots(citizen, providerId(CLEANER));
    const before = one<{ n: number }>("SELECT count(*) AS n FROM help_requests").n;
    const res = await citizen.post(`/hulp/aanvragen?offer=cleaner:${providerId(CLEANER)}&${helpQuery()}`, {
      slotId: String(slot),
      forWhom: "self",
      ...addressFields(),
      noteForProvider: "x".repeat(501),
    });
    expect(res.status).toBe(400);
    expect(textOf(await res.text())).toContain(
      "Uw bericht aan de schoonmaakhulp is te lang. Gebruik ten hoogste 500 tekens.",
    );
    expect(one<{ n: number }>("SELECT count(*) AS n FROM help_requests").n).toBe(before);
  });

  it("is the cleaner's to read only once the booking is confirmed, in her agenda and on her request card", async () => {
    const pid = providerId(CLEANER);
    const [slot] = await offeredSlots(citizen, pid);
    requestId = await requestThroughForm(citizen, `cleaner:${pid}`, undefined, {
      slotId: String(slot),
      noteForProvider: `  ${NOTE}  `,
    });
    expect(noteOf(requestId)).toBe(NOTE);
    const cleaner = await cleanerClient();
    const day = firstVisitDay(requestId);
    // Held: not hers yet.
    expect(await page(cleaner, `/aanbieder/agenda?dag=${day}&weergave=dag`)).not.toContain(NOTE);
    // The citizen sees her own note on the request page, with the form to change it.
    expect(await page(citizen, `/mijn/aanvragen/${requestId}`)).toContain("Bericht aan de schoonmaakhulp");
    const confirmed = await citizen.post(`/mijn/aanvragen/${requestId}`, { intent: "confirm" });
    expect(confirmed.headers.get("location")).toContain("melding=confirmed");
    expect(await page(cleaner, `/aanbieder/agenda?dag=${day}&weergave=dag`)).toContain(`Van de klant ${NOTE}`);
    expect(await page(cleaner, "/aanbieder/aanvragen")).toContain(NOTE);
    // Not in the calendar feed: it leaves the portal (a phone's calendar app, a shared account).
    const html = await (await cleaner.get("/aanbieder/agenda")).text();
    const token = /\/agenda\/([a-z2-7]{32})\.ics/.exec(html)?.[1] ?? "";
    const feed = await (await fetch(`${app.baseUrl}/agenda/${token}.ics`)).text();
    expect(feed).toContain("BEGIN:VEVENT");
    expect(feed).not.toContain("sleutel");
  });

  it("is changed on the request page: the cleaner's staff hear that it changed, never what it says", async () => {
    const res = await citizen.post(`/mijn/aanvragen/${requestId}`, { intent: "note", noteForProvider: NEW_NOTE });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`/mijn/aanvragen/${requestId}?melding=note_saved#bericht`);
    expect(await page(citizen, `/mijn/aanvragen/${requestId}?melding=note_saved`)).toContain(
      "Uw bericht is opgeslagen. De schoonmaakhulp leest het in haar agenda.",
    );
    const cleaner = await cleanerClient();
    const day = firstVisitDay(requestId);
    const agenda = await page(cleaner, `/aanbieder/agenda?dag=${day}&weergave=dag`);
    expect(agenda).toContain(NEW_NOTE);
    expect(agenda).not.toContain(NOTE);
    const notice = one<{ link: string; params: string }>(
      "SELECT link, params FROM notifications WHERE kind = 'client_note_changed' AND channel = 'email' AND event_key LIKE ?",
      `request:${requestId}:note:%`,
    );
    expect(notice.link).toMatch(/^\/aanbieder\/agenda\?dag=\d{4}-\d{2}-\d{2}&weergave=dag$/);
    expect(notice.params).not.toContain("bel");
    const [message] = await mail.waitFor((m) => m.subject === "Nieuw bericht van N. Notitie");
    expect(message && addressesOf(message)).toContain(DEMO.cleaner);
    expect(`${message?.text}${message?.html}`).not.toContain("twee keer");
    // Saved again, or changed again within the hour: no more notices (attack: a flood of saves).
    await citizen.post(`/mijn/aanvragen/${requestId}`, { intent: "note", noteForProvider: NEW_NOTE });
    await citizen.post(`/mijn/aanvragen/${requestId}`, { intent: "note", noteForProvider: `${NEW_NOTE} Dank u.` });
    expect(
      all(
        "SELECT id FROM notifications WHERE kind = 'client_note_changed' AND channel = 'email' AND event_key LIKE ?",
        `request:${requestId}:note:%`,
      ).length,
    ).toBeLessThanOrEqual(2);
    await citizen.post(`/mijn/aanvragen/${requestId}`, { intent: "note", noteForProvider: NEW_NOTE });
    // The audit log says the note changed, not what it says.
    const audited = one<{ detail: string }>(
      "SELECT detail FROM audit_events WHERE action = 'request.note_changed' AND subject_id = ?",
      String(requestId),
    );
    expect(audited.detail).toBe('{"note":"set"}');
  });

  it("never puts the note in any message", async () => {
    // Every message so far: the receipt, the booking's, the new booking's and the change's.
    await mail.waitFor((m) => addressesOf(m).includes(email) && m.subject === "Uw schoonmaakhulp staat vast");
    await mail.waitFor((m) => m.subject === "Nieuwe boeking van N. Notitie");
    for (const m of mail.messages) {
      const body = `${m.subject}${m.text}${m.html}${m.attachments.map((a) => a.content.toString("utf8")).join("")}`;
      expect(body).not.toContain("sleutel");
      expect(body).not.toContain("twee keer");
    }
  });

  it("answers 404 for someone else's request, and 409 with the reason once the booking has ended", async () => {
    const stranger = await newCitizen(app, "sam.stranger@example.nl", "Sam Stranger");
    const foreign = await stranger.post(`/mijn/aanvragen/${requestId}`, { intent: "note", noteForProvider: "hoi" });
    expect(foreign.status).toBe(404);
    expect(noteOf(requestId)).toBe(NEW_NOTE);
    // An empty note removes it; so does one of invisible characters only (attack: zero-width spaces).
    await citizen.post(`/mijn/aanvragen/${requestId}`, { intent: "note", noteForProvider: " \u200b\u200b\u2060 " });
    expect(noteOf(requestId)).toBeNull();
    expect(await page(citizen, `/mijn/aanvragen/${requestId}?melding=note_saved`)).toContain(
      "Uw bericht is verwijderd.",
    );
    await cancelThroughConfirmation(citizen, requestId);
    const late = await citizen.post(`/mijn/aanvragen/${requestId}`, { intent: "note", noteForProvider: "nog iets" });
    expect(late.status).toBe(409);
    expect(textOf(await late.text())).toContain(
      "Dit bericht kan niet meer worden gewijzigd: de afspraak loopt niet meer.",
    );
    expect(noteOf(requestId)).toBeNull();
  });

  it("comes with a booking over the API, and is not kept for other kinds", async () => {
    const api = await newCitizen(app, "api.notitie@example.nl", "Api Notitie");
    const [slot] = await offeredSlots(api, providerId(CLEANER));
    const booked = await requestOffer(api, `cleaner:${providerId(CLEANER)}`, { slotId: slot });
    expect(noteOf(booked.id)).toBeNull();
    const tooLong = await api.request("/api/v1/requests", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        offerId: `cleaner:${providerId(CLEANER)}`,
        slotId: slot,
        helpRequest: { postcode: "3441AB" },
        noteForProvider: "x".repeat(501),
      }),
    });
    expect(tooLong.status).toBe(400);
    const mediation = await requestThroughForm(
      api,
      `mediation:${providerId("Burenhulp Bemiddeling Utrecht West")}`,
      undefined,
      { noteForProvider: NOTE },
    );
    expect(noteOf(mediation)).toBeNull();
    expect(all("SELECT id FROM help_requests WHERE note_for_provider LIKE '%sleutel%'")).toHaveLength(0);
  });
});
