import { expect, test } from "@playwright/test";
import { login } from "./support";

// A refusal's errors belong to that attempt: once a post has succeeded they leave the page (issue 15).
test("the vetting page forgets a refused check's errors once a check is recorded", async ({ page }) => {
  await login(page, "beheer@demo.hulpwijzer.nl");
  await page.goto("/beheer/aanbieders");
  await page.getByRole("link", { name: "Thuishulp Utrecht West" }).click();
  // Suspending without a reason is refused (by the server: the reason is optional for the other way).
  await page.getByRole("button", { name: "Schorsen" }).click();
  await expect(page.getByRole("alert")).toContainText("Geef een reden voor de schorsing");

  await page.getByLabel("Onderdeel").selectOption({ label: "Identiteit gecontroleerd" });
  await page.getByLabel("Uitkomst").selectOption({ label: "In orde" });
  await page.getByRole("button", { name: "Controle vastleggen" }).click();
  await expect(page.getByRole("status")).toContainText("De controle is vastgelegd.");
  await expect(page.getByText("Geef een reden voor de schorsing")).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("the case page forgets one form's errors once another form is saved", async ({ page }) => {
  await login(page, "consulent@demo.hulpwijzer.nl");
  await page.goto("/consulent/zaken");
  await page.getByLabel("Zoeken").fill("visser");
  await page.getByRole("button", { name: "Zoek" }).click();
  await page.getByRole("link", { name: "Anna Visser" }).click();
  await page.getByLabel("Netto inkomen van het huishouden per maand (euro)").fill("veel");
  await page.getByRole("button", { name: "Draagkracht berekenen" }).click();
  await expect(page.getByText("Vul het netto inkomen per maand in, in hele euro's (0 of meer).").first()).toBeVisible();

  // Her talk is recorded, so its form is folded away until asked for.
  await page.getByText("Gesprek bekijken of wijzigen").click();
  await page.getByRole("button", { name: "Gesprek opslaan" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await expect(page.getByText("Vul het netto inkomen per maand in, in hele euro's (0 of meer).")).toHaveCount(0);
});
