import { expect, test } from "@playwright/test";

// The Content-Security-Policy holds on pages with forms: no script asks for what it forbids
// (zod's probe for `new Function` did, on every page with a form).
test("pages with forms run without a single CSP violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|unsafe-eval/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  for (const path of ["/inloggen", "/registreren", "/hulp", "/aanbieder/aanmelden"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // Submitting an empty form runs the client-side schema too.
    await page.locator("main form button[type=submit]").first().click();
    await page.waitForTimeout(200);
  }
  expect(violations).toEqual([]);
});
