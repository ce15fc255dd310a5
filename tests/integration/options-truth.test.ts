// Issue 15, an outside walk of /hulp/opties (a 78-year-old alone in Woerden, and in Groningen): the
// page names no start date for a pgb (a mediator first finds a helper), says a cleaner's monthly
// price is an average of a weekly visit, shows the hourly rate the prices come from, and does not
// say the citizen asked for the hours (no question asks; the municipality's norms set them).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatEuro } from "~/i18n";
import { type AppServer, startApp } from "../support/app-server";
import { textOf } from "../support/client";
import { helpQuery, WOERDEN_HELP } from "../support/factories";

let app: AppServer;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

type Answer = {
  options: {
    kind: string;
    offerId: string;
    providerId: number | null;
    providerName: string | null;
    recommended: boolean;
    waitDays: number | null;
  }[];
};

const euro = (cents: number) => formatEuro(cents, "nl").replace(/\s/g, " ");
const alone78 = (postcode: string) =>
  helpQuery({ ...WOERDEN_HELP, postcode, birthYear: new Date().getFullYear() - 78, mobility: [] });

/** The cards (article elements) on a page, keyed by their data-offer id, as text. */
function cards(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of html.matchAll(/<article[^>]*data-offer="([^"]+)"[^>]*>([\s\S]*?)<\/article>/g)) {
    found.set(m[1] ?? "", textOf(m[2] ?? ""));
  }
  return found;
}

// A date in words as the pages write it ("3 december 2026"), after any verb that would start help.
const PGB_WITH_DATE =
  /(kan|begint|beginnen|komen|start)[^.;]*\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/i;

describe.each([
  ["Woerden", "3441AB"],
  ["Groningen", "9711AA"],
])("the options page in %s for someone of 78 living alone", (_place, postcode) => {
  it("never says a pgb mediator can begin on a date, on its own card or as the way round a wait", async () => {
    const query = alone78(postcode);
    const answer = (await (await fetch(`${app.baseUrl}/api/v1/options?${query}`)).json()) as Answer;
    const mediators = answer.options.filter((o) => o.kind === "pgb_informal" && o.providerName !== null);
    expect(mediators.length).toBeGreaterThan(0);
    const html = await (await fetch(`${app.baseUrl}/hulp/opties?${query}`)).text();
    const byOffer = cards(html);
    for (const m of mediators) {
      const card = byOffer.get(m.offerId) ?? "";
      expect(card).toContain("samen spreekt u daarna de startdatum af");
      expect(card).not.toContain("Kan beginnen");
    }
    // Every sentence on the page that names a mediator: none puts a start date to it.
    const sentences = html
      .split(/<\/(?:p|li|dd|dt|h\d|div|section|article)>/)
      .flatMap((block) => textOf(block).split(/(?<=[.;?!])\s+/));
    const aboutPgb = sentences.filter((s) => mediators.some((m) => s.includes(m.providerName as string)));
    expect(aboutPgb.length).toBeGreaterThan(mediators.length);
    for (const s of aboutPgb) expect(s).not.toMatch(PGB_WITH_DATE);
    // The recommended ZIN option with a wait points to the mediator truthfully: it looks for a helper now.
    const waiting = answer.options.find((o) => o.kind === "zin" && o.recommended && (o.waitDays ?? 99) > 7);
    expect(waiting).toBeDefined();
    expect(byOffer.get(waiting?.offerId ?? "")).toMatch(/Wilt u niet wachten\? .+ zoekt nu al een helper voor u/);
  });

  it("says the cleaner's monthly price is an average, with its hourly rate, and the hours are the municipality's", async () => {
    const query = alone78(postcode);
    const answer = (await (await fetch(`${app.baseUrl}/api/v1/options?${query}`)).json()) as Answer;
    const cleaner = answer.options.find((o) => o.kind === "private_cleaner" && o.providerId !== null);
    const rate = app
      .db()
      .prepare("SELECT hourly_rate_cents AS r FROM providers WHERE id = ?")
      .get(cleaner?.providerId) as {
      r: number;
    };
    const html = await (await fetch(`${app.baseUrl}/hulp/opties?${query}`)).text();
    const card = cards(html).get(cleaner?.offerId ?? "") ?? "";
    expect(card).toContain(`Uurtarief ${euro(rate.r)} per uur`);
    expect(card).toMatch(/Wat betaalt u gemiddeld € [\d.,]+( – € [\d.,]+)? per maand/);
    expect(card).toContain("afhankelijk van hoe lang het bezoek duurt");
    expect(card).not.toContain("afhankelijk van de tijd");
    expect(card).toMatch(/per bezoek, gemiddeld € [\d.,]+ per maand/);
    // No question asks for hours: the page does not say she asked for them.
    const page = textOf(html);
    expect(page).not.toContain("U vroeg om");
    expect(page).toMatch(/Voor uw situatie rekent de gemeente met ongeveer [\d,]+ uur/);
  });
});
