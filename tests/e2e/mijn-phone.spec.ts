// /mijn and the request page on a phone, and calling a visit off by keyboard (issue 15): the next
// visit's card leads to a confirmation that takes focus, the notice after it takes focus too, and
// at 390 and 320 CSS px nothing scrolls sideways (WCAG 1.4.10); axe is clean on every step.
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, fillAddress } from "./support";

const ANSWERS = "postcode=3441AB&birthYear=1946&household=single&needs=cleaning&mobility=stairs&network=none";

async function noSidewaysScroll(page: Page, width: number) {
  await page.setViewportSize({ width, height: 800 });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${page.url()} at ${width} px`).toBeLessThanOrEqual(width);
}

test("a citizen with a weekly cleaner sees the next visit, cancels it by keyboard, and /mijn reflows on a phone", async ({
  page,
}) => {
  const email = `telefoon-${Date.now()}@example.nl`;
  await page.goto("/registreren");
  await page.getByLabel("Uw naam").fill("Truus Telefoon");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("mijn eerste hulp");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in om verder te gaan" })).toBeVisible();
  await page.getByLabel("Wachtwoord").fill("mijn eerste hulp");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();

  // Book a weekly cleaner.
  await page.goto(`/hulp/opties?${ANSWERS}`);
  const cleaner = page.getByRole("article").filter({ hasText: "Schoonmaakhulp Ans de Vries" });
  await cleaner.getByRole("link", { name: /Kies een tijd en boek/ }).click();
  await page
    .getByRole("group", { name: /Kies de tijd/ })
    .getByRole("radio")
    .first()
    .check();
  await fillAddress(page);
  await page.getByRole("button", { name: "Deze tijd vasthouden" }).click();
  await page.getByRole("button", { name: "Boek deze tijd" }).click();
  await expect(page.getByRole("status")).toContainText("Geboekt.");

  // /mijn: when help comes, and the calendar without its raw address.
  await page.goto("/mijn");
  const card = page.getByRole("region", { name: "Volgende bezoek" });
  await expect(card).toContainText("huishoudelijke hulp van Schoonmaakhulp Ans de Vries");
  await expect(page.getByRole("region", { name: "Zet in mijn agenda" })).toBeVisible();
  await expect(page.getByTestId("calendar-link")).toHaveAttribute("href", /^webcal:\/\//);
  await expectNoSeriousAxeViolations(page);
  await noSidewaysScroll(page, 390);
  await expectNoSeriousAxeViolations(page);
  await noSidewaysScroll(page, 320);
  // On a phone the table is cards: status and the way to the request are on screen.
  const row = page.getByTestId("requests").getByRole("row").filter({ hasText: "Schoonmaakhulp Ans de Vries" });
  const status = row.getByText("Geboekt");
  await status.scrollIntoViewIfNeeded();
  await expect(status).toBeInViewport({ ratio: 1 });
  const open = row.getByRole("link", { name: /Bekijken/ });
  await open.scrollIntoViewIfNeeded();
  await expect(open).toBeInViewport({ ratio: 1 });
  const link = await open.boundingBox();
  const box = await row.boundingBox();
  expect(link?.height ?? 0).toBeGreaterThanOrEqual(44);
  // The card holds its cells (they do not spill over what follows).
  expect((link?.y ?? 0) + (link?.height ?? 0)).toBeLessThanOrEqual((box?.y ?? 0) + (box?.height ?? 0));

  // The card's cancel link, by keyboard: the confirmation takes focus and says what it costs.
  const cancel = card.getByRole("link", { name: "Dit bezoek afzeggen" });
  await cancel.focus();
  await page.keyboard.press("Enter");
  const confirm = page.getByTestId("cancel-visit-confirm");
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(/gratis|betaalt/);
  await expect(confirm.locator(".hw-announce")).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await noSidewaysScroll(page, 320);
  const yes = confirm.getByRole("button", { name: /^Ja, / });
  await yes.focus();
  await page.keyboard.press("Enter");

  // The notice is where the eye is: focused, naming the date.
  const notice = page.getByTestId("cancel-notice");
  await expect(notice).toContainText(/Het bezoek van .+ is afgezegd\./);
  await expect(page.locator("#melding .hw-announce")).toBeFocused();
  await expect(page.getByTestId("cancelled-visit").first()).toContainText("afgezegd");
  await expectNoSeriousAxeViolations(page);
  await noSidewaysScroll(page, 390);
  await noSidewaysScroll(page, 320);
});
