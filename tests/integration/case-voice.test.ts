// The consultant's case page (issue 15): each option of the decision has its own label — two
// Powerful Ageing groups of one practice are told apart by the day they start — and the option
// cards and reasons speak about the citizen ("de inwoner"), not to them ("u"), while the citizen's
// own options page keeps addressing them with "u". One card, with a voice (components/voice.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { helpQuery, one } from "../support/factories";

let app: AppServer;
let consultant: Client;
let html: string;

/** A case section up to the next one (sections nest), as text. */
function section(page: string, id: string, next: string): string {
  return textOf(page.slice(page.indexOf(`<section id="${id}"`), page.indexOf(`<section id="${next}"`)));
}

const weekdayDay = (day: string) =>
  new Intl.DateTimeFormat("nl-NL", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));

beforeAll(async () => {
  app = await startApp();
  consultant = new Client(app.baseUrl);
  await consultant.login(DEMO.consultant);
  const caseId = one<{ id: number }>(
    app,
    `SELECT c.id FROM cases c JOIN users u ON u.id = c.citizen_user_id WHERE u.email = 'johanna.deboer@demo.hulpwijzer.nl'`,
  ).id;
  html = await (await consultant.get(`/consulent/zaken/${caseId}`)).text();
});
afterAll(async () => {
  await app?.stop();
});

describe("the consultant's case page", () => {
  it("labels each option of the decision uniquely; a Powerful Ageing group by the weekday and day it starts", () => {
    const choices = [...html.matchAll(/name="offerId" value="([^"]+)"\/><label[^>]*>([^<]+)<\/label>/g)].map((m) => ({
      offer: m[1] ?? "",
      label: textOf(m[2] ?? ""),
    }));
    const cohorts = choices.filter((c) => c.offer.startsWith("cohort:"));
    expect(cohorts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(choices.map((c) => c.label)).size).toBe(choices.length);
    for (const c of cohorts) {
      const start = one<{ day: string }>(
        app,
        "SELECT start_date AS day FROM physio_cohorts WHERE id = ?",
        Number(c.offer.slice("cohort:".length)),
      ).day;
      expect(c.label).toContain(`groep vanaf ${weekdayDay(start)}`);
    }
    for (const c of choices) expect(c.label).not.toContain("aanbevolen voor u");
    expect(choices.some((c) => c.label.includes("(aanbevolen voor de inwoner"))).toBe(true);
    const cleaner = choices.find((c) => c.offer.startsWith("cleaner:"));
    expect(cleaner?.label).toMatch(/eerste vrije tijd \S+dag \d+ \S+ \d{4} om \d\d:\d\d/);
  });

  it("speaks about the citizen in the option cards and reasons, not to them", () => {
    const options = section(html, "options", "consent");
    expect(options).toContain("Aanbevolen voor de inwoner");
    expect(options).toContain("Wat betaalt de inwoner");
    expect(options).toContain("De inwoner heeft het inkomen niet opgegeven.");
    expect(options).toContain("Hulp uit de omgeving of de buurt, betaald uit een pgb");
    const spoken = `${options} ${section(html, "decide", "indications")}`;
    for (const citizenVoice of ["Aanbevolen voor u", "Wat betaalt u", "U heeft uw inkomen", " uw ", "U betaalt", " u "])
      expect(spoken, citizenVoice).not.toContain(citizenVoice);
  });

  it("leaves the citizen's own options page in the citizen's voice", async () => {
    const page = textOf(await (await new Client(app.baseUrl).get(`/hulp/opties?${helpQuery()}`)).text());
    expect(page).toContain("Wat betaalt u");
    expect(page).not.toContain("Wat betaalt de inwoner");
    expect(page).not.toContain("Aanbevolen voor de inwoner");
  });
});
