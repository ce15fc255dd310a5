// Staff pages name their controls in words (issue 15): a capacity record's edit and delete
// controls say which record ("Verwijderen vrijdag 09:00–12:00"), never its internal reference.
import { expect, test } from "@playwright/test";
import { login } from "./support";

test("the capacity page's edit and delete controls are named by the record, not by its reference", async ({ page }) => {
  await login(page, "schoonmaak@demo.hulpwijzer.nl");
  await page.goto("/aanbieder/capaciteit");
  const refs = await page
    .locator('input[name="externalRef"][type="hidden"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(refs.length).toBeGreaterThan(0);
  const window =
    /^(Verwijderen|Wijzigen) (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d\d:\d\d–\d\d:\d\d$/;
  const windowSection = page.getByRole("region", { name: "Vaste werktijden per week" });
  const deletes = windowSection.getByRole("button", { name: /^Verwijderen/ });
  expect(await deletes.count()).toBeGreaterThan(0);
  for (const name of await deletes.evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ""))) {
    expect(name).toMatch(window);
  }
  // One such control is found by its name in words, as a screen reader user would ask for it.
  const first = (await deletes.first().textContent())?.trim() ?? "";
  await expect(page.getByRole("button", { name: first, exact: true })).toHaveCount(1);
  await expect(
    windowSection.getByRole("link", { name: first.replace("Verwijderen", "Wijzigen"), exact: true }),
  ).toHaveCount(1);
  // No control on the page is named by a reference.
  const names = await page
    .locator("main")
    .getByRole("button")
    .or(page.locator("main").getByRole("link"))
    .evaluateAll((els) => els.map((e) => e.textContent ?? ""));
  for (const ref of refs) for (const name of names) expect(name).not.toContain(ref);
  // A day off is named by its dates in words.
  const daysOff = page.getByRole("region", { name: "Vrije dagen (vakantie, ziekte)" });
  for (const name of await daysOff
    .getByRole("button", { name: /^Verwijderen/ })
    .evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ""))) {
    expect(name).toMatch(/^Verwijderen vrij (op|van) \d+ \S+ \d{4}/);
  }
});

test("after saving or deleting, focus is on the notice, not on the next row's delete button", async ({ page }) => {
  await login(page, "schoonmaak@demo.hulpwijzer.nl");
  await page.goto("/aanbieder/capaciteit");
  const daysOff = page.getByRole("region", { name: "Vrije dagen (vakantie, ziekte)" });
  // Days off far beyond the slot horizon: no visit changes, and the row is deleted again below.
  const day = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);
  await daysOff.getByLabel("Eerste vrije dag").fill(day);
  await daysOff.getByLabel("Laatste vrije dag").fill(day);
  await daysOff.getByRole("button", { name: "Opslaan" }).click();
  const notice = page.locator(".hw-announce");
  await expect(notice).toContainText("Opgeslagen");
  await expect(notice).toBeFocused();
  const mine = daysOff.getByRole("button", { name: /^Verwijderen vrij op/ }).last();
  await mine.click();
  await expect(notice).toContainText("Verwijderd");
  await expect(notice).toBeFocused();
});
