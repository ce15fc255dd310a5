// Moving a weekly booking while a visit within 24 hours stays at the old time (outside walk and
// attack): the page priced and counted the new time by the kept visit, and a new time in the kept
// visit's week gave that week two visits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "~/domain/policy";
import { addDays, isoWeekday } from "~/domain/time";
import { type AppServer, startApp } from "../support/app-server";
import { textOf } from "../support/client";
import { bookCleaner, moveVisit, newCitizen, readersOf } from "../support/factories";

const HOUR = 3_600_000;
let app: AppServer;
const { one, all } = readersOf(() => app);

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const section = (html: string, marker: string) => {
  const at = html.indexOf(marker);
  return at < 0 ? "" : textOf(html.slice(at, html.indexOf("</section>", at)));
};

describe("a move with a visit kept within 24 hours", () => {
  it("offers new times only from the week after it, and prices and counts the new time, naming the kept visit", async () => {
    const client = await newCitizen(app, "verzet-binnen-dag@example.nl", "Mevrouw Verzet");
    const requestId = await bookCleaner(client);
    const keptAt = Date.now() + 5 * HOUR + 7_000;
    moveVisit(app, requestId, 0, keptAt);
    const keptDay = amsterdamDay(new Date(keptAt));
    const from = addDays(keptDay, 8 - isoWeekday(keptDay));

    const page = await (await client.get(`/mijn/aanvragen/${requestId}`)).text();
    const offered = [...page.matchAll(/name="slotId" value="(\d+)"/g)].map((m) => Number(m[1]));
    expect(offered.length).toBeGreaterThan(0);
    for (const id of offered) {
      const s = one<{ s: number }>("SELECT starts_at AS s FROM cleaner_slots WHERE id = ?", id).s;
      expect(amsterdamDay(new Date(s)) >= from, `slot ${id}`).toBe(true);
    }
    const oldLength = one<{ m: number }>(
      "SELECT (ends_at - starts_at) / 60000 AS m FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at LIMIT 1 OFFSET 1",
      requestId,
    ).m;
    // Prefer a time of another length, so a price from the kept visit would show.
    const lengths = offered.map((id) => ({
      id,
      m: one<{ m: number }>("SELECT (ends_at - starts_at) / 60000 AS m FROM cleaner_slots WHERE id = ?", id).m,
    }));
    const target = lengths.find((l) => l.m !== oldLength) ?? (lengths[0] as { id: number; m: number });
    const moved = await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "change-slot",
      slotId: String(target.id),
    });
    expect(moved.headers.get("location")).toContain("melding=slot_changed");

    const visits = all<{ s: number; m: number }>(
      "SELECT starts_at AS s, (ends_at - starts_at) / 60000 AS m FROM cleaner_slots WHERE request_id = ? ORDER BY s",
      requestId,
    );
    expect(visits[0]?.s).toBe(keptAt);
    // No week with two visits.
    const weeks = visits.map((v) => {
      const d = amsterdamDay(new Date(v.s));
      return addDays(d, 1 - isoWeekday(d));
    });
    expect(new Set(weeks).size).toBe(weeks.length);

    const after = await (await client.get(moved.headers.get("location") ?? "")).text();
    const hours = new Intl.NumberFormat("nl-NL").format(target.m / 60);
    expect(section(after, 'data-testid="series"')).toContain(`${hours} uur per bezoek`);
    expect(section(after, 'data-testid="series"')).toContain("komt de schoonmaakhulp nog op de oude tijd");
    expect(textOf(after)).toContain(`Een bezoek van ${hours} uur kost`);
    // The notice says the new time and the same monthly price as the page.
    const month = /gemiddeld (€ [\d.,]+) per maand/.exec(section(after, 'id="betalen"'))?.[1] ?? "";
    expect(month).not.toBe("");
    expect(textOf(after)).toMatch(
      new RegExp(
        `Uw vaste tijd is gewijzigd: Elke \\w+ [\\d:]+–[\\d:]+, € [\\d.,]+ per bezoek, gemiddeld ${month.replace(/[.$]/g, "\\$&")} per maand`,
      ),
    );
  });
});
