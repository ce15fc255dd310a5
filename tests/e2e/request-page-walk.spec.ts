// The request page in the browser, on a phone (issue 15's outside walk): the payment method chosen
// on the held page before "Boek deze tijd" is kept; after "Betaalwijze opslaan" its notice stands
// at "Prijs en betalen", in view and focused; "Tijd wijzigen" without a choice names what to do.
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, fillAddress } from "./support";

const ANSWERS = "postcode=3441AB&birthYear=1946&household=single&needs=cleaning&mobility=stairs&network=none";

test("booking keeps the payment method chosen below, the method's notice is where the eye is, and no new time is chosen for her", async ({
  page,
}) => {
  const email = `betaalwijze-${Date.now()}@example.nl`;
  await page.goto("/registreren");
  await page.getByLabel("Uw naam").fill("Bep Betaalwijze");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("mijn eerste hulp");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in om verder te gaan" })).toBeVisible();
  await page.getByLabel("Wachtwoord").fill("mijn eerste hulp");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  // On a phone from here on (the menu folds away behind its button).
  await page.setViewportSize({ width: 390, height: 800 });

  await page.goto(`/hulp/opties?${ANSWERS}`);
  // The cleaner with the most free times: other browser tests book some of them, and moving
  // needs a second weekly time left after this booking.
  const cards = page.locator('article[data-offer^="cleaner:"]');
  const counts = await cards.evaluateAll((els) => els.map((el) => el.querySelectorAll('a[href*="slot="]').length));
  const cleaner = cards.nth(counts.indexOf(Math.max(...counts)));
  await cleaner.getByRole("link", { name: /Kies een tijd en boek/ }).click();
  await page
    .getByRole("group", { name: /Kies de tijd/ })
    .getByRole("radio")
    .first()
    .check();
  await fillAddress(page);
  await page.getByRole("button", { name: "Deze tijd vasthouden" }).click();

  // Held: she picks the monthly invoice lower on the page, then books at the top.
  await page.getByLabel("Eén factuur per maand").check();
  await page.getByRole("button", { name: "Boek deze tijd" }).click();
  await expect(page.getByRole("status").first()).toContainText("Geboekt.");
  // What is stored, not what the radios still show from before the post.
  await page.reload();
  await expect(page.getByLabel("Eén factuur per maand")).toBeChecked();
  await expect(page.getByLabel("Rechtstreeks aan de schoonmaakhulp")).not.toBeChecked();

  // Later she changes it: the notice stands at "Prijs en betalen", in view and focused.
  await page.getByLabel("Rechtstreeks aan de schoonmaakhulp").check();
  await page.getByRole("button", { name: "Betaalwijze opslaan" }).click();
  const notice = page.getByTestId("billing-notice");
  await expect(notice).toHaveText("De betaalwijze is opgeslagen.");
  await expect(notice).toBeInViewport();
  await expect(page.locator(".hw-announce").filter({ has: notice })).toBeFocused();
  await expect(page.getByLabel("Rechtstreeks aan de schoonmaakhulp")).toBeChecked();

  // Another weekly time: none chosen; pressing "Tijd wijzigen" says to choose one.
  const change = page.getByRole("group", { name: /Kies een nieuwe tijd/ });
  await expect(change.getByRole("radio").first()).not.toBeChecked();
  expect(await change.getByRole("radio").evaluateAll((rs) => rs.some((r) => (r as HTMLInputElement).checked))).toBe(
    false,
  );
  await page.getByRole("button", { name: "Tijd wijzigen" }).click();
  const summary = page.locator(".hw-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Kies de nieuwe tijd.");
  await expect(change).toContainText("Kies de nieuwe tijd.");
  await expectNoSeriousAxeViolations(page);
});
