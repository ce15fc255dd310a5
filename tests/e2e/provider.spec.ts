import { expect, test } from "@playwright/test";
import { enrolSecondFactor, expectNoSeriousAxeViolations, login } from "./support";

test("a private cleaner publishes a Tuesday window and sees the bookable visits", async ({ page }) => {
  // The cleaner gives a colleague an account (shown once): the municipality made only the first.
  await login(page, "schoonmaak@demo.hulpwijzer.nl");
  await page.goto("/aanbieder/collegas");
  await page.getByLabel("Naam").fill("Kees de Vries");
  await page.getByLabel("E-mailadres").fill(`kees-${Date.now()}@schoonmaakhulp.example`);
  const email = await page.getByLabel("E-mailadres").inputValue();
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  const password = (await page.getByTestId("one-time-password").textContent())?.trim() ?? "";
  expect(password).toMatch(/^[a-z2-9-]{19}$/);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  // Wait until the logout has landed before going to the login page.
  await expect(
    page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Inloggen" }),
  ).toBeVisible();

  await login(page, email, password);
  // A one-time password: Kees chooses his own before anything else, then sets up the second factor.
  await expect(page.getByRole("heading", { level: 1, name: "Kies uw eigen wachtwoord" })).toBeVisible();
  await page.getByLabel("Nieuw wachtwoord").fill("kees zijn eigen wachtwoord");
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("kees zijn eigen wachtwoord");
  await page.getByRole("button", { name: "Wachtwoord opslaan en verder" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie instellen" })).toBeVisible();
  await enrolSecondFactor(page);
  await expect(page).toHaveURL(/\/aanbieder$/);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Capaciteit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Capaciteit" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const form = page.locator("#form-cleaner_window");
  await form.getByLabel("Dag").selectOption({ label: "dinsdag" });
  // Tuesday afternoon: the demo's Tuesday mornings may be booked by other tests' citizens.
  await form.getByLabel("Begintijd").fill("13:00");
  await form.getByLabel("Eindtijd").fill("16:00");
  await form.getByLabel("Duur van een bezoek (minuten)").fill("180");
  await form.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("Opgeslagen.");

  const slots = page.getByTestId("slots").getByRole("listitem");
  const tuesdayOne = slots.filter({ hasText: /^dinsdag .* 13:00 – vrij$/ });
  // Eight weeks of Tuesdays (the first may already be past today, one may be a holiday).
  expect(await tuesdayOne.count()).toBeGreaterThanOrEqual(6);
  // A mistake is explained in Dutch and keeps the form.
  await form.getByLabel("Begintijd").fill("14:00");
  await form.getByLabel("Eindtijd").fill("12:00");
  await form.getByLabel("Duur van een bezoek (minuten)").fill("60");
  await form.getByRole("button", { name: "Opslaan" }).click();
  await expect(form.getByRole("alert")).toContainText("Eindtijd: Kies een eindtijd na de begintijd.");
  await expect(form.getByLabel("Begintijd")).toHaveValue("14:00");
});

test("an admin suspends a provider with a reason, and can lift it again", async ({ page }) => {
  await login(page, "beheer@demo.hulpwijzer.nl");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Aanbieders" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aanbieders controleren" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: "Fysiotherapie Woerden Centrum" }).click();
  await expect(page.getByText("Huidige status: Gecontroleerd.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Without a reason, suspension is refused with a Dutch message.
  await page.getByRole("button", { name: "Schorsen" }).click();
  await expect(page.getByRole("alert")).toContainText("Geef een reden voor de schorsing");
  await page.getByLabel("Reden van de schorsing").fill("Klachten over hygiëne in onderzoek");
  await page.getByRole("button", { name: "Schorsen" }).click();
  await expect(page.getByRole("status")).toContainText("De status is gewijzigd.");
  await expect(page.getByText("Huidige status: Geschorst.")).toBeVisible();
  await expect(page.getByText("Geschorst omdat: Klachten over hygiëne in onderzoek")).toBeVisible();
  await expect(page.getByText(/Gecontroleerd → Geschorst door Peter Visser/)).toBeVisible();

  await page.goto("/beheer/aanbieders");
  await expect(page.getByRole("row", { name: /Fysiotherapie Woerden Centrum/ })).toContainText("Geschorst");

  // Its checklist is complete, so the suspension can be lifted again.
  await page.getByRole("link", { name: "Fysiotherapie Woerden Centrum" }).click();
  await expect(page.getByText("De controlelijst is compleet.")).toBeVisible();
  await page.getByRole("button", { name: "Schorsing opheffen" }).click();
  await expect(page.getByText("Huidige status: Gecontroleerd.")).toBeVisible();
});

test("an admin approves a pending cleaner only after the checklist, VOG included", async ({ page }) => {
  await login(page, "beheer@demo.hulpwijzer.nl");
  await page.goto("/beheer/aanbieders");
  await page.getByRole("link", { name: "Montfoort Schoon" }).click();
  await expect(page.getByText("Huidige status: Wacht op controle.")).toBeVisible();
  await page.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(page.getByRole("alert")).toContainText("Goedkeuren kan pas als de controlelijst compleet is.");

  const vogDate = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
  for (const [item, date] of [
    ["Verklaring omtrent het gedrag (VOG), niet ouder dan 3 jaar", vogDate],
    ["Identiteit gecontroleerd", ""],
    ["Aansprakelijkheidsverzekering", ""],
  ] as const) {
    await page.getByLabel("Onderdeel").selectOption({ label: item });
    await page.getByLabel("Uitkomst").selectOption({ label: "In orde" });
    if (date) await page.getByLabel("Datum van de VOG (alleen bij VOG)").fill(date);
    await page.getByRole("button", { name: "Controle vastleggen" }).click();
    // Wait for this item itself: the confirmation of the previous one may still be showing.
    await expect(page.getByRole("listitem").filter({ hasText: item })).toContainText("In orde");
  }
  await expect(page.getByText(/Identiteit gecontroleerd: In orde door Peter Visser/)).toBeVisible();
  await expect(page.getByText("De controlelijst is compleet.")).toBeVisible();
  await page.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(page.getByText("Huidige status: Gecontroleerd.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
