// Issue 16, outside walk: the second factor turned on or off (by the person or an admin) and a
// recovery code spent at login each send a security mail, always, with no secret or code in it.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCodeAt, totpStep } from "~/auth/totp.server";
import { type AppServer, startApp } from "../support/app-server";
import { Client, currentCode, DEMO, DEMO_PASSWORD, proposedSecret, textOf } from "../support/client";
import { addMunicipalityStaff, loggedIn, newCitizen } from "../support/factories";
import { type MailCatcher, startMailCatcher } from "../support/mail";

let app: AppServer;
let mail: MailCatcher;

beforeAll(async () => {
  mail = await startMailCatcher();
  app = await startApp({ SMTP_URL: mail.url });
});
afterAll(async () => {
  await app?.stop();
  await mail?.stop();
});

const subjectsTo = (email: string) => mail.to(email).map((m) => m.subject);

describe("security mails of the second factor", () => {
  it("tell a citizen it went on, of a login with a recovery code (with the number left), and that it went off", async () => {
    const email = "tweestaps.mail@example.nl";
    // Even listed as switched off (as a forged form might), these go anyway.
    const citizen = await newCitizen(app, email, "Mees Mail");
    app
      .db()
      .prepare("UPDATE users SET email_off = ? WHERE email = ?")
      .run(JSON.stringify(["second_factor_on", "second_factor_off", "recovery_code_used"]), email);
    const secret = proposedSecret(await (await citizen.get("/account/tweestaps")).text());
    const on = await citizen.post("/account/tweestaps", { intent: "enable", code: totpCodeAt(secret, totpStep()) });
    const codes = [...textOf(await on.text()).matchAll(/\b([a-z2-9]{5}-[a-z2-9]{5})\b/g)].map((m) => m[1] ?? "");
    expect(codes).toHaveLength(10);
    const [onMail] = await mail.waitFor((m) => m.subject === "Tweestapsverificatie staat aan");
    expect(onMail?.text).toContain("aangezet voor uw Hulpwijzer-account");
    expect(onMail?.text).toContain("/account/tweestaps");

    const browser = new Client(app.baseUrl);
    await browser.post("/inloggen", { email, password: DEMO_PASSWORD });
    expect((await browser.post("/inloggen/code", { code: codes[0] ?? "" })).status).toBe(302);
    const [used] = await mail.waitFor((m) => m.subject === "Er is ingelogd met een herstelcode");
    expect(used?.text).toContain("U hebt nog 9 herstelcodes over.");
    expect(used?.text).toContain("neem contact op met uw gemeente");

    const off = await browser.post("/account/tweestaps", { intent: "disable", code: currentCode(app.baseUrl, email) });
    expect(off.status).toBe(200);
    const [offMail] = await mail.waitFor((m) => m.subject === "Tweestapsverificatie staat uit");
    expect(offMail?.text).toContain("Dit is gedaan op de pagina Tweestapsverificatie");

    expect(subjectsTo(email)).toEqual([
      "Tweestapsverificatie staat aan",
      "Er is ingelogd met een herstelcode",
      "Tweestapsverificatie staat uit",
    ]);
    // No secret, no code, in any of them.
    for (const m of mail.to(email)) {
      const all = `${m.text ?? ""} ${m.html || ""}`;
      expect(all).not.toContain(secret);
      expect(all).not.toContain(secret.match(/.{4}/g)?.join(" ") ?? "-");
      for (const code of codes) expect(all).not.toContain(code);
    }
  });

  it("tell a staff member an admin reset theirs", async () => {
    const email = "reset.mail@woerden.example";
    const id = addMunicipalityStaff(app, email, "consultant", "GM0632", "Reset Mail");
    const admin = await loggedIn(app, DEMO.admin);
    expect((await admin.post(`/beheer/gebruikers/${id}/tweestaps`, {})).status).toBe(302);
    const [message] = await mail.waitFor(
      (m) => m.subject === "Tweestapsverificatie staat uit" && mail.to(email).includes(m),
    );
    expect(message?.text).toContain("Een beheerder heeft dit gedaan");
    expect(subjectsTo(email)).toEqual(["Tweestapsverificatie staat uit"]);
  });
});
