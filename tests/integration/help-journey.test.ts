// Issue 15, the citizen's journey over HTTP without JavaScript: the questions for a family member,
// one accurate message per postcode, year and start mistake, a non-participating municipality as
// an information page, and the options and request pages' wording.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressFields } from "../support/address";
import { type AppServer, startApp } from "../support/app-server";
import { Client, textOf } from "../support/client";
import { dayAfter } from "../support/days";
import { helpFields, helpQuery, newCitizen } from "../support/factories";

let app: AppServer;
let anonymous: Client;
const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
const thisYear = Number(today.slice(0, 4));

beforeAll(async () => {
  app = await startApp();
  anonymous = new Client(app.baseUrl);
});
afterAll(async () => {
  await app?.stop();
});

async function page(path: string): Promise<{ status: number; text: string; html: string }> {
  const res = await anonymous.get(path);
  const html = await res.text();
  return { status: res.status, text: textOf(html), html };
}

async function submit(path: string, fields: Record<string, string>) {
  const res = await anonymous.post(path, fields);
  const html = await res.text();
  return { status: res.status, location: res.headers.get("location"), text: textOf(html) };
}

describe("for whom", () => {
  it("asks first for whom, then words every question for that person", async () => {
    const first = await page("/hulp");
    expect(first.text).toContain("Voor wie zoekt u hulp?");
    expect(first.text).toContain("Stap 1 van 9");
    // Each step has its own page title, so the tab and a screen reader say where one is.
    expect(first.html).toContain("<title>Stap 1 van 9: Zoek hulp die bij u past – Hulpwijzer</title>");
    expect((await page("/hulp/postcode?person=mother")).html).toContain("<title>Stap 2 van 9: ");
    const chosen = await submit("/hulp", { person: "mother" });
    expect(chosen).toMatchObject({ status: 302, location: "/hulp/postcode?person=mother" });

    const answers = new URLSearchParams({ person: "mother", ...helpFields() });
    const titles: [string, string][] = [
      ["postcode", "Wat is de postcode van uw moeder?"],
      ["leeftijd", "In welk jaar is uw moeder geboren?"],
      ["huishouden", "Woont uw moeder alleen of samen?"],
      ["hulp", "Met welk werk in huis heeft uw moeder hulp nodig?"],
      ["bewegen", "Gaat bewegen moeilijk voor uw moeder?"],
      ["omgeving", "Kan iemand in de omgeving van uw moeder helpen?"],
      ["inkomen", "Wat is ongeveer het inkomen van uw moeder?"],
      ["start", "Wanneer wilt u dat de hulp voor uw moeder begint?"],
    ];
    for (const [step, title] of titles) {
      const { status, html } = await page(`/hulp/${step}?${answers}`);
      expect(status, step).toBe(200);
      expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1], step).toBe(title);
    }
    expect((await page(`/hulp/huishouden?${answers}`)).text).toContain("Uw moeder woont alleen");
  });

  it("refuses the first question unanswered, and takes an old link without it as for the user", async () => {
    const empty = await submit("/hulp", {});
    expect(empty.status).toBe(400);
    expect(empty.text).toContain("Kies voor wie u hulp zoekt.");
    const old = await page("/hulp/leeftijd?postcode=3441AB");
    expect(old.status).toBe(200);
    expect(old.text).toContain("In welk jaar bent u geboren?");
  });

  it("tells the options page and the request form who the help is for", async () => {
    const options = await page(`/hulp/opties?${helpQuery()}&person=father`);
    expect(options.text).toContain("U zoekt hulp voor uw vader.");
    expect(options.html).toMatch(/href="\/hulp\?[^"]*person=father/);
    const citizen = await newCitizen(app, "familie-vader@example.nl", "Karin de Vries");
    const offer = /href="\/hulp\/aanvragen\?offer=(cohort%3A\d+)/.exec(options.html)?.[1] ?? "missing";
    const form = await (await citizen.get(`/hulp/aanvragen?offer=${offer}&${helpQuery()}&person=father`)).text();
    expect(form).toMatch(/value="other"[^>]*checked|checked[^>]*value="other"/);
  });
});

