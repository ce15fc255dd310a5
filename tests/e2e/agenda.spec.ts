// The cleaner's agenda (issue 16) at 1280 and 390 px: a citizen books with her address and phone in
// the request form; the cleaner finds the visit week by week by keyboard, with the address and a
// phone to tap, the day view, 44 px links, no sideways scroll (WCAG 1.4.10) and axe clean; and
// the page that stops the whole booking, up to its confirmation.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_USERS } from "../../db/seed";
import { expectNoSeriousAxeViolations, fillAddress, login } from "./support";

const CLEANER = DEMO_USERS.find((u) => u.providerKey === "ans-de-vries")?.email ?? "";

async function noSidewaysScroll(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${page.url()} at ${width} px`).toBeLessThanOrEqual(width);
}

const ANSWERS = "postcode=3441AB&birthYear=1946&household=single&needs=cleaning&mobility=stairs&network=none";

/** A new citizen books the demo cleaner's first free weekly time, giving her address and phone. */
async function bookWithAddress(browser: Browser, name: string, street: string, phone: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = `agenda-${Date.now()}@example.nl`;
  await page.goto("/registreren");
  await page.getByLabel("Uw naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("mijn eerste hulp");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in om verder te gaan" })).toBeVisible();
  await page.getByLabel("Wachtwoord").fill("mijn eerste hulp");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  await page.goto(`/hulp/opties?${ANSWERS}`);
  const cleaner = page.getByRole("article").filter({ hasText: "Schoonmaakhulp Ans de Vries" });
  await cleaner.getByRole("link", { name: /Kies een tijd en boek/ }).click();
  await page
    .getByRole("group", { name: /Kies de tijd/ })
    .getByRole("radio")
    .first()
    .check();
  await fillAddress(page, { street, houseNumber: "9", phone });
  await page.getByRole("button", { name: "Deze tijd vasthouden" }).click();
  await page.getByRole("button", { name: "Boek deze tijd" }).click();
  await expect(page.getByRole("status")).toContainText("Geboekt.");
  // Afterwards she stops again: the demo cleaner's weekly times are what later specs book.
  return async () => {
    await page.getByTestId("cancel-request").click();
    await page.getByTestId("cancel-confirm").getByRole("button").click();
    await expect(page.getByRole("status")).toContainText("geannuleerd");
    await context.close();
  };
}

for (const [width, name, street, phone, shown] of [
  [1280, "Greet Jansen", "Lijnbaan", "06-12345004", "06 12345004"],
  [390, "Riet Smit", "Havenstraat", "0348 123456", "0348 123456"],
] as const) {
  test(`the cleaner finds her client's visit, address and phone in the agenda at ${width} px`, async ({
    page,
    browser,
  }) => {
    const stop = await bookWithAddress(browser, name, street, phone);
    // Logging in at desktop width: on a phone the logout button is behind the menu.
    await login(page, CLEANER);
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/aanbieder/agenda");
    await expect(page.getByRole("heading", { level: 1, name: "Agenda" })).toBeVisible();
    // The demo client booked the first free weekly time: this week or a later one. Move by keyboard.
    const visit = page
      .getByTestId("agenda-visit")
      .filter({ hasText: `Bezoek bij ${name}` })
      .first();
    for (let week = 0; week < 3 && !(await visit.isVisible()); week++) {
      const next = page.getByRole("link", { name: "Volgende week" });
      await next.focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/weergave=week/);
    }
    await expect(visit).toBeVisible();
    await expect(visit).toContainText(`${street} 9, 3441 AB Woerden`);
    await expect(visit.getByRole("link", { name: shown })).toHaveAttribute("href", `tel:${shown.replace(" ", "")}`);
    for (const name of ["Vorige week", "Vandaag", "Volgende week", "Dag", "Week"]) {
      const box = await page.getByRole("link", { name, exact: true }).boundingBox();
      expect(box?.height ?? 0, name).toBeGreaterThanOrEqual(44);
    }
    await noSidewaysScroll(page, width);
    await expectNoSeriousAxeViolations(page);

    // The day view of that visit's day, and back to today.
    const dayHeading = visit.locator("xpath=ancestor::section[1]").getByRole("heading", { level: 2 });
    const dayId = await dayHeading.getAttribute("id");
    const day = dayId?.replace(/^dag-/, "") ?? "";
    await page.goto(`/aanbieder/agenda?dag=${day}&weergave=dag`);
    await expect(page.getByTestId("agenda-visit").filter({ hasText: name }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Vorige dag" })).toBeVisible();
    await noSidewaysScroll(page, width);
    await page.getByRole("link", { name: "Vandaag" }).click();
    await expect(page).toHaveURL(/weergave=dag/);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `.tmp/agenda-${width}.png`, fullPage: true });

    // Stopping the whole booking starts on its own page: what happens, a reason asked in Dutch,
    // and the way back (ADR 041). Not confirmed here: the demo cleaner's times serve later specs.
    await page.goto(`/aanbieder/agenda?dag=${day}&weergave=dag`);
    await page
      .getByTestId("agenda-visit")
      .filter({ hasText: name })
      .first()
      .getByRole("link", { name: /Hele afspraak stoppen/ })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Hele afspraak stoppen" })).toBeVisible();
    await expect(page.getByTestId("provider-end-visits").getByRole("listitem").first()).toBeVisible();
    await page.getByRole("button", { name: "Ja, stop de hele afspraak" }).click();
    await expect(page.getByText("Kies waarom u stopt met deze afspraak.")).toBeVisible();
    await noSidewaysScroll(page, width);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("link", { name: "Nee, terug naar de agenda" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Agenda" })).toBeVisible();
    await stop();
  });
}
