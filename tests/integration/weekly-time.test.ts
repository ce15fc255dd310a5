// /mijn says a weekly cleaner booking's time in words ("Elke vrijdag 09:00–11:00"), as the request
// page states its series, and then the next date (over real HTTP against the built server).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDateTime } from "~/i18n";
import { type AppServer, startApp } from "../support/app-server";
import { textOf } from "../support/client";
import { bookCleaner, newCitizen, readersOf } from "../support/factories";

let app: AppServer;
const { one } = readersOf(() => app);

const spaced = (s: string) => s.replace(/\s+/g, " ");
const amsterdam = (ms: number, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("nl-NL", { ...options, timeZone: "Europe/Amsterdam" }).format(ms);
const hhmm = { hour: "2-digit", minute: "2-digit" } as const;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe("a weekly cleaner booking on /mijn", () => {
  it("states the series in words, the same as the request page, and the next visit", async () => {
    const client = await newCitizen(app, "elke-week@example.nl", "Meneer Elke Week");
    const requestId = await bookCleaner(client);
    const next = one<{ at: number; end: number }>(
      "SELECT starts_at AS at, ends_at AS end FROM cleaner_slots WHERE request_id = ? AND status = 'booked' ORDER BY starts_at LIMIT 1",
      requestId,
    );
    const weekly = `Elke ${amsterdam(next.at, { weekday: "long" })} ${amsterdam(next.at, hhmm)}–${amsterdam(next.end, hhmm)}`;

    const overview = textOf(await (await client.get("/mijn")).text());
    expect(overview).toContain(`${weekly}. Volgende bezoek: ${spaced(formatDateTime(next.at, "nl"))}`);
    const page = textOf(await (await client.get(`/mijn/aanvragen/${requestId}`)).text());
    expect(page).toMatch(new RegExp(`Uw vaste tijd ${weekly}, [\\d,]+ uur per bezoek\\.`));
  });
});
