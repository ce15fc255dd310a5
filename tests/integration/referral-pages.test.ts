// The provider's referrals page (issue 15): open referrals first, ended ones on their own tab and
// paged with their count, and after a step the page comes back at that referral with its notice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { type AppServer, startApp } from "../support/app-server";
import { Client, textOf } from "../support/client";
import { addStaff, referralInDatabase, WOERDEN_HELP } from "../support/factories";

const PAGE = "/aanbieder/verwijzingen";
const PROVIDER = "Zorggroep Vechtstreek";
const STORY = {
  help: { ...WOERDEN_HELP, birthYear: 1946, needs: ["cleaning"], income: 1900 },
  phone: "06-11112222",
  preferences: "Maakt niet uit",
  provider: PROVIDER,
} as const;

let app: AppServer;
let staff: Client;
let open: number;
let started: number;

/** The ids of the referral cards on a page, in order. */
const cardsOf = (html: string) => [...html.matchAll(/<section id="referral-(\d+)"/g)].map((m) => Number(m[1]));

beforeAll(async () => {
  app = await startApp();
  addStaff(app, "verwijzingen@example.nl", PROVIDER, "Ilse de Wit");
  staff = new Client(app.baseUrl);
  await staff.login("verwijzingen@example.nl");
  open = (await referralInDatabase(app, { ...STORY, name: "Nieuwe Cliënt" })).referralId;
  started = (await referralInDatabase(app, { ...STORY, name: "Lopende Cliënt", status: "started" })).referralId;
  const template = (await referralInDatabase(app, { ...STORY, name: "Afgerond 0" })).referralId;
  const db = app.db();
  db.prepare("UPDATE referrals SET status = 'ended', end_reason = 'Klaar', updated_at = ? WHERE id = ?").run(
    Date.now() - 60_000,
    template,
  );
  // 24 more ended referrals like it, each changed a minute earlier than the one before.
  const copy = db.prepare(
    `INSERT INTO referrals (indication_id, case_id, provider_id, municipality_code, status, intake, end_reason, created_at, updated_at)
     SELECT indication_id, case_id, provider_id, municipality_code, 'ended', json_set(intake, '$.name', ?), end_reason, created_at, ?
     FROM referrals WHERE id = ?`,
  );
  for (let i = 1; i <= 24; i++) copy.run(`Afgerond ${i}`, Date.now() - (i + 1) * 60_000, template);
});
afterAll(async () => {
  await app?.stop();
});

describe("the referrals page", () => {
  it("shows the open referrals, not the ended ones, with both counts", async () => {
    const html = await (await staff.get(PAGE)).text();
    const text = textOf(html);
    expect(cardsOf(html).sort()).toEqual([open, started].sort());
    expect(text).toContain("Lopend (2)");
    expect(text).toContain("Afgerond (25)");
    expect(text).not.toContain("Afgerond 3 ");
    // New ones first.
    expect(cardsOf(html)[0]).toBe(open);
  });

  it("pages the ended referrals by 20, the latest change first", async () => {
    const first = await (await staff.get(`${PAGE}?weergave=afgerond`)).text();
    expect(cardsOf(first)).toHaveLength(20);
    expect(cardsOf(first)).not.toContain(open);
    const text = textOf(first);
    expect(text).toContain("Afgeronde verwijzingen (25)");
    expect(text).toContain("Pagina 1 van 2");
    expect(text.indexOf("Afgerond 0")).toBeLessThan(text.indexOf("Afgerond 1 "));
    expect(first).toContain('href="/aanbieder/verwijzingen?weergave=afgerond&amp;pagina=2"');
    const second = await (await staff.get(`${PAGE}?weergave=afgerond&pagina=2`)).text();
    expect(cardsOf(second)).toHaveLength(5);
    expect(textOf(second)).toContain("Pagina 2 van 2");
    expect(cardsOf(second).some((id) => cardsOf(first).includes(id))).toBe(false);
    // A page past the last is the last; nonsense is the first.
    expect(cardsOf(await (await staff.get(`${PAGE}?weergave=afgerond&pagina=99`)).text())).toEqual(cardsOf(second));
    expect(cardsOf(await (await staff.get(`${PAGE}?weergave=afgerond&pagina=x`)).text())).toEqual(cardsOf(first));
  });

  it("comes back at the referral after a step, with the notice in its card", async () => {
    const accept = await staff.post(PAGE, {
      referralId: String(open),
      intent: "accept",
      startDate: amsterdamDay(new Date()),
    });
    expect(accept.status).toBe(302);
    const location = accept.headers.get("location") ?? "";
    expect(location).toBe(`${PAGE}?melding=accept&verwijzing=${open}#referral-${open}`);
    const html = await (await staff.get(location)).text();
    const card = html.indexOf(`<section id="referral-${open}"`);
    const notice = html.indexOf("De verwijzing is geaccepteerd.");
    expect(card).toBeGreaterThan(-1);
    expect(notice).toBeGreaterThan(card);
    expect(notice).toBeLessThan(
      html.indexOf("<section", card + 1) === -1 ? html.length : html.indexOf("<section", card + 1),
    );
    expect(html.match(/De verwijzing is geaccepteerd\./g)).toHaveLength(1);
  });

  it("takes an ended referral to the ended tab, on top, with its notice", async () => {
    const end = await staff.post(PAGE, { referralId: String(started), intent: "end", reason: "Verhuisd" });
    const location = end.headers.get("location") ?? "";
    expect(location).toBe(`${PAGE}?melding=end&verwijzing=${started}&weergave=afgerond#referral-${started}`);
    const html = await (await staff.get(location)).text();
    expect(cardsOf(html)[0]).toBe(started);
    expect(html.indexOf("Vastgelegd: de hulp is beëindigd.")).toBeGreaterThan(html.indexOf(`id="referral-${started}"`));
    expect(textOf(html)).toContain("Afgerond (26)");
  });
});
