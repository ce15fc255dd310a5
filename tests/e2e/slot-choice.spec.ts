// The cleaner's weekly times on the request form (issue 16 walk), at 390 and 1280 px: each time and
// its price hint stand apart from the next option (they ran together on a phone), nothing scrolls
// sideways, and every option is a 44 px target.
import { expect, test } from "@playwright/test";
import { login } from "./support";

const OPTIONS =
  "/hulp/opties?postcode=3441AB&birthYear=1946&household=single&needs=cleaning&mobility=stairs&network=none";

for (const width of [390, 1280]) {
  test(`the weekly times stand apart at ${width} px`, async ({ page }) => {
    // Logging in at desktop width: on a phone the logout button is behind the menu.
    await login(page, "inwoner@demo.hulpwijzer.nl");
    await page.setViewportSize({ width, height: 900 });
    await page.goto(OPTIONS);
    await page
      .getByRole("link", { name: /Kies een tijd en boek/ })
      .first()
      .click();
    const group = page.getByRole("group", { name: /Kies de tijd/ });
    await expect(group.getByRole("radio").first()).toBeVisible();
    const boxes = await group.locator(".hw-choice").evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: r.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(1);
    for (const [i, box] of boxes.entries()) {
      expect(box.height, `option ${i}`).toBeGreaterThanOrEqual(44);
      const next = boxes[i + 1];
      // At least 8 px of space between one option (its hint included) and the next.
      if (next) expect(next.top - box.bottom, `between option ${i} and ${i + 1}`).toBeGreaterThanOrEqual(8);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await group.screenshot({ path: `.tmp/slot-choice-${width}.png` });
  });
}
