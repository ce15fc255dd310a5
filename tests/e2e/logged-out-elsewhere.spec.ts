// Two browsers of one person (ADR 040): the password changed in one, the other is sent to the login
// page on its next click and told why there, once.

import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, login, register } from "./support";

test("the other browser is told its session ended because the password was changed", async ({ browser }) => {
  const email = `twee-${Date.now()}@example.nl`;
  const first = await browser.newContext();
  const second = await browser.newContext();
  const here = await first.newPage();
  const there = await second.newPage();
  await register(here, "Twan Twee", email, "mijn oude wachtwoord");
  await login(here, email, "mijn oude wachtwoord");
  await login(there, email, "mijn oude wachtwoord");

  await here.goto("/account/wachtwoord");
  await here.getByLabel("Huidig wachtwoord").fill("mijn oude wachtwoord");
  await here.getByRole("textbox", { name: "Nieuw wachtwoord (verplicht)", exact: true }).fill("mijn nieuwe wachtwoord");
  await here.getByLabel("Herhaal het nieuwe wachtwoord").fill("mijn nieuwe wachtwoord");
  await here.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(here.getByText("Op andere apparaten bent u uitgelogd.")).toBeVisible();

  await there.goto("/mijn");
  await expect(there).toHaveURL(/\/inloggen\?redirectTo=%2Fmijn$/);
  await expect(there.getByRole("status")).toContainText(
    "U bent uitgelogd omdat het wachtwoord van dit account is gewijzigd. Log opnieuw in met het nieuwe wachtwoord.",
  );
  await expectNoSeriousAxeViolations(there);
  // Once: a reload is an ordinary login page.
  await there.reload();
  await expect(there.getByText("U bent uitgelogd")).toHaveCount(0);
  await login(there, email, "mijn nieuwe wachtwoord");
  await first.close();
  await second.close();
});
