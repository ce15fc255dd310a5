// A forgotten password over real SMTP (smtp-server in this process): the reset message carries a
// working link with the token, the outbox keeps no token once sent, and the change is told.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client } from "../support/client";
import { newCitizen, one } from "../support/factories";
import { type MailCatcher, startMailCatcher } from "../support/mail";

let app: AppServer;
let mail: MailCatcher;

beforeAll(async () => {
  mail = await startMailCatcher();
  app = await startApp({ SMTP_URL: mail.url, MAIL_FROM: "noreply@hulp.example.nl" });
});
afterAll(async () => {
  await app?.stop();
  await mail?.stop();
});

describe("the reset message", () => {
  it("arrives with a link that works once, and the outbox forgets the token once sent", async () => {
    const email = "mail.vergeten@example.nl";
    await newCitizen(app, email);
    const asked = await new Client(app.baseUrl).post("/wachtwoord-vergeten", { email });
    expect(asked.status).toBe(200);
    await new Client(app.baseUrl).post("/wachtwoord-vergeten", { email: "mail.onbekend@example.nl" });

    const [message] = await mail.waitFor((m) => m.subject === "Nieuw wachtwoord kiezen");
    const text = message?.text ?? "";
    const link = /https?:\/\/[^\s]+\/wachtwoord-herstellen\/([a-z2-7]{52})/.exec(text);
    expect(link, text).not.toBeNull();
    const secret = link?.[1] ?? "";
    expect(text).toContain("De link werkt één keer");
    expect(text).not.toContain("{secret}");
    // Sent: the row no longer holds the token.
    const row = () =>
      one<{ status: string; secret: string | null }>(
        app,
        "SELECT delivery_status AS status, secret FROM notifications WHERE kind = 'password_reset'",
      );
    for (let i = 0; i < 50 && row().status !== "sent"; i++) await new Promise((r) => setTimeout(r, 100));
    expect(row()).toEqual({ status: "sent", secret: null });

    const path = `/wachtwoord-herstellen/${secret}`;
    const password = "een nieuw wachtwoord per mail";
    expect((await new Client(app.baseUrl).post(path, { password, passwordAgain: password })).status).toBe(302);
    await new Client(app.baseUrl).login(email, password);
    const [changed] = await mail.waitFor((m) => m.subject === "Uw wachtwoord is gewijzigd");
    expect(changed?.text).not.toContain(secret);
    // No municipality to call for a citizen without one: a way that exists (issue 16 walk).
    expect(changed?.text).not.toContain("Bel dan de gemeente.");
    expect(changed?.text).toContain("Wachtwoord vergeten?");
    expect(changed?.text).toContain("neem contact op met uw gemeente");
    // Only the known address got mail.
    expect(mail.to("mail.onbekend@example.nl")).toHaveLength(0);
    expect(mail.to(email).map((m) => m.subject)).toEqual(["Nieuw wachtwoord kiezen", "Uw wachtwoord is gewijzigd"]);
  });
});
