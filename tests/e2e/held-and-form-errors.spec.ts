// Issue 15: after choosing a cleaner's time, the first thing on the request page is that it is not
// booked yet, until when it is held, and the confirm button, which the keyboard reaches first; and
// the request form's error summary (checked in the browser, before any post) names every problem;
// and the address, asked at the first request, is summed up at the next one (issue 16).
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, fillAddress, login } from "./support";

const OPTIONS =
  "/hulp/opties?postcode=3441AB&birthYear=1946&household=single&needs=cleaning&mobility=stairs&network=none";

test("the request form names each problem, with a link to its field, and never says to reload", async ({ page }) => {
  await login(page, "inwoner@demo.hulpwijzer.nl");
  await page.goto(OPTIONS);
  await page
    .getByRole("link", { name: /Kies een tijd en boek/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Aanvragen" })).toBeVisible();
  await page.getByLabel("Voor een familielid of iemand anders").check();
  // An address summed up for herself is unfolded once she asks for someone else: never sent unseen.
  if (await page.getByTestId("known-address").isVisible()) await expect(page.getByLabel("Straat")).toBeVisible();
  await page.getByRole("button", { name: "Deze tijd vasthouden" }).click();

  const summary = page.locator(".hw-error-summary");
  await expect(summary).toBeFocused();
  // The address is asked too, unless the form shows the profile's (an earlier spec may have given it).
  const addressAsked = !(await page.getByTestId("known-address").isVisible());
  const problems = [
    /Kies de tijd die elke week past: Kies een tijd\./,
    /Naam van degene voor wie u dit aanvraagt: Vul de naam in/,
    /Wat bent u van deze persoon\?.*: Vul in wat u van deze persoon bent/,
    /Degene voor wie ik dit aanvraag, weet hiervan en vindt het goed: Vraag eerst toestemming/,
    // The postcode is filled in from the questions (3441AB): not a problem of its own.
    ...(addressAsked ? [/Straat: Vul de straat in\./, /Huisnummer: Vul het huisnummer in/] : []),
    ...(addressAsked ? [/Woonplaats: Vul de woonplaats in\./, /Telefoonnummer: U wilt gebeld worden/] : []),
  ];
  await expect(summary.getByRole("link")).toHaveText(problems);
  await expect(summary).not.toContainText("opnieuw en probeer");
  await expect(summary).not.toContainText("Laad de pagina");
  await summary.getByRole("link", { name: /Naam van degene/ }).click();
  await expect(page).toHaveURL(/#.*actingName$/);
  await expectNoSeriousAxeViolations(page);
});

test("a held time: 'Nog niet geboekt' with the deadline first, and the confirm button is the keyboard's next stop", async ({
  page,
}) => {
  await login(page, "inwoner@demo.hulpwijzer.nl");
  await page.goto(OPTIONS);
  await page
    .getByRole("link", { name: /Kies een tijd en boek/ })
    .first()
    .click();
  await page
    .getByRole("group", { name: /Kies de tijd/ })
    .getByRole("radio")
    .first()
    .check();
  await fillAddress(page);
  await page.getByRole("button", { name: "Deze tijd vasthouden" }).click();

  const hold = page.getByTestId("confirm-hold");
  await expect(hold.getByRole("heading", { name: "Nog niet geboekt: boek binnen 15 minuten" })).toBeVisible();
  await expect(hold).toContainText(/We houden deze tijd voor u vast tot .* om \d{2}:\d{2}\./);
  await expect(page.getByText("Uw aanvraag is verstuurd")).toHaveCount(0);
  // Right under the page's title: nothing else comes between.
  const afterTitle = await page.evaluate(() => {
    const h1 = document.querySelector("main h1");
    return h1?.nextElementSibling?.querySelector("[data-testid=confirm-hold]") !== null;
  });
  expect(afterTitle).toBe(true);
  await page.keyboard.press("Tab");
  await expect(hold.getByRole("button", { name: "Boek deze tijd" })).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Geboekt.");
  await expect(page.getByTestId("confirm-hold")).toHaveCount(0);

  // Asked once: the next request form sums up the address given, its fields folded away until asked.
  await page.goto(`/hulp/aanvragen?offer=consultation&${OPTIONS.split("?")[1]}`);
  await expect(page.getByTestId("known-address")).toContainText("Dit adres staat al in uw gegevens:");
  await expect(page.getByLabel("Straat")).toBeHidden();
  // Asking for someone else shows the address filled in: it is never sent for them unseen.
  await page.getByLabel("Voor een familielid of iemand anders").check();
  await expect(page.getByLabel("Straat")).toBeVisible();
  await page.getByLabel("Voor mijzelf").check();
  await expect(page.getByLabel("Straat")).toBeHidden();
  await page.getByText("Klopt dit adres nog?").click();
  await expect(page.getByLabel("Straat")).toBeVisible();
  await expect(page.getByLabel("Straat")).not.toHaveValue("");
  await expectNoSeriousAxeViolations(page);
});
