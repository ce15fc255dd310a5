// What the browser tests share: logging in and out as a person would, and the axe check.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { totpCodeAt, totpStep } from "../../app/auth/totp.server";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../../db/seed";

/**
 * The code the account's app would show now (ADR 025), from its secret in the server's database.
 * One account logs in many times within a code's half minute here: the last used step is cleared
 * first, standing in for the wait.
 */
export function currentCode(email: string): string {
  const db = new Database(process.env.E2E_DB ?? "");
  try {
    db.pragma("busy_timeout = 5000");
    const row = db.prepare("SELECT totp_secret AS secret FROM users WHERE email = ?").get(email) as
      | { secret: string | null }
      | undefined;
    db.prepare("UPDATE users SET totp_last_step = NULL WHERE email = ?").run(email);
    return totpCodeAt(row?.secret ?? DEMO_TOTP_SECRET, totpStep());
  } finally {
    db.close();
  }
}

/** Sets up the second factor on the enrolment page, reading the secret as a person would type it. */
export async function enrolSecondFactor(page: Page) {
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  await page.getByLabel("Code van 6 cijfers").fill(totpCodeAt(secret, totpStep()));
  await page.getByRole("button", { name: "Instellen" }).click();
  await expect(page.getByRole("heading", { name: "Bewaar uw herstelcodes" })).toBeVisible();
  await page.getByRole("link", { name: "Ik heb de codes bewaard, ga verder" }).click();
}

/** Logs in with password and, for an account with one, the second factor (set up on first login). */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  const loggedIn = page.getByRole("button", { name: "Uitloggen" });
  const code = page.getByRole("heading", { name: "Code uit uw app" });
  const enrol = page.getByRole("heading", { name: "Tweestapsverificatie instellen" });
  // A one-time password: the caller chooses the own password (and then sets the factor up).
  const choose = page.getByRole("heading", { name: "Kies uw eigen wachtwoord" });
  await expect(loggedIn.or(code).or(enrol).or(choose)).toBeVisible();
  if (await choose.isVisible()) return;
  if (await code.isVisible()) {
    await page.getByLabel("Code van 6 cijfers").fill(currentCode(email));
    await page.getByRole("button", { name: "Verder" }).click();
  } else if (await enrol.isVisible()) {
    await enrolSecondFactor(page);
  }
  await expect(loggedIn).toBeVisible();
}

/** A new citizen account made on /registreren; the page ends on "Log in om verder te gaan". */
export async function register(page: Page, name: string, email: string, password: string) {
  await page.goto("/registreren");
  await page.getByLabel("Uw naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in om verder te gaan" })).toBeVisible();
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "Uitloggen" }).click();
  // Wait until the logout has landed before going anywhere else.
  await expect(
    page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Inloggen" }),
  ).toBeVisible();
}

/** WCAG 2.1 A and AA, as axe checks them: no serious or critical violations. */
export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The address asked at the first request, as one set for every spec (street and phone may differ). */
export const E2E_ADDRESS = {
  street: "Kerkstraat",
  houseNumber: "7a",
  postcode: "3441 AB",
  place: "Woerden",
  phone: "06 12345678",
};

/**
 * Fills the request form's address as a person would: only when it is asked, i.e. the profile has
 * none for this person yet (else the form shows it summed up). Given `change`, the known address
 * is unfolded ("Klopt dit adres nog?") and changed too.
 */
export async function fillAddress(page: Page, change?: Partial<typeof E2E_ADDRESS>) {
  await expect(page.getByLabel("Straat").or(page.getByTestId("known-address")).first()).toBeAttached();
  if (await page.getByTestId("known-address").isVisible()) {
    if (!change) return;
    await page.getByText("Klopt dit adres nog?").click();
  }
  const address = { ...E2E_ADDRESS, ...change };
  await page.getByLabel("Straat").fill(address.street);
  await page.getByLabel("Huisnummer").fill(address.houseNumber);
  await page.getByLabel("Postcode").fill(address.postcode);
  await page.getByLabel("Woonplaats").fill(address.place);
  await page.getByLabel("Telefoonnummer").fill(address.phone);
}
