// The in-app notices (issue 16), over real HTTP against the built server: a person's list, newest
// first with unread said in words; the unread count in the menu the same number as on the list;
// following a notice marks it read and goes where it points; another person's notice is not found;
// "Alles gelezen"; paging; the staff home pages; the message preferences, saved, audited and
// respected by notify(); the language switch; the demo physio and mediator staff logins.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { addNotice, all, loggedIn, newCitizen, one, userId } from "../support/factories";

let app: AppServer;
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

/** The number the menu says ("Meldingen (3 ongelezen)" to a screen reader), or 0 without one. */
const menuCount = (html: string) => Number(/\((\d+) ongelezen\)/.exec(html)?.[1] ?? 0);
const listCount = (text: string) =>
  text.includes("U hebt alle meldingen gelezen.") ? 0 : Number(/U hebt (\d+) ongelezen melding/.exec(text)?.[1]);
const unreadInDb = (id: number) =>
  one<{ n: number }>(
    app,
    "SELECT count(*) AS n FROM notifications WHERE recipient_user_id = ? AND channel = 'email' AND read_at IS NULL",
    id,
  ).n;

describe("the notice list", () => {
  it("lists a person's notices newest first, unread in words, with the date, the same count as the menu", async () => {
    const citizen = await newCitizen(app, "lijst@example.nl", "Lies Lijst");
    const me = userId(app, "lijst@example.nl");
    addNotice(app, {
      to: me,
      kind: "booking_confirmed",
      params: { providerName: "Schoonmaakhulp Ans de Vries" },
      link: "/mijn",
      createdAt: ago(3),
      readAt: ago(2),
    });
    addNotice(app, {
      to: me,
      kind: "referral_accepted",
      params: { providerName: "Thuiszorg Groene Hart", startDay: "2030-01-07" },
      link: "/mijn",
      createdAt: ago(2),
    });
    addNotice(app, {
      to: me,
      kind: "complaint_received",
      params: { number: 77, receivedAt: ago(1).toISOString() },
      link: "/mijn",
      createdAt: ago(1),
    });
    const html = await (await citizen.get("/meldingen")).text();
    const text = textOf(html);
    const order = [
      "We hebben uw klacht ontvangen",
      "Thuiszorg Groene Hart gaat u helpen",
      "Uw schoonmaakhulp staat vast",
    ].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain("We hebben uw klacht ontvangen (nr. 77)");
    // Unread is said in words ("Nieuw"), not by colour alone; each item has its date.
    const items = [...html.matchAll(/<li class="hw-notice[^"]*">([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1] ?? ""));
    expect(items).toHaveLength(3);
    expect(items.filter((i) => i.startsWith(" Nieuw") || i.startsWith("Nieuw"))).toHaveLength(2);
    expect(items.every((i) => /Ontvangen op \w+ \d+ \w+ \d{4} om \d\d:\d\d/.test(i))).toBe(true);
    expect(listCount(text)).toBe(2);
    expect(menuCount(html)).toBe(2);
    expect(unreadInDb(me)).toBe(2);
    // The same count on any other page's menu.
    expect(menuCount(await (await citizen.get("/mijn")).text())).toBe(2);
  });

  it("follows a notice to what it is about and marks it read; another person's notice is not found", async () => {
    const owner = await newCitizen(app, "eigen@example.nl", "Eva Eigen");
    const other = await newCitizen(app, "ander@example.nl", "Anton Ander");
    const ownerId = userId(app, "eigen@example.nl");
    const id = addNotice(app, {
      to: ownerId,
      kind: "help_started",
      params: { providerName: "Thuiszorg Groene Hart", startDay: "2030-01-07" },
      link: "/mijn?van=melding",
      createdAt: ago(1),
    });
    expect(menuCount(await (await owner.get("/meldingen")).text())).toBe(1);

    const stranger = await other.get(`/meldingen/${id}`);
    expect(stranger.status).toBe(404);
    expect(textOf(await stranger.text())).toContain("niet gevonden");
    expect(unreadInDb(ownerId)).toBe(1);
    expect((await other.get("/meldingen/abc")).status).toBe(404);
    expect((await other.get("/meldingen/99999999")).status).toBe(404);
    // Not logged in: to the login page, not a hint that the notice exists.
    const anonymous = await new Client(app.baseUrl).get(`/meldingen/${id}`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/inloggen/);

    const followed = await owner.get(`/meldingen/${id}`);
    expect(followed.status).toBe(302);
    expect(followed.headers.get("location")).toBe("/mijn?van=melding");
    expect(unreadInDb(ownerId)).toBe(0);
    const after = await (await owner.get("/meldingen")).text();
    expect(menuCount(after)).toBe(0);
    expect(textOf(after)).toContain("U hebt alle meldingen gelezen.");
  });

  it("marks all read with 'Alles gelezen', and refuses an unknown intent with a 400", async () => {
    const citizen = await newCitizen(app, "alles@example.nl", "Aad Alles");
    const me = userId(app, "alles@example.nl");
    for (const days of [1, 2, 3])
      addNotice(app, {
        to: me,
        kind: "visit_reminder",
        params: { providerName: "Ans", startAt: ago(0).toISOString() },
        link: "/mijn",
        createdAt: ago(days),
      });
    expect((await citizen.post("/meldingen", { intent: "iets-anders" })).status).toBe(400);
    expect(unreadInDb(me)).toBe(3);
    const res = await citizen.post("/meldingen", { intent: "all-read" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/meldingen?melding=gelezen");
    expect(unreadInDb(me)).toBe(0);
    const text = textOf(await (await citizen.get("/meldingen?melding=gelezen")).text());
    expect(text).toContain("Alle meldingen zijn als gelezen gemarkeerd.");
    expect(text).not.toContain("Alles gelezen");
  });

  it("pages by 20, and says a bad page number in Dutch with a 400", async () => {
    const citizen = await newCitizen(app, "veel@example.nl", "Vera Veel");
    const me = userId(app, "veel@example.nl");
    for (let i = 1; i <= 25; i++)
      addNotice(app, { to: me, kind: "complaint_resolved", params: { number: i }, link: "/mijn", createdAt: ago(i) });
    const first = await (await citizen.get("/meldingen")).text();
    expect(first.match(/class="hw-notice[ "]/g)).toHaveLength(20);
    expect(textOf(first)).toContain("(nr. 1)");
    expect(textOf(first)).not.toContain("(nr. 21)");
    expect(first).toContain('href="/meldingen?pagina=2"');
    const second = await (await citizen.get("/meldingen?pagina=2")).text();
    expect(second.match(/class="hw-notice[ "]/g)).toHaveLength(5);
    expect(textOf(second)).toContain("(nr. 25)");
    expect(textOf(second)).toContain("Nieuwere meldingen");
    expect(second).not.toContain("pagina=3");
    for (const bad of ["0", "-1", "abc", "1.5"]) {
      const res = await citizen.get(`/meldingen?pagina=${bad}`);
      expect(res.status, bad).toBe(400);
      expect(textOf(await res.text())).toContain("klopt niet");
    }
  });

  it("says so when there are none", async () => {
    const citizen = await newCitizen(app, "leeg@example.nl", "Lea Leeg");
    const html = await (await citizen.get("/meldingen")).text();
    expect(textOf(html)).toContain("U hebt nog geen meldingen.");
    expect(html).not.toContain("Alles gelezen");
    expect(menuCount(html)).toBe(0);
  });
});

describe("staff home pages and the menu", () => {
  it("show each role's latest unread notices and their count in the menu", async () => {
    for (const [email, home, line] of [
      [DEMO.consultant, "/consulent", "Dringend signaal over een inwoner"],
      [DEMO.admin, "/beheer", "Nieuwe aanmelding van een aanbieder: Thuishulp Utrecht West"],
      [DEMO.provider, "/aanbieder", "Evaluatie nodig (nr."],
    ] as const) {
      const staff = await loggedIn(app, email);
      const html = await (await staff.get(home)).text();
      const text = textOf(html);
      const unread = unreadInDb(userId(app, email));
      expect(unread, email).toBeGreaterThan(0);
      expect(text, email).toContain(line);
      expect(text, email).toContain(`Alle meldingen (${unread} ongelezen)`);
      expect(menuCount(html), email).toBe(unread);
      expect(text, email).not.toContain("Geen nieuwe meldingen.");
      expect(listCount(textOf(await (await staff.get("/meldingen")).text())), email).toBe(unread);
    }
  });

  it("keep the provider's capacity reminders beside the notices", async () => {
    const cleaner = await loggedIn(app, DEMO.cleaner);
    const text = textOf(await (await cleaner.get("/aanbieder")).text());
    // No notice and no stale capacity for this cleaner in the demo: the calm sentence, and the way to the list.
    expect(text).toContain("Geen nieuwe meldingen.");
    expect(text).toContain("Alle meldingen");
  });
});

describe("message preferences", () => {
  it("offers a citizen only citizen kinds, saves the choice and language, audits it, and notify() respects it", async () => {
    const citizen = await newCitizen(app, "keuze@example.nl", "Kees Keuze");
    const me = userId(app, "keuze@example.nl");
    const page = await (await citizen.get("/account/berichten")).text();
    expect(page).toContain('value="visit_reminder"');
    expect(page).toContain('value="booking_confirmed"');
    expect(page).not.toContain('value="new_booking"');
    expect(page).not.toContain('value="request_received"');
    expect(textOf(page)).toContain("Deze berichten krijgt u altijd per e-mail");
    expect(textOf(page)).toContain("Ontvangst van uw aanvraag of melding");

    const body = new URLSearchParams([
      ["email", "booking_confirmed"],
      ["email", "visit_cancelled"],
      ["language", "en"],
    ]);
    const saved = await citizen.request("/account/berichten", {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(saved.status).toBe(302);
    const row = one<{ language: string; emailOff: string }>(
      app,
      "SELECT language, email_off AS emailOff FROM users WHERE id = ?",
      me,
    );
    expect(row.language).toBe("en");
    const off = JSON.parse(row.emailOff) as string[];
    expect(off).toContain("visit_reminder");
    expect(off).not.toContain("booking_confirmed");
    expect(off).not.toContain("visit_cancelled");
    expect(off).not.toContain("request_received");
    const event = one<{ detail: string }>(
      app,
      "SELECT detail FROM audit_events WHERE action = 'user.notice_preferences_changed' AND actor_user_id = ?",
      me,
    );
    expect(JSON.parse(event.detail)).toMatchObject({ language: "en" });
    const again = await (await citizen.get("/account/berichten?melding=opgeslagen")).text();
    expect(textOf(again)).toContain("Uw keuzes zijn opgeslagen.");
    expect(again).toMatch(/value="visit_reminder"(?![^>]*checked)/);
    expect(again).toMatch(/<input[^>]*value="booking_confirmed"[^>]*checked|checked[^>]*value="booking_confirmed"/);

    // notify() in this process, on the server's database: an e-mail switched off is written "off"
    // (the notice still shows in the app); a receipt goes whatever was chosen.
    process.env.DATABASE_URL = app.dbPath;
    const { notify } = await import("~/services/notifications/notify.server");
    notify({
      kind: "visit_reminder",
      eventKey: "test:prefs:reminder",
      to: me,
      params: { providerName: "Ans", startAt: ago(0).toISOString() },
      link: "/mijn",
    });
    notify({
      kind: "booking_confirmed",
      eventKey: "test:prefs:booked",
      to: me,
      params: { providerName: "Ans", firstAt: ago(0).toISOString(), visits: 4 },
      link: "/mijn",
    });
    // Even stored as off (an old choice), a receipt is not switched off.
    app
      .db()
      .prepare("UPDATE users SET email_off = ? WHERE id = ?")
      .run(JSON.stringify([...off, "request_received"]), me);
    notify({
      kind: "request_received",
      eventKey: "test:prefs:receipt",
      to: me,
      params: {
        number: 1,
        receivedAt: ago(0).toISOString(),
        helpKey: "ladder.zin",
        nextKey: "notify.next.municipality",
      },
      link: "/mijn",
    });
    const status = (key: string) =>
      one<{ s: string }>(app, "SELECT delivery_status AS s FROM notifications WHERE event_key = ?", key).s;
    expect(status("test:prefs:reminder")).toBe("off");
    expect(status("test:prefs:booked")).not.toBe("off");
    expect(status("test:prefs:receipt")).not.toBe("off");
    expect(textOf(await (await citizen.get("/meldingen")).text())).toContain("Morgen komt uw schoonmaakhulp");
  });

  it("offers staff their role's kinds, and refuses an unknown kind or language with a Dutch 400", async () => {
    const cleaner = await loggedIn(app, DEMO.cleaner);
    const page = await (await cleaner.get("/account/berichten")).text();
    expect(page).toContain('value="new_booking"');
    expect(page).not.toContain('value="new_complaint"');
    // A cleaner gets no referrals: those are a ZIN provider's.
    expect(page).not.toContain('value="new_referral"');
    expect(textOf(page)).toContain("Berichten over uw account");
    expect(page).not.toContain('value="visit_reminder"');
    for (const fields of [
      { email: "new_booking", language: "fr" },
      { email: "geen_soort", language: "nl" },
    ]) {
      const res = await cleaner.post("/account/berichten", fields);
      expect(res.status).toBe(400);
      expect(textOf(await res.text())).toContain("Deze keuze kennen we niet. Kies opnieuw.");
    }
    expect(
      one<{ n: number }>(
        app,
        "SELECT count(*) AS n FROM audit_events WHERE action = 'user.notice_preferences_changed' AND actor_user_id = ?",
        userId(app, DEMO.cleaner),
      ).n,
    ).toBe(0);
  });

  it("takes the language chosen on the site as the language of a logged-in person's messages", async () => {
    const citizen = await newCitizen(app, "taal@example.nl", "Tom Taal");
    const me = userId(app, "taal@example.nl");
    expect(one<{ l: string }>(app, "SELECT language AS l FROM users WHERE id = ?", me).l).toBe("nl");
    expect((await citizen.post("/taal", { lang: "en", redirectTo: "/mijn" })).status).toBe(302);
    expect(one<{ l: string }>(app, "SELECT language AS l FROM users WHERE id = ?", me).l).toBe("en");
    await citizen.post("/taal", { lang: "nl", redirectTo: "/mijn" });
    expect(one<{ l: string }>(app, "SELECT language AS l FROM users WHERE id = ?", me).l).toBe("nl");
  });

  it("is linked from the account menu and from /mijn/gegevens", async () => {
    const citizen = await loggedIn(app, DEMO.citizen);
    expect(await (await citizen.get("/mijn")).text()).toContain('href="/account/berichten"');
    expect(await (await citizen.get("/mijn/gegevens")).text()).toContain('href="/account/berichten"');
  });
});

describe("the demo's physio practice and mediator staff", () => {
  it("log in with the demo password and see their workspace, their open request and its notice", async () => {
    for (const [email, provider, help] of [
      [DEMO.physio, "Fysiotherapie Paddepoel", "Nieuwe aanvraag voor een Powerful Ageing-groep"],
      [DEMO.mediator, "Informele Zorg Noord", "Nieuwe aanvraag voor hulp via een pgb"],
    ] as const) {
      const staff = await loggedIn(app, email);
      const home = textOf(await (await staff.get("/aanbieder")).text());
      expect(home, email).toContain(provider);
      expect(home, email).toContain(help);
      const requests = textOf(await (await staff.get("/aanbieder/aanvragen")).text());
      // Not accepted yet: the area, not the name (contact-details.test.ts).
      expect(requests, email).toContain("Inwoner in 9742");
      expect(requests, email).not.toContain("Grietje Kuipers");
      const list = await (await staff.get("/meldingen")).text();
      const id = Number(/href="\/meldingen\/(\d+)"/.exec(list)?.[1]);
      const followed = await staff.get(`/meldingen/${id}`);
      const to = followed.headers.get("location") ?? "";
      expect(to, email).toMatch(/^\/aanbieder\/aanvragen#aanvraag-\d+$/);
      // The link names the new request's own card on the list (issue 16 walk), which is there.
      expect(await (await staff.get(to)).text(), email).toContain(`id="${to.split("#")[1]}"`);
    }
  });
});

describe("a staff notice's link", () => {
  it("lands on the item it is about, for every kind the demo gives staff", async () => {
    const rows = all<{ email: string; kind: string }>(
      app,
      `SELECT DISTINCT u.email, n.kind FROM notifications n JOIN users u ON u.id = n.recipient_user_id
       WHERE u.role <> 'citizen' AND n.channel = 'email'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const checked = new Set<string>();
    for (const email of [...new Set(rows.map((r) => r.email))]) {
      const staff = await loggedIn(app, email);
      const notices = all<{ id: number; kind: string }>(
        app,
        "SELECT n.id, n.kind FROM notifications n JOIN users u ON u.id = n.recipient_user_id WHERE u.email = ? AND n.channel = 'email'",
        email,
      );
      for (const n of notices) {
        const to = (await staff.get(`/meldingen/${n.id}`)).headers.get("location") ?? "";
        const [path, anchor] = to.split("#");
        const page = await staff.get(path ?? "");
        expect(page.status, `${n.kind} ${to}`).toBe(200);
        // A list is reached at the item's own anchor; otherwise the link is the item's own page.
        if (anchor) expect(await page.text(), `${n.kind} ${to}`).toContain(`id="${anchor}"`);
        else expect(path, `${n.kind} ${to}`).toMatch(/\/\d+$/);
        checked.add(n.kind);
      }
    }
    expect([...checked]).toEqual(expect.arrayContaining(["new_intake", "new_referral"]));
  });
});

describe("the README's demo logins", () => {
  it("list every person the demo seeds (but the year of history's past citizens)", () => {
    const readme = fs.readFileSync("README.md", "utf8");
    const table = readme.slice(readme.indexOf("## Demo logins"), readme.indexOf("## Configuration"));
    const seeded = all<{ email: string }>(
      app,
      "SELECT email FROM users WHERE email LIKE '%@demo.hulpwijzer.nl' AND email NOT LIKE 'historie.%'",
    );
    expect(seeded.length).toBeGreaterThanOrEqual(13);
    for (const { email } of seeded) expect(table, email).toContain(`| \`${email}\` |`);
  });
});
