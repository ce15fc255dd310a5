// The cleaner's agenda (issue 16) at 1280 and 390 px: the demo client's booked visit with her
// address and phone, week by week by keyboard, the day view, 44 px links, no sideways scroll
// (WCAG 1.4.10) and axe clean.
import { expect, type Page, test } from "@playwright/test";
import { DEMO_USERS } from "../../db/seed";
import { expectNoSeriousAxeViolations, login } from "./support";

const CLEANER = DEMO_USERS.find((u) => u.providerKey === "ans-de-vries")?.email ?? "";

async function noSidewaysScroll(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${page.url()} at ${width} px`).toBeLessThanOrEqual(width);
}

for (const width of [1280, 390]) {
  test(`the cleaner finds her client's visit, address and phone in the agenda at ${width} px`, async ({ page }) => {
    // Logging in at desktop width: on a phone the logout button is behind the menu.
    await login(page, CLEANER);
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/aanbieder/agenda");
    await expect(page.getByRole("heading", { level: 1, name: "Agenda" })).toBeVisible();
    // The demo client booked the first free weekly time: this week or a later one. Move by keyboard.
    const visit = page.getByTestId("agenda-visit").filter({ hasText: "Bezoek bij Greet Jansen" }).first();
    for (let week = 0; week < 3 && !(await visit.isVisible()); week++) {
      const next = page.getByRole("link", { name: "Volgende week" });
      await next.focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/weergave=week/);
    }
    await expect(visit).toBeVisible();
    await expect(visit).toContainText("Lijnbaan 9, 3441 AB Woerden");
    await expect(visit.getByRole("link", { name: "06 12345004" })).toHaveAttribute("href", "tel:0612345004");
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
    await expect(page.getByTestId("agenda-visit").filter({ hasText: "Greet Jansen" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Vorige dag" })).toBeVisible();
    await noSidewaysScroll(page, width);
    await page.getByRole("link", { name: "Vandaag" }).click();
    await expect(page).toHaveURL(/weergave=dag/);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `.tmp/agenda-${width}.png`, fullPage: true });
  });
}
