// The provider's menu count and the referrals page: what waits for the provider (new referrals and
// due evaluations) is one number from one function, said as such in both places, and not to be
// mistaken for the "Lopend" total beside it (over real HTTP against the built server).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { DEMO, textOf } from "../support/client";
import { loggedIn, referralInDatabase, WOERDEN_HELP } from "../support/factories";

let app: AppServer;

const STORY = {
  help: { ...WOERDEN_HELP, birthYear: 1944, needs: ["cleaning"], income: 1500 },
  phone: "06-12345678",
  preferences: "Liefst ochtends",
} as const;

const waitingIn = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? Number.NaN);

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe("the provider's referrals count", () => {
  it("is the same 'wachten op u' in the menu and on the page, beside a 'Lopend' total that says it is all running ones", async () => {
    // Running referrals that wait (new, evaluation due) and that do not (accepted, evaluation far off).
    await referralInDatabase(app, { ...STORY, name: "Nieuwe Cliënt", status: "sent" });
    await referralInDatabase(app, { ...STORY, name: "Geaccepteerde Cliënt", status: "accepted", evaluationInDays: 80 });
    await referralInDatabase(app, { ...STORY, name: "Lopende Cliënt", status: "started", evaluationInDays: 60 });
    await referralInDatabase(app, { ...STORY, name: "Evaluatie Cliënt", status: "started", evaluationInDays: 5 });
    const provider = await loggedIn(app, DEMO.provider);
    const page = textOf(await (await provider.get("/aanbieder/verwijzingen")).text());

    const menu = waitingIn(page, /Verwijzingen \((\d+) wacht(?:en)? op u\)/);
    const onPage = waitingIn(page, /(\d+) lopende verwijzing(?:en)? wacht(?:en)? op u/);
    const running = waitingIn(page, /Lopend \((\d+)\)/);
    // The page's own rows, counted as a person would: new ones, and those whose evaluation is due.
    const html = await (await provider.get("/aanbieder/verwijzingen")).text();
    const rows = [...html.matchAll(/<tr[\s\S]*?<\/tr>/g)].map((m) => textOf(m[0]));
    const marked = rows.filter((r) => r.includes("Nieuw, wacht op uw besluit") || r.includes("Evaluatie nodig"));

    expect(menu).toBeGreaterThanOrEqual(2);
    expect(onPage).toBe(menu);
    expect(marked.length).toBe(menu);
    // Deliberately another number: every running referral, more than those that wait.
    expect(running).toBeGreaterThan(menu);
    expect(rows.length - 1).toBe(running);

    // The same count in the menu of any of the provider's pages.
    const other = textOf(await (await provider.get("/aanbieder/capaciteit")).text());
    expect(waitingIn(other, /Verwijzingen \((\d+) wacht(?:en)? op u\)/)).toBe(menu);
  });
});
