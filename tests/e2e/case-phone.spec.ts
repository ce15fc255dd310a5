// The consultant's case page on a phone (issue 15): at the top one list of the page's sections with
// each one's state, every line a link to its section; parts already recorded and the option cards
// are folded (<details>) and open with the keyboard; the page keeps to the screen's width.
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, login } from "./support";

test("a case on a phone starts with what stands where, and folds what is already done", async ({ page }) => {
  await login(page, "consulent@demo.hulpwijzer.nl");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/consulent/zaken");
  await page.getByLabel("Zoeken").fill("visser");
  await page.getByRole("button", { name: "Zoek" }).click();
  await page.getByRole("link", { name: "Anna Visser" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zaak van Anna Visser" })).toBeVisible();

  const jump = page.getByRole("navigation", { name: "Op deze pagina" });
  await expect(jump).toBeInViewport();
  // Each line says the section's state: the open urgent signal, the talk recorded, the indication.
  await expect(jump.getByRole("link", { name: /^Signalen 1 open signaal, waarvan 1 urgent$/ })).toBeVisible();
  await expect(jump.getByRole("link", { name: /^Keukentafelgesprek vastgelegd op \d+ \S+ \d{4}$/ })).toBeVisible();
  await expect(
    jump.getByRole("link", { name: /^Indicaties en verwijzingen [\d,]+ uur per week, tot en met / }),
  ).toBeVisible();
  // Every line leads to a section that is on the page.
  const targets = await jump.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(targets.length).toBeGreaterThanOrEqual(9);
  for (const href of targets) await expect(page.locator(`section${href}`)).toHaveCount(1);

  // The option cards are folded; the keyboard opens them.
  const options = page.locator("section#options");
  await expect(options.locator("article, .hw-option").first()).toBeHidden();
  await jump.getByRole("link", { name: /^Opties/ }).click();
  await expect(page).toHaveURL(/#options$/);
  const summary = options.getByText("Toon de opties met kosten voor de gemeente");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(options.getByText("Kosten gemeente per maand").first()).toBeVisible();

  // The recorded talk is folded too, and opens to its filled-in form.
  await expect(page.getByRole("button", { name: "Gesprek opslaan" })).toBeHidden();
  await page.getByText("Gesprek bekijken of wijzigen").click();
  await expect(page.getByRole("button", { name: "Gesprek opslaan" })).toBeVisible();

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousAxeViolations(page);
});

test("a refused form that was folded opens with its errors", async ({ page }) => {
  await login(page, "consulent@demo.hulpwijzer.nl");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/consulent/zaken");
  await page.getByLabel("Zoeken").fill("visser");
  await page.getByRole("button", { name: "Zoek" }).click();
  await page.getByRole("link", { name: "Anna Visser" }).click();
  await page.getByText("Toestemming bekijken of wijzigen").click();
  await page.getByLabel("Telefoonnummer (optioneel)").fill("geen nummer");
  await page.getByRole("button", { name: "Toestemming opslaan" }).click();
  await expect(page.getByLabel("Telefoonnummer (optioneel)")).toBeVisible();
  await expect(page.getByLabel("Telefoonnummer (optioneel)")).toHaveValue("geen nummer");
});
