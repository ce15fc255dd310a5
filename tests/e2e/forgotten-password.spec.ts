// A forgotten password on a phone (390 px): from the login page to a new password and back in.

import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support";

test.use({ viewport: { width: 390, height: 844 } });

/** The reset link's token from the mail in her mailbox (the local catcher's files, newest first). */
async function secretFor(email: string): Promise<string> {
  const dir = process.env.E2E_MAIL_DIR ?? "";
  for (let tries = 0; tries < 100; tries++) {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).sort().reverse() : [];
    for (const file of files) {
      // Quoted-printable folds long lines with "=" at the end: unfold before reading the link.
      const raw = fs.readFileSync(path.join(dir, file), "utf8").replace(/=\r?\n/g, "");
      if (!raw.includes(`To: ${email}`) && !raw.includes(`<${email}>`)) continue;
      const token = /\/wachtwoord-herstellen\/([a-z2-7]{52})/.exec(raw)?.[1];
      if (token) return token;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no reset mail for ${email} in ${dir}`);
}

async function fitsTheScreen(page: import("@playwright/test").Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}

test("someone who forgot the password asks a link, chooses a new one and logs in", async ({ page }) => {
  const email = `vergeten-${Date.now()}@example.nl`;
  await page.goto("/registreren");
  await page.getByLabel("Uw naam").fill("Vera Vergeten");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("mijn oude wachtwoord");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in om verder te gaan" })).toBeVisible();

  await page.goto("/inloggen");
  const forgot = page.getByRole("link", { name: "Wachtwoord vergeten?" });
  expect((await forgot.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await forgot.click();
  await expect(page.getByRole("heading", { level: 1, name: "Wachtwoord vergeten" })).toBeVisible();
  await fitsTheScreen(page);
  await expectNoSeriousAxeViolations(page);

  // A mistake is said at the field, and the summary takes focus.
  await page.getByLabel("E-mailadres").fill("geen adres");
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByText("Vul een geldig e-mailadres in").first()).toBeVisible();
  await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByRole("status")).toContainText("Kijk in uw e-mail");
  await expect(page.getByRole("status")).toContainText(email);
  await fitsTheScreen(page);

  await page.goto(`/wachtwoord-herstellen/${await secretFor(email)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw wachtwoord kiezen" })).toBeVisible();
  await fitsTheScreen(page);
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Nieuw wachtwoord").fill("mijn nieuwe wachtwoord");
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("iets heel anders hier");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("De twee wachtwoorden zijn niet gelijk.").first()).toBeVisible();
  await page.getByLabel("Nieuw wachtwoord").fill("mijn nieuwe wachtwoord");
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("mijn nieuwe wachtwoord");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();

  await expect(page.getByRole("status")).toContainText("Uw wachtwoord is gewijzigd.");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("mijn nieuwe wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/mijn$/);

  // The link worked once: opened again it says so, with the way to ask a new one.
  await page.goto(`/wachtwoord-herstellen/${await secretFor(email)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Deze link werkt niet meer" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Vraag een nieuwe link aan" })).toBeVisible();
  await fitsTheScreen(page);
});
