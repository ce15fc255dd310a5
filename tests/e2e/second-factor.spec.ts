// A new staff member's first login on a phone (390 px): the one-time password, their own password
// (not retyping the one-time one, ADR 034), then setting up the
// second factor with the QR code or the typed secret, a wrong code refused, the recovery codes once,
// and the workspace (ADR 025).
import { expect, test } from "@playwright/test";
import { totpCodeAt, totpStep } from "../../app/auth/totp.server";
import { currentCode, expectNoSeriousAxeViolations, login, logout } from "./support";

test("a new consultant sets up the second factor at the first login, on a phone", async ({ browser, page }) => {
  await login(page, "beheer@demo.hulpwijzer.nl");
  await page.goto("/beheer/gebruikers");
  const email = `nieuw-${Date.now()}@woerden.example`;
  await page.getByLabel("Naam").fill("Nina Nieuw");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Rol").selectOption({ label: "Wmo-consulent" });
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  const password = (await page.getByTestId("one-time-password").textContent())?.trim() ?? "";
  expect(password).toMatch(/^[a-z2-9-]{19}$/);
  await logout(page);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "nl-NL" });
  const staff = await phone.newPage();
  await staff.goto("/inloggen");
  await staff.getByLabel("E-mailadres").fill(email);
  await staff.getByLabel("Wachtwoord").fill(password);
  await staff.getByRole("button", { name: "Inloggen" }).click();
  // Her own password first (ADR 034): the half-done login proves the one-time one.
  await expect(staff.getByRole("heading", { level: 1, name: "Kies uw eigen wachtwoord" })).toBeVisible();
  await expect(staff).toHaveURL(/\/inloggen\/wachtwoord$/);
  await expect(staff.getByLabel("Eenmalig wachtwoord")).toHaveCount(0);
  await expect(staff.getByRole("link", { name: /Inbox|Zaken/ })).toHaveCount(0);
  const own = "mijn eigen lange wachtwoord";
  await staff.getByLabel("Nieuw wachtwoord").fill(own);
  await staff.getByLabel("Herhaal het nieuwe wachtwoord").fill(own);
  await staff.getByRole("button", { name: "Wachtwoord opslaan en verder" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Tweestapsverificatie instellen" })).toBeVisible();
  await expect(staff).toHaveURL(/\/inloggen\/instellen$/);
  // Not logged in yet: no session, so no way out of one either.
  await expect(staff.locator('form[action="/uitloggen"]')).toHaveCount(0);

  const qr = staff.getByRole("img", { name: "QR-code om de tweestapsverificatie in uw app in te stellen" });
  await expect(qr).toBeVisible();
  const box = await qr.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(120);
  const grouped = (await staff.getByTestId("totp-secret").textContent()) ?? "";
  expect(grouped).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
  // Reflows at 390 and at 320 CSS px (WCAG 1.4.10): nothing scrolls sideways.
  for (const width of [390, 320]) {
    await staff.setViewportSize({ width, height: 844 });
    const { scrollWidth, innerWidth } = await staff.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `${width} px`).toBeLessThanOrEqual(innerWidth);
  }
  await staff.setViewportSize({ width: 390, height: 844 });
  await expectNoSeriousAxeViolations(staff);
  await staff.screenshot({ path: "test-results/second-factor-enrol-390.png", fullPage: true });

  // A wrong code: a calm Dutch message where the eye is, the same QR code kept.
  const secret = grouped.replace(/\s/g, "");
  const right = totpCodeAt(secret, totpStep());
  await staff.getByLabel("Code van 6 cijfers").fill(right === "123456" ? "654321" : "123456");
  await staff.getByRole("button", { name: "Instellen" }).click();
  await expect(staff.getByRole("alert")).toContainText("Deze code klopt niet.");
  await expect(staff.getByTestId("totp-secret")).toHaveText(grouped);

  await staff.getByLabel("Code van 6 cijfers").fill(totpCodeAt(secret, totpStep()));
  await staff.getByRole("button", { name: "Instellen" }).click();
  await expect(staff.getByRole("heading", { name: "Bewaar uw herstelcodes" })).toBeVisible();
  await expect(staff.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await staff.screenshot({ path: "test-results/second-factor-recovery-390.png", fullPage: true });
  const next = staff.getByRole("link", { name: "Ik heb de codes bewaard, ga verder" });
  const target = await next.boundingBox();
  expect(target?.height ?? 0).toBeGreaterThanOrEqual(44);
  await next.click();
  await expect(staff).toHaveURL(/\/consulent$/);
  await expect(staff.locator('form[action="/uitloggen"]')).toHaveCount(1);

  // The next login asks for the code from the app.
  await phone.clearCookies();
  await staff.goto("/inloggen");
  await staff.getByLabel("E-mailadres").fill(email);
  await staff.getByLabel("Wachtwoord").fill(own);
  await staff.getByRole("button", { name: "Inloggen" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Code uit uw app" })).toBeVisible();
  await expectNoSeriousAxeViolations(staff);
  await staff.getByLabel("Code van 6 cijfers").fill(currentCode(email));
  await staff.getByRole("button", { name: "Verder" }).click();
  await expect(staff.locator('form[action="/uitloggen"]')).toHaveCount(1);
  await phone.close();
});
