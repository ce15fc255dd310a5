// The ZIN provider's home page states its free room week by week (issue 15: it said "105 uur per
// week in totaal" for four weeks added up). Each week's hours and new clients are those of the
// capacity page's current rows of that week, all municipalities together; the total says it is
// the weeks together. A stale record counts on neither.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { addDays } from "~/domain/time";
import { formatDay, formatNumber } from "~/i18n";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { helpQuery, newCitizens, providerId, requestKind, WOERDEN_HELP } from "../support/factories";

let app: AppServer;
let staff: Client;

/** The cells of a page's first table, row by row, by their column label. */
function rowsOf(html: string): Record<string, string>[] {
  const table = /<table[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    Object.fromEntries(
      [...(row[1] ?? "").matchAll(/<td data-label="([^"]+)"[^>]*>([\s\S]*?)<\/td>/g)].map((c) => [
        c[1],
        textOf(c[2] ?? "").trim(),
      ]),
    ),
  );
}

const number = (text: string) => Number(text.replace(",", "."));

beforeAll(async () => {
  app = await startApp();
  staff = new Client(app.baseUrl);
  await staff.login(DEMO.provider);
});
afterAll(async () => {
  await app?.stop();
});

describe("the ZIN provider's free room", () => {
  it("is said per week, from the capacity page's current rows, and the total as the weeks together", async () => {
    const provider = providerId(app, "Thuiszorg Groene Hart");
    // One record goes stale: it is shown on the capacity page as such and counts nowhere.
    app
      .db()
      .prepare(
        `UPDATE zin_capacity_weeks SET confirmed_at = ?, updated_at = ?
         WHERE id = (SELECT min(id) FROM zin_capacity_weeks WHERE provider_id = ? AND minutes_per_week > 0)`,
      )
      .run(Date.now() - 40 * 86_400_000, Date.now() - 40 * 86_400_000, provider);
    const weeks = app
      .db()
      .prepare("SELECT DISTINCT week_start AS week FROM zin_capacity_weeks WHERE provider_id = ?")
      .all(provider) as { week: string }[];
    const dayOf = new Map(weeks.map((w) => [formatDay(w.week, "nl"), w.week]));
    const from = addDays(amsterdamDay(new Date()), -6);

    const rows = rowsOf(await (await staff.get("/aanbieder/capaciteit")).text());
    const sums = new Map<string, { hours: number; clients: number }>();
    let staleSeen = 0;
    for (const row of rows) {
      const week = dayOf.get(row["Week van (maandag)"] ?? "");
      if (!week) continue;
      if (row.Status !== "Actueel") {
        staleSeen++;
        continue;
      }
      if (week < from) continue;
      const sum = sums.get(week) ?? { hours: 0, clients: 0 };
      sum.hours += number(row["Uren per week voor nieuwe cliënten"] ?? "");
      sum.clients += number(row["Aantal nieuwe cliënten"] ?? "");
      sums.set(week, sum);
    }
    expect(staleSeen).toBe(1);
    expect(sums.size).toBeGreaterThan(1);

    const home = textOf(await (await staff.get("/aanbieder")).text());
    const ordered = [...sums].sort(([a], [b]) => a.localeCompare(b));
    const lines = ordered.map(
      ([week, s]) =>
        `Week van ${formatDay(week, "nl")}: ${formatNumber(s.hours, "nl")} uur; nieuwe cliënten: ${s.clients}`,
    );
    expect(home).toContain("Vrij voor nieuwe cliënten, per week, in al uw gemeenten samen:");
    // The weeks in their order, each as the capacity page adds it up.
    expect(home).toContain(lines.join(" "));
    const hours = ordered.reduce((n, [, s]) => n + s.hours, 0);
    const clients = ordered.reduce((n, [, s]) => n + s.clients, 0);
    expect(home).toContain(
      `Samen in deze ${ordered.length} weken: ${formatNumber(hours, "nl")} uur; nieuwe cliënten: ${clients}.`,
    );
    expect(home).not.toContain("per week in totaal");
  });
});

describe("the mediator's and the practice's free room", () => {
  // The walk found "Vrij deze maand: 2 nieuwe koppelingen" on the mediator's home page while the
  // options page said the mediator had no room: the home page did not subtract what requests took.
  const GRONINGEN_HELP = { ...WOERDEN_HELP, postcode: "9742AB", network: "some" } as const;
  const freeMatches = async (client: Client) =>
    Number(/Vrij deze maand: (\d+) nieuwe koppeling/.exec(textOf(await (await client.get("/aanbieder")).text()))?.[1]);
  const mediatorInOptions = async () => {
    const answer = (await (await fetch(`${app.baseUrl}/api/v1/options?${helpQuery(GRONINGEN_HELP)}`)).json()) as {
      options: { kind: string; providerName: string | null; eligible: boolean }[];
    };
    return answer.options.find((o) => o.kind === "pgb_informal" && o.providerName === "Informele Zorg Noord");
  };

  it("counts down as citizens ask, and says none exactly when the options page says no room", async () => {
    const mediator = new Client(app.baseUrl);
    await mediator.login(DEMO.mediator);
    let free = await freeMatches(mediator);
    expect(free).toBeGreaterThan(0);
    let n = 0;
    while (free > 0) {
      expect((await mediatorInOptions())?.eligible).toBe(true);
      const [citizen] = await newCitizens(app, `bemiddeling-${n++}`, 1);
      if (!citizen) throw new Error("no citizen");
      await requestKind(citizen, "pgb_informal", GRONINGEN_HELP);
      const now = await freeMatches(mediator);
      expect(now).toBe(free - 1);
      free = now;
    }
    expect((await mediatorInOptions())?.eligible).toBe(false);
  });
});
