// The citizen's request page after an outside walk of the cleaner booking (issue 15): the payment
// method chosen before booking is kept, her own cancellations are not the cleaner's days off, no new
// time is chosen for her, an ended booking shows no running monthly price, and the method's notice
// stands where the page comes back to (over real HTTP against the built server, without JavaScript).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { formatDay } from "~/i18n";
import { type AppServer, startApp } from "../support/app-server";
import { DEMO, textOf } from "../support/client";
import {
  bookCleaner,
  cancelThroughConfirmation,
  loggedIn,
  newCitizen,
  readersOf,
  requestKind,
} from "../support/factories";

let app: AppServer;
const { one, all } = readersOf(() => app);
const spaced = (s: string) => s.replace(/\s+/g, " ");
const page = (id: number, query = "") => `/mijn/aanvragen/${id}${query}`;
const methodOf = (id: number) =>
  one<{ m: string | null }>("SELECT payment_method AS m FROM help_requests WHERE id = ?", id).m;

/** The values of the checked inputs named `name`. */
function checkedValues(html: string, name: string): string[] {
  return (html.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`, "g")) ?? [])
    .filter((tag) => /\schecked/.test(tag))
    .map((tag) => /value="([^"]*)"/.exec(tag)?.[1] ?? "");
}

/** The HTML of one section of the page, from the element with this id to its section's end. */
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(id);
  expect(start, `no ${id} on the page`).toBeGreaterThan(0);
  return html.slice(start, html.indexOf("</section>", start));
}

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe("booking a held time with the payment method chosen on the page", () => {
  it("has the radios belong to the confirm form, and books with the chosen method", async () => {
    const client = await newCitizen(app, "walk-method@example.nl", "Mevrouw Factuur");
    const id = await requestKind(client, "private_cleaner");
    const held = await (await client.get(page(id))).text();
    // The confirm form carries the radios (form attribute) and both buttons say their intent.
    expect(held).toMatch(/<form[^>]*id="confirm"/);
    const radios = held.match(/<input[^>]*name="method"[^>]*>/g) ?? [];
    expect(radios.length).toBeGreaterThan(1);
    for (const radio of radios) expect(radio).toContain('form="confirm"');
    expect(held).toMatch(/<button[^>]*name="intent"[^>]*value="confirm"/);
    expect(held).toMatch(/<button[^>]*form="confirm"[^>]*name="intent"[^>]*value="payment-method"/);

    // "Boek deze tijd" with "Eén factuur per maand" chosen lower on the page.
    const booked = await client.post(page(id), { intent: "confirm", method: "invoice" });
    expect(booked.headers.get("location")).toContain("melding=confirmed");
    expect(methodOf(id)).toBe("invoice");
    const after = await (await client.get(page(id))).text();
    expect(checkedValues(after, "method")).toEqual(["invoice"]);

    // "Betaalwijze opslaan" still changes it later.
    const later = await client.post(page(id), { intent: "payment-method", method: "direct" });
    expect(later.headers.get("location")).toBe(page(id, "?melding=method_set#betalen"));
    expect(methodOf(id)).toBe("direct");
    await cancelThroughConfirmation(client, id);
  });

  it("saves the method while held too (the same form, the save button's intent), and refuses one not on offer", async () => {
    const client = await newCitizen(app, "walk-held@example.nl", "Meneer Vooraf");
    const id = await requestKind(client, "private_cleaner");
    const saved = await client.post(page(id), { intent: "payment-method", method: "invoice" });
    expect(saved.headers.get("location")).toContain("melding=method_set");
    expect(methodOf(id)).toBe("invoice");
    // Booking without a method posted keeps the one saved.
    await client.post(page(id), { intent: "confirm" });
    expect(methodOf(id)).toBe("invoice");

    const other = await newCitizen(app, "walk-cash@example.nl", "Meneer Contant");
    const otherId = await requestKind(other, "private_cleaner");
    const refused = await other.post(page(otherId), { intent: "confirm", method: "cash" });
    expect(refused.headers.get("location")).toBe(page(otherId, "?melding=method_failed#betalen"));
    expect(one<{ s: string }>("SELECT status AS s FROM help_requests WHERE id = ?", otherId).s).toBe("held");
    // Said where the page comes back to, in words.
    const back = await (await other.get(page(otherId, "?melding=method_failed"))).text();
    expect(textOf(sectionOf(back, 'id="betalen"'))).toContain("Deze betaalwijze kan nu niet.");
    await cancelThroughConfirmation(client, id);
    await cancelThroughConfirmation(other, otherId);
  });
});

describe("the weekly time's exceptions", () => {
  it("names a visit she called off apart from the cleaner's days off", async () => {
    const client = await newCitizen(app, "walk-series@example.nl", "Mevrouw Afgezegd");
    const id = await bookCleaner(client);
    const visits = all<{ id: number; at: number }>(
      "SELECT id, starts_at AS at FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at",
      id,
    );
    expect(visits.length).toBeGreaterThan(2);
    const second = visits[1] as { id: number; at: number };
    await client.post(page(id), { intent: "cancel-visit", slotId: String(second.id), quoted: "0" });
    const day = spaced(formatDay(amsterdamDay(new Date(second.at)), "nl"));
    const series = textOf(sectionOf(await (await client.get(page(id))).text(), 'id="series-title"'));
    expect(series).toContain(`Afgezegd door u: ${day}.`);
    const daysOff = /Geen bezoek op ([^:]*): dan is de schoonmaakhulp vrij\./.exec(series)?.[1] ?? "";
    expect(daysOff).not.toContain(day);
    await cancelThroughConfirmation(client, id);
  });

  it("names a visit the cleaner called off as hers, not the citizen's (outside walk)", async () => {
    const client = await newCitizen(app, "walk-calledoff@example.nl", "Mevrouw Afgebeld");
    const id = await bookCleaner(client);
    const third = all<{ id: number; at: number }>(
      "SELECT id, starts_at AS at FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at",
      id,
    )[2] as { id: number; at: number };
    const cleaner = await loggedIn(app, DEMO.cleaner);
    const called = await cleaner.post(`/aanbieder/afzeggen/${third.id}`, { reason: "ill" });
    expect(called.status).toBe(302);
    const day = spaced(formatDay(amsterdamDay(new Date(third.at)), "nl"));
    const series = textOf(sectionOf(await (await client.get(page(id))).text(), 'id="series-title"'));
    expect(series).toContain(`Afgezegd door de schoonmaakhulp (u betaalt niets): ${day}.`);
    expect(series).not.toContain("Afgezegd door u");
    const daysOff = /Geen bezoek op ([^:]*): dan is de schoonmaakhulp vrij\./.exec(series)?.[1] ?? "";
    expect(daysOff).not.toContain(day);
    await cancelThroughConfirmation(client, id);
  });
});

describe("choosing another weekly time", () => {
  it("has no time chosen beforehand, and a submit without one says 'Kies de nieuwe tijd' at the summary and the field", async () => {
    const client = await newCitizen(app, "walk-move@example.nl", "Meneer Verzet");
    const id = await bookCleaner(client);
    const html = await (await client.get(page(id))).text();
    const section = sectionOf(html, 'id="change-title"');
    const radios = section.match(/<input[^>]*name="slotId"[^>]*>/g) ?? [];
    expect(radios.length).toBeGreaterThan(0);
    expect(checkedValues(section, "slotId")).toEqual([]);

    const before = all("SELECT id, starts_at FROM cleaner_slots WHERE request_id = ? ORDER BY id", id);
    const res = await client.post(page(id), { intent: "change-slot" });
    expect(res.status).toBe(400);
    const text = textOf(await res.text());
    expect(text).toContain("Er ging iets mis. Verbeter de volgende punten:");
    expect(text.match(/Kies de nieuwe tijd\./g)?.length).toBe(2);
    expect(all("SELECT id, starts_at FROM cleaner_slots WHERE request_id = ? ORDER BY id", id)).toEqual(before);
    await cancelThroughConfirmation(client, id);
  });
});

describe("an ended booking", () => {
  it("shows no running monthly price on the request page, and 'Niets meer' on /mijn", async () => {
    const client = await newCitizen(app, "walk-ended@example.nl", "Mevrouw Gestopt");
    const id = await bookCleaner(client);
    const running = textOf(await (await client.get(page(id))).text());
    expect(running).toMatch(/Eén bezoek per week: u betaalt gemiddeld € [\d.,]+ per maand/);
    await cancelThroughConfirmation(client, id);
    const ended = textOf(await (await client.get(page(id))).text());
    expect(ended).not.toContain("Eén bezoek per week");
    expect(ended).not.toMatch(/€ 0,00 per maand/);
    const mine = await (await client.get("/mijn")).text();
    const row = textOf(mine.slice(mine.lastIndexOf("<tr", mine.indexOf(`/mijn/aanvragen/${id}"`))));
    expect(row).toContain("Niets meer: deze aanvraag loopt niet meer");
    expect(row.slice(0, row.indexOf("Bekijken"))).not.toContain("per maand");
  });
});

describe("the payment method's notice", () => {
  it("stands in the #betalen section the page comes back to, not at the top", async () => {
    const client = await newCitizen(app, "walk-notice@example.nl", "Meneer Melding");
    const id = await bookCleaner(client);
    const res = await client.post(page(id), { intent: "payment-method", method: "invoice" });
    const location = res.headers.get("location") ?? "";
    expect(location).toMatch(/#betalen$/);
    const html = await (await client.get(location.replace(/#.*/, ""))).text();
    const notice = html.indexOf("De betaalwijze is opgeslagen.");
    expect(notice).toBeGreaterThan(0);
    expect(html.indexOf("De betaalwijze is opgeslagen.", notice + 1)).toBe(-1);
    expect(sectionOf(html, 'id="betalen"')).toContain("De betaalwijze is opgeslagen.");
    await cancelThroughConfirmation(client, id);
  });
});
