// New recovery codes on /account/tweestaps: confirmed with a current app code (not a recovery code),
// the old set replaced in one go (old codes stop working, new ones work once), shown once, audited,
// and a warning while two or fewer are left.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, currentCode, DEMO_PASSWORD, textOf } from "../support/client";
import { addMunicipalityStaff, loggedIn, one } from "../support/factories";

let app: AppServer;
const EMAIL = "herstel@woerden.example";
let client: Client;

beforeAll(async () => {
  app = await startApp();
  addMunicipalityStaff(app, EMAIL, "consultant", "GM0632", "Herstel Collega");
  client = await loggedIn(app, EMAIL);
});
afterAll(async () => {
  await app?.stop();
});

const codesOn = (html: string) => {
  const list = /data-testid="recovery-codes"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "";
  return [...list.matchAll(/<li[^>]*>([^<]+)<\/li>/g)].map((m) => m[1] ?? "");
};
const unused = () =>
  one<{ n: number }>(
    app,
    "SELECT count(*) AS n FROM recovery_codes WHERE used_at IS NULL AND user_id = (SELECT id FROM users WHERE email = ?)",
    EMAIL,
  ).n;
const events = (action: string) =>
  one<{ n: number }>(
    app,
    "SELECT count(*) AS n FROM audit_events WHERE action = ? AND subject_id = (SELECT id FROM users WHERE email = ?)",
    action,
    EMAIL,
  ).n;

/** A login with password and then this code as the second factor: whether it got in. */
async function logsInWith(code: string): Promise<boolean> {
  const other = new Client(app.baseUrl);
  const res = await other.post("/inloggen", { email: EMAIL, password: DEMO_PASSWORD });
  expect(res.headers.get("location")).toBe("/inloggen/code");
  return (await other.post("/inloggen/code", { code })).status === 302;
}

const regenerate = (code: string) => client.post("/account/tweestaps", { intent: "regenerate", code });

describe("new recovery codes", () => {
  let first: string[] = [];

  it("warns when two or fewer are left and offers new ones", async () => {
    expect(unused()).toBe(0);
    const text = textOf(await (await client.get("/account/tweestaps")).text());
    expect(text).toContain("Let op: u heeft nog maar 0 ongebruikte herstelcodes.");
    expect(text).toContain("Nieuwe herstelcodes maken");
  });

  it("refuses without a right current app code, and makes none", async () => {
    const right = currentCode(app.baseUrl, EMAIL);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    const refused = await regenerate(wrong);
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(textOf(html)).toContain("Deze code klopt niet of is al gebruikt.");
    expect(codesOn(html)).toEqual([]);
    expect((await regenerate("")).status).toBe(400);
    expect((await regenerate("<script>")).status).toBe(400);
    expect(unused()).toBe(0);
    expect(events("second_factor.recovery_regenerated")).toBe(0);
  });

  it("shows ten new codes once, with a print hint, audited", async () => {
    const res = await regenerate(currentCode(app.baseUrl, EMAIL));
    expect(res.status).toBe(200);
    const html = await res.text();
    first = codesOn(html);
    expect(first).toHaveLength(10);
    expect(textOf(html)).toContain("De oude herstelcodes werken niet meer.");
    // Without JavaScript (this client): the hint to print with the browser.
    expect(textOf(html)).toContain("Druk deze pagina af met de afdrukknop van uw browser");
    expect(unused()).toBe(10);
    expect(events("second_factor.recovery_regenerated")).toBe(1);
    const again = await (await client.get("/account/tweestaps")).text();
    expect(codesOn(again)).toEqual([]);
    expect(textOf(again)).toContain("U heeft nog 10 ongebruikte herstelcodes.");
    expect(textOf(again)).not.toContain("Let op:");
  });

  it("replaces the old set: old codes stop working, a new one works once", async () => {
    // A recovery code cannot mint new ones.
    const byRecovery = await regenerate(first[0] ?? "");
    expect(byRecovery.status).toBe(400);
    expect(unused()).toBe(10);

    const res = await regenerate(currentCode(app.baseUrl, EMAIL));
    const second = codesOn(await res.text());
    expect(second).toHaveLength(10);
    expect(second.some((c) => first.includes(c))).toBe(false);
    expect(unused()).toBe(10);
    expect(await logsInWith(first[1] ?? "")).toBe(false);
    expect(await logsInWith(second[0] ?? "")).toBe(true);
    expect(await logsInWith(second[0] ?? "")).toBe(false);
    expect(unused()).toBe(9);
  });

  it("does not accept the same app code twice", async () => {
    const code = currentCode(app.baseUrl, EMAIL);
    expect((await regenerate(code)).status).toBe(200);
    expect((await regenerate(code)).status).toBe(400);
  });
});