describe("messages", () => {
  it("gives each postcode mistake its own message", async () => {
    const cases: [string, string][] = [
      ["", "Vul een postcode in, bijvoorbeeld 3441 AB."],
      ["0000AA", "Een postcode begint niet met een 0."],
      ["12", "Een postcode heeft vier cijfers en eventueel twee letters"],
      ["3441 A", "Een postcode heeft vier cijfers en eventueel twee letters"],
      ["1000", "Deze postcode kennen we niet."],
    ];
    for (const [postcode, message] of cases) {
      const res = await submit("/hulp/postcode", { postcode });
      expect(res.status, postcode).toBe(400);
      expect(res.text, postcode).toContain(message);
      if (postcode !== "") expect(res.text, postcode).not.toContain("Vul een postcode in");
    }
  });

  it("shows a municipality that does not take part as an information page, not a mistake", async () => {
    const res = await submit("/hulp/postcode", { person: "self", postcode: "1011 AB" });
    expect(res).toMatchObject({ status: 302, location: "/hulp/elders?person=self&postcode=1011AB" });
    const info = await page(res.location ?? "");
    expect(info.status).toBe(200);
    expect(info.text).toContain("De gemeente Amsterdam doet nog niet mee");
    expect(info.text).toContain("Wmo-loket");
    expect(info.html).toContain('href="https://www.regelhulp.nl"');
    expect(info.html).toContain('href="/hulp/postcode?person=self&amp;postcode=1011AB"');
    expect(info.text).not.toMatch(/verbeter|Er ging iets mis/i);
    // A participating or malformed postcode does not stay here.
    expect((await anonymous.get("/hulp/elders?postcode=3441AB")).headers.get("location")).toBe(
      "/hulp/leeftijd?postcode=3441AB",
    );
    expect((await anonymous.get("/hulp/elders?postcode=0000")).headers.get("location")).toBe(
      "/hulp/postcode?postcode=0000",
    );
  });

  it("gives each birth-year mistake its own message", async () => {
    const path = "/hulp/leeftijd?postcode=3441AB";
    const cases: [string, string][] = [
      ["", "Vul het geboortejaar in, bijvoorbeeld 1948."],
      ["19", "met vier cijfers"],
      ["19480", "met vier cijfers"],
      [String(thisYear + 4), "Dit jaar moet nog komen."],
      [String(thisYear - 130), "meer dan 120 jaar geleden"],
    ];
    for (const [birthYear, message] of cases) {
      const res = await submit(path, { postcode: "3441AB", birthYear });
      expect(res.status, birthYear).toBe(400);
      expect(res.text, birthYear).toContain(message);
    }
    const future = await submit(path, { postcode: "3441AB", birthYear: String(thisYear + 4) });
    expect(future.text).not.toContain("met vier cijfers");
  });

  it("refuses an empty or past start date on the start question itself", async () => {
    const path = `/hulp/start?${helpQuery()}`;
    const empty = await submit(path, { ...helpFields(), start: "" });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain("Vul een datum in.");
    const past = await submit(path, { ...helpFields(), start: dayAfter(today, -400) });
    expect(past.status).toBe(400);
    expect(past.text).toContain("Deze datum is al voorbij.");
    const ok = await submit(path, { ...helpFields(), start: dayAfter(today, 3) });
    expect(ok.status).toBe(302);
    expect(ok.location).toContain(`/hulp/opties?`);
    expect(ok.location).toContain(`start=${dayAfter(today, 3)}`);
  });
});

describe("the options page's words", () => {
  it("names the place once, says 'same postcode area' for 0 km and explains its words", async () => {
    const { text, html } = await page(`/hulp/opties?${helpQuery()}`);
    expect(text).toContain("Voor Woerden.");
    expect(text).not.toContain("Woerden (Woerden)");
    expect(text).not.toMatch(/\b0 km\b/);
    expect(html).toContain('href="#woorden"');
    expect(html).toContain('id="woorden"');
    for (const term of [
      "Powerful Ageing",
      "Pgb (persoonsgebonden budget)",
      "Zorg in natura",
      "Eigen bijdrage",
      "Indicatie",
    ]) {
      expect(text).toContain(term);
    }
  });

  it("marks reasons for and against differently, and titles Powerful Ageing groups by their start", async () => {
    const { html, text } = await page(`/hulp/opties?${helpQuery()}`);
    expect(html).toContain("hw-reason hw-reason--for");
    expect(html).toMatch(/hw-reason--(against|note)/);
    expect(text).toContain("Pluspunt:");
    const groups = [...html.matchAll(/<h4[^>]*>([^<]*: groep vanaf [^<]*)<\/h4>/g)].map((m) => m[1]);
    expect(groups.length).toBeGreaterThan(1);
    expect(new Set(groups).size).toBe(groups.length);
    expect(text).toMatch(/Er zijn \d+ groepen met plek\. Het zijn verschillende groepen/);
  });

  it("says why a waiting-list ZIN option is recommended and what starts sooner; no income is a note", async () => {
    // Zorggroep Vechtstreek's capacity in De Ronde Venen is stale: a waiting list with no known start.
    const query = helpQuery({
      postcode: "3641AB",
      birthYear: 1946,
      household: "single",
      needs: ["cleaning"],
      mobility: [],
      network: "none",
    });
    const { html } = await page(`/hulp/opties?${query}`);
    const zin = html.split('id="group-recommended-zin"')[1]?.split("</section>")[0] ?? "";
    const card = zin.split("<article").find((c) => c.includes("Zorggroep Vechtstreek")) ?? "";
    const card_text = textOf(card);
    expect(card_text).toContain("Aanbevolen voor u");
    expect(card_text).toMatch(/U betaalt alleen de eigen bijdrage: € [\d,]+ per maand/);
    // What starts sooner, in its own words: a mediator looks for a helper now (no start date yet),
    // a cleaner can come on a day. Which one depends on the day (on a holiday the mediator's month
    // may be full), never a pgb with a start date.
    expect(card_text).toMatch(/Wilt u niet wachten\? .+ (zoekt nu al een helper voor u|kan al op .+ komen)/);
    expect(card_text).not.toMatch(/Bemiddeling[^.]* kan al op/);
    expect(card_text).not.toMatch(/kan al op .+ beginnen/);
    expect(card).toMatch(
      /hw-reason--note"><span class="visually-hidden">Goed om te weten:(<!-- -->)? <\/span>U heeft uw inkomen niet opgegeven/,
    );
    expect(card).toMatch(
      /hw-reason--against"><span class="visually-hidden">Minpunt:(<!-- -->)? <\/span>De aanbieder heeft nu geen plek/,
    );
  });
});

describe("the request page", () => {
  it("says who asked for whom: the person helped, then the user and their relation", async () => {
    const citizen = await newCitizen(app, "familie-greet@example.nl", "Greet Jansen-de Wit");
    const res = await citizen.post(`/hulp/aanvragen?offer=consultation&${helpQuery()}`, {
      forWhom: "other",
      actingName: "Marie Jansen",
      actingRelation: "dochter",
      consent: "on",
      ...addressFields(),
    });
    expect(res.status).toBe(302);
    const text = textOf(await (await citizen.get(res.headers.get("location") ?? "")).text());
    expect(text).toContain("Aangevraagd voor Marie Jansen, door u als dochter");
    expect(text).not.toContain("Marie Jansen (dochter)");
  });
});
