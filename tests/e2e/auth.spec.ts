import { expect, test } from "@playwright/test";

test("a citizen registers, logs in, logs out, logs in again and sees /mijn", async ({ page }) => {
  const email = `e2e-${Date.now()}@example.nl`;
  await page.goto("/");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Registreren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account aanmaken" })).toBeVisible();

  // A mistake first: the error summary names it, and the typed values stay.
  await page.getByLabel("Uw naam").fill("Truus Bakker");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("te kort");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("alert")).toContainText("Een wachtwoord is minimaal 12 tekens.");
  await expect(page.getByLabel("Uw naam")).toHaveValue("Truus Bakker");

  await page.getByLabel("Wachtwoord").fill("mijn tuin is groen");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  // The same page whether or not the email was known: log in next, the email is filled in.
  await expect(page.getByRole("heading", { level: 1, name: "Log in om verder te gaan" })).toBeVisible();
  await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
  await page.getByLabel("Wachtwoord").fill("mijn tuin is groen");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/mijn$/);
  await expect(page.getByText("Welkom, Truus Bakker.")).toBeVisible();

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(
    page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Inloggen" }),
  ).toBeVisible();

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Inloggen" }).click();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("mijn tuin is groen");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/mijn$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn overzicht" })).toBeVisible();
  await expect(page.getByText("Ingelogd als Truus Bakker (inwoner)")).toBeVisible();
});

test("a wrong password gives one calm message and keeps the email", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("inwoner@demo.hulpwijzer.nl");
  await page.getByLabel("Wachtwoord").fill("verkeerd wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("alert")).toContainText("Het e-mailadres of het wachtwoord klopt niet.");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("inwoner@demo.hulpwijzer.nl");
});

test("a citizen opening /consulent gets 403 with a Dutch explanation", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("inwoner@demo.hulpwijzer.nl");
  await page.getByLabel("Wachtwoord").fill("hulpwijzer-demo");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/mijn$/);
  const response = await page.goto("/consulent");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
});

test("the skip link is the first stop for keyboard users and moves focus to the content", async ({ page }) => {
  await page.goto("/inloggen");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Direct naar de inhoud" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("the language switch shows the page in English and back", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Wissel naar Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
});
