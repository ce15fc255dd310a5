// The notice list (issue 16) in a browser, at 1280 and 390 px: the demo's seeded notices, unread
// said in words, the count in the menu, following a notice, "Alles gelezen", and axe on each step.
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, login } from "./support";

const plural = (n: number) => (n === 1 ? "U hebt 1 ongelezen melding." : `U hebt ${n} ongelezen meldingen.`);

async function noSidewaysScroll(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${page.url()} at ${width} px`).toBeLessThanOrEqual(width);
}

// Two people, as the run shares one database: the consultant at 1280 px, the admin at 390 px.
const CASES = [
  {
    width: 1280,
    who: "consulent",
    line: "Dringend signaal over een inwoner",
    to: /\/consulent\/zaken\/\d+$/,
  },
  {
    width: 390,
    who: "beheer",
    line: "Nieuwe aanmelding van een aanbieder",
    to: /\/beheer\/aanbieders\/\d+$/,
  },
] as const;

for (const { width, who, line, to } of CASES) {
  test(`${who}'s notices at ${width} px: read one, then all`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await login(page, `${who}@demo.hulpwijzer.nl`);
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/meldingen");
    await expect(page.getByRole("heading", { level: 1, name: "Meldingen" })).toBeVisible();
    const list = page.getByRole("list").filter({ hasText: line });
    // The demo's flows write these notices (how many is theirs to say): the page, its list and the
    // menu must agree on the number.
    const said = await page.getByText(/^U hebt \d+ ongelezen meldingen?\.$/).textContent();
    const count = Number(/\d+/.exec(said ?? "")?.[0]);
    expect(count).toBeGreaterThan(1);
    await expect(list.getByRole("listitem")).toHaveCount(count);
    await expect(list.getByRole("listitem").filter({ has: page.getByText("Nieuw", { exact: true }) })).toHaveCount(
      count,
    );
    await expect(page.getByText(`U hebt ${count} ongelezen meldingen.`)).toBeVisible();
    // With the compact menu closed, its button shows the count: a badge to see, words to hear.
    if (width < 800) {
      const button = page.getByRole("button", { name: `Menu, ${count} nieuwe meldingen`, exact: true });
      await expect(button).toBeVisible();
      await expect(button.locator(".hw-menu-toggle__badge")).toHaveText(String(count));
      await expect(page.getByRole("link", { name: /^Meldingen/ })).toBeHidden();
      await button.click();
    }
    // The menu's count has a name that says what it counts.
    await expect(page.getByRole("link", { name: `Meldingen (${count} ongelezen)` })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await noSidewaysScroll(page, width);
    await page.screenshot({ path: `.tmp/notices-${width}.png`, fullPage: true });

    // Following a notice goes to the case and marks it read.
    await page.goto("/meldingen");
    await page.getByRole("link", { name: line }).first().click();
    await expect(page).toHaveURL(to);
    await page.goto("/meldingen");
    await expect(page.getByText(plural(count - 1))).toBeVisible();
    await expect(list.getByRole("listitem").filter({ has: page.getByText("Nieuw", { exact: true }) })).toHaveCount(
      count - 1,
    );

    await page.getByRole("button", { name: "Alles gelezen" }).click();
    await expect(page.getByRole("status")).toContainText("Alle meldingen zijn als gelezen gemarkeerd.");
    await expect(page.getByText("U hebt alle meldingen gelezen.")).toBeVisible();
    if (width < 800) await page.getByRole("button", { name: "Menu", exact: true }).click();
    await expect(page.getByRole("link", { name: "Meldingen", exact: true })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await noSidewaysScroll(page, width);
  });
}

test("the message preferences at 390 px", async ({ page }) => {
  await login(page, "fysio@demo.hulpwijzer.nl");
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto("/account/berichten");
  await page.getByLabel("Een nieuwe aanvraag").uncheck();
  await page.getByLabel("Engels (English)").check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("Uw keuzes zijn opgeslagen.");
  await expect(page.getByLabel("Een nieuwe aanvraag")).not.toBeChecked();
  await expectNoSeriousAxeViolations(page);
  await noSidewaysScroll(page, 390);
  await page.screenshot({ path: ".tmp/prefs-390.png", fullPage: true });
  // And at 320 CSS px (400% zoom), the preferences and the list still reflow.
  await page.setViewportSize({ width: 320, height: 800 });
  await noSidewaysScroll(page, 320);
  await page.goto("/meldingen");
  await expect(
    page.getByRole("link", { name: "Nieuwe aanvraag voor een Powerful Ageing-groep", exact: false }),
  ).toBeVisible();
  await noSidewaysScroll(page, 320);
  await expectNoSeriousAxeViolations(page);
});
