// The consultant's loop with providers, as people would click through it: steering to a cleaner,
// granting ZIN that the provider accepts and evaluates, and a signal that the consultant closes.
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, login, logout } from "./support";

test.describe.configure({ mode: "serial" });

const CONSULTANT = "consulent@demo.hulpwijzer.nl";
const PROVIDER = "aanbieder@demo.hulpwijzer.nl";

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("a consultant opens a ZIN request, records the talk and steers to a private cleaner", async ({ page }) => {
  await login(page, CONSULTANT);
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(nav.getByRole("link", { name: /^Inbox \(\d+\)$/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: /Open zaak – Johanna de Boer, Zorg in natura/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zaak van Johanna de Boer" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page
    .getByLabel("Situatie", { exact: true })
    .fill("Woont alleen, heeft moeite met stofzuigen sinds een heupoperatie.");
  await page.getByLabel("Wat de inwoner zelf nog kan").fill("Koken en de kleine was.");
  await page.getByLabel("Boodschappendienst").check();
  await page.getByRole("button", { name: "Gesprek opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("Opgeslagen.");
  await expect(page.getByLabel("Situatie", { exact: true })).toHaveValue(/heupoperatie/);

  // A decision without a reason is explained, and nothing is lost.
  await page
    .getByRole("radio", { name: /^Een vaste particuliere schoonmaakhulp – / })
    .first()
    .check();
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByText("Kies een reden.")).toBeVisible();
  await page
    .getByRole("radio", { name: /^Een vaste particuliere schoonmaakhulp – / })
    .first()
    .check();
  await page.getByLabel("Reden", { exact: true }).selectOption({ label: "Particuliere hulp past en is betaalbaar" });
  await page.getByLabel("Toelichting").fill("Wil snel beginnen; kan het betalen.");
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByRole("status")).toContainText("Besluit vastgelegd");
  await expect(page.getByText(/Particuliere hulp past en is betaalbaar \(Wil snel beginnen/)).toBeVisible();
  await page.goto("/consulent");
  await expect(page.getByRole("link", { name: /Johanna de Boer/ })).toHaveCount(0);
});

test("another case gets ZIN with an indication; the provider accepts it and evaluates a running one", async ({
  page,
}) => {
  await login(page, CONSULTANT);
  await page.getByRole("link", { name: /Open zaak – Henk Bakker/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zaak van Henk Bakker" })).toBeVisible();
  // ZIN needs the citizen's consent to share the intake first.
  await page.getByLabel("De inwoner geeft toestemming om de samenvatting te delen").check();
  await page.getByLabel("Telefoonnummer (optioneel)").fill("0348 123 456");
  await page.getByRole("button", { name: "Toestemming opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("Opgeslagen.");

  await page
    .getByRole("radio", { name: /^Huishoudelijke hulp van een thuiszorgaanbieder – Thuiszorg Groene Hart/ })
    .check();
  await page.getByLabel("Reden", { exact: true }).selectOption({ label: "Zorg in natura nodig (complexe situatie)" });
  await page.getByLabel("Uren per week").fill("2,5");
  await page.getByLabel("Ingangsdatum").fill(inDays(7));
  await expect(page.getByLabel("Duur")).toHaveValue("3");
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByRole("status")).toContainText("Indicatie vastgelegd en verwijzing verstuurd");
  await expect(page.getByRole("heading", { name: "Indicatie: 2,5 uur per week" })).toBeVisible();
  await expect(page.getByText("Verstuurd, wacht op de aanbieder", { exact: true })).toBeVisible();
  await logout(page);

  // The provider sees the referral with the intake, and accepts with a start date.
  await login(page, PROVIDER);
  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: /^Verwijzingen/ })
    .click();
  await expectNoSeriousAxeViolations(page);
  // Before it accepts, the provider sees the area and the needs, not who or where (issue 16).
  const waiting = page
    .locator("section", { has: page.getByRole("heading", { level: 2, name: /^Inwoner in \d{4}$/ }) })
    .filter({ has: page.getByRole("button", { name: /^Accepteren/ }) });
  await expect(waiting).toHaveCount(1);
  await expect(waiting).not.toContainText("Henk Bakker");
  await expect(waiting).not.toContainText("0348 123 456");
  await waiting.getByLabel(/^Startdatum/).fill(inDays(8));
  await waiting.getByRole("button", { name: /^Accepteren/ }).click();
  await expect(page.getByRole("status")).toBeVisible();
  // Accepted: now the name and the phone.
  const henk = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Henk Bakker" }) });
  await expect(henk).toContainText("Geaccepteerd");
  await expect(henk).toContainText("0348 123 456");

  // Anna Visser's help has run almost three months: her evaluation is due.
  const anna = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Anna Visser" }) });
  await expect(anna).toContainText("Evaluatie nodig");
  await anna.getByRole("radio", { name: "Evenveel uren" }).check();
  await anna
    .getByLabel(/^Korte toelichting/)
    .fill("Het huis blijft schoon met 2,5 uur; mevrouw doet de kleine was zelf.");
  await anna.getByRole("button", { name: /^Evaluatie versturen/ }).click();
  await expect(anna).toContainText("Evenveel uren");
  await logout(page);

  // The consultant sees the evaluation come in and handles it.
  await login(page, CONSULTANT);
  await page.getByLabel("Toon").selectOption("evaluation");
  await page.getByRole("button", { name: "Toepassen" }).click();
  await page.getByRole("link", { name: /Open zaak – Anna Visser, Evaluatie ontvangen/ }).click();
  await expect(page.getByText("Evaluatie van de aanbieder: de uren passen")).toBeVisible();
  await page.getByLabel("Vervolg (bijvoorbeeld herindicatie)").fill("Indicatie verlengen met 12 maanden.");
  await page.getByRole("button", { name: "Evaluatie afhandelen" }).click();
  await expect(page.getByText(/Afgehandeld op .*: Indicatie verlengen met 12 maanden\./)).toBeVisible();
});

test("a provider raises a signal and the consultant closes it", async ({ page }) => {
  await login(page, PROVIDER);
  await page.goto("/aanbieder/signalen");
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel(/^Cliënt/).selectOption({ label: "Anna Visser, 3441AB (huishoudelijke hulp in natura)" });
  await page.getByLabel(/^Soort signaal/).selectOption({ label: "Eenzaamheid" });
  await page.getByRole("radio", { name: "Normaal" }).check();
  await page.getByLabel(/^Wat ziet u\?/).fill("Mevrouw zegt dat ze de hele week niemand spreekt.");
  await page.getByRole("button", { name: "Signaal melden" }).click();
  await expect(page.getByRole("status")).toContainText("Het signaal is gemeld bij de gemeente.");
  await logout(page);

  await login(page, CONSULTANT);
  await page.goto("/consulent?soort=signal");
  await page.getByRole("link", { name: /Open zaak – Anna Visser, Eenzaamheid/ }).click();
  const box = page.locator("article", {
    has: page.getByRole("heading", { name: /^Eenzaamheid – van Thuiszorg Groene Hart/ }),
  });
  await box.getByRole("button", { name: /^Oppakken/ }).click();
  await expect(page.getByRole("status")).toContainText("Opgeslagen.");
  await box.getByRole("textbox").fill("Aangemeld bij de ontmoetingsgroep in de wijk.");
  await box.getByRole("button", { name: /^Signaal afsluiten/ }).click();
  await expect(box).toContainText("Afgesloten: Aangemeld bij de ontmoetingsgroep in de wijk.");
  await logout(page);

  // The provider sees that it was picked up.
  await login(page, PROVIDER);
  await page.goto("/aanbieder/signalen");
  await expect(page.getByText(/Afgesloten op/).first()).toBeVisible();
});

test("a private cleaner sees visits and payments", async ({ page }) => {
  await login(page, "schoonmaak@demo.hulpwijzer.nl");
  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: "Bezoeken en betalingen" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Bezoeken en betalingen" })).toBeVisible();
  await expect(page.getByText("Ontvangen van inwoners").first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("the admin reads who looked at which case in the audit log", async ({ page }) => {
  await login(page, CONSULTANT);
  await page.goto("/consulent/zaken");
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Zoeken").fill("visser");
  await page.getByRole("button", { name: "Zoek" }).click();
  await expect(page.getByRole("link", { name: "Anna Visser" })).toBeVisible();
  await logout(page);

  await login(page, "beheer@demo.hulpwijzer.nl");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Auditlog" }).click();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel(/^Actie/).selectOption({ label: "Dossier bekeken" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  const rows = page.getByRole("row").filter({ hasText: "Dossier bekeken" });
  expect(await rows.count()).toBeGreaterThan(0);
  await expect(rows.first()).toContainText("consulent@demo.hulpwijzer.nl");
  await expect(page.getByRole("row").filter({ hasText: "Ingelogd" })).toHaveCount(0);

  // The dashboard tells a year's story (the demo history), as charts with their numbers.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard kwaliteit en wachtlijsten" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Doorlooptijden (dagen)" })).toBeVisible();
  expect(await page.locator(".hw-bars__bar").count()).toBeGreaterThan(3);
  await expectNoSeriousAxeViolations(page);
  // Chart labels whole and at least the body's size, at 1280 and at 390 px; nothing widens the page.
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const problems = await page.evaluate(() => {
      const body = Number.parseFloat(getComputedStyle(document.body).fontSize);
      const bad: string[] = [];
      for (const el of document.querySelectorAll(".hw-bars__label, .hw-bars__value, .hw-chart--line text")) {
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue; // a chart hidden on a phone: its table says the same
        if (r.left < 0 || r.right > window.innerWidth + 0.5) bad.push(`cut off: ${el.textContent}`);
        if (Number.parseFloat(getComputedStyle(el).fontSize) < body) bad.push(`small: ${el.textContent}`);
      }
      if (document.documentElement.scrollWidth > window.innerWidth) bad.push("the page scrolls sideways");
      return bad;
    });
    expect(problems, `${width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByLabel("Gebied").selectOption({ label: "Hele regio Utrecht West" });
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page.getByText(/Cijfers over Utrecht West/)).toBeVisible();

  // Complaints are handled in their own list.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Klachten" }).click();
  await expectNoSeriousAxeViolations(page);

  // The municipality's policy offers no HHT: there is no HHT statement in the menu.
  await expect(
    page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "HHT-overzicht" }),
  ).toHaveCount(0);
});
