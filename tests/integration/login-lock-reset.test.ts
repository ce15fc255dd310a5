// Issue 16, outside walk: "Wachtwoord vergeten?" is the advice on the locked login page, so a reset
// through the mailed link (proof of the mailbox) must let the owner in with the new password, while
// a stranger's count from their own address stays (ADR 017, ADR 034).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_ADDRESS_LIMIT, ACCOUNT_LIMIT } from "~/auth/rate-limit.server";
import { type AppServer, startApp } from "../support/app-server";
import { Client, textOf } from "../support/client";
import { newCitizen } from "../support/factories";
import { addressesOf, type MailCatcher, startMailCatcher } from "../support/mail";

let app: AppServer;
let mail: MailCatcher;

beforeAll(async () => {
  mail = await startMailCatcher();
  // Behind one proxy: X-Forwarded-For's right-most entry is the client.
  app = await startApp({ SMTP_URL: mail.url, TRUST_PROXY: "1" });
});
afterAll(async () => {
  await app?.stop();
  await mail?.stop();
});

const from = (ip: string) => ({ headers: { "X-Forwarded-For": ip } });
const NEW_PASSWORD = "een wachtwoord na de blokkade";

/** Asks a reset from `ip` in a fresh browser and follows the mailed link there; that browser. */
async function resetByMail(email: string, ip: string): Promise<Client> {
  const browser = new Client(app.baseUrl);
  expect((await browser.post("/wachtwoord-vergeten", { email }, from(ip))).status).toBe(200);
  const [message] = await mail.waitFor(
    (m) => m.subject === "Nieuw wachtwoord kiezen" && addressesOf(m).includes(email),
  );
  const secret = /\/wachtwoord-herstellen\/([a-z2-7]{52})/.exec(message?.text ?? "")?.[1];
  expect(secret).toBeDefined();
  mail.clear();
  const done = await browser.post(
    `/wachtwoord-herstellen/${secret}`,
    { password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD },
    from(ip),
  );
  expect(done.status).toBe(302);
  expect(done.headers.get("location")).toBe("/inloggen?melding=wachtwoord-gewijzigd");
  return browser;
}

describe("a reset after the login was locked", () => {
  it("lets the owner in on the locking address and browser (the walker's case)", async () => {
    const email = "slot.zelfde@example.nl";
    await newCitizen(app, email);
    const browser = new Client(app.baseUrl);
    for (let i = 0; i <= ACCOUNT_ADDRESS_LIMIT; i++) {
      await browser.post("/inloggen", { email, password: `fout-wachtwoord-${i}` }, from("10.7.0.1"));
    }
    const locked = await browser.post("/inloggen", { email, password: "nog steeds fout" }, from("10.7.0.1"));
    expect(locked.status).toBe(429);
    expect(textOf(await locked.text())).toContain("Wachtwoord vergeten?");

    await resetByMail(email, "10.7.0.1");
    const res = await browser.post("/inloggen", { email, password: NEW_PASSWORD }, from("10.7.0.1"));
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).not.toContain("/inloggen");
  });

  it("lets the owner in when strangers filled the account's ceiling, and keeps the stranger locked", async () => {
    const email = "slot.vreemd@example.nl";
    await newCitizen(app, email);
    // Strangers from many addresses, each using up its own address limit.
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      await new Client(app.baseUrl).post(
        "/inloggen",
        { email, password: `geraden-${i}` },
        from(`10.8.${Math.floor(i / ACCOUNT_ADDRESS_LIMIT)}.1`),
      );
    }
    // The owner's new browser on an untouched address waits too…
    const owner = new Client(app.baseUrl);
    expect(
      (await owner.post("/inloggen", { email, password: "wat was het ook alweer" }, from("10.9.0.1"))).status,
    ).toBe(429);
    // … until the mailed reset, done in that browser.
    await resetByMail(email, "10.9.0.1");
    const res = await owner.post("/inloggen", { email, password: NEW_PASSWORD }, from("10.9.0.1"));
    expect(res.status).toBe(302);
    // Strangers refilling the ceiling do not hold the browser that reset (it is remembered).
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      await new Client(app.baseUrl).post(
        "/inloggen",
        { email, password: `weer-geraden-${i}` },
        from(`10.10.${Math.floor(i / ACCOUNT_ADDRESS_LIMIT)}.1`),
      );
    }
    const again = new Client(app.baseUrl);
    expect((await again.post("/inloggen", { email, password: NEW_PASSWORD }, from("10.9.0.2"))).status).toBe(429);
    await owner.post("/uitloggen", {}, from("10.9.0.1"));
    expect((await owner.post("/inloggen", { email, password: NEW_PASSWORD }, from("10.9.0.1"))).status).toBe(302);
    // A stranger's address that used up its own five stays locked, new password or not.
    const stranger = await new Client(app.baseUrl).post(
      "/inloggen",
      { email, password: NEW_PASSWORD },
      from("10.8.0.1"),
    );
    expect(stranger.status).toBe(429);
  });
});
