import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { fillAddress } from "./support";

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function next(page: Page, button = "Volgende") {
  await axeClean(page);
  await page.getByRole("button", { name: button }).click();
}

test("a new citizen goes from postcode to a booked weekly cleaner and sees it in /mijn", async ({ page }) => {
  // Nine questions, a sign-up and a booking, each page checked with axe: more than the default 30 s on a busy machine.
  test.slow();
  await page.goto("/");
  await page.getByRole("link", { name: "Zoek hulp die bij u past" }).click();

  await expect(page.getByText("Stap 1 van 9")).toBeVisible();
  await page.getByLabel(/^Voor mijzelf/).check();
  await next(page);

  await expect(page.getByText("Stap 2 van 9")).toBeVisible();
  await page.getByLabel(/^Postcode/).fill("3441 ab");
  await next(page);

  await expect(page.getByText("Stap 3 van 9")).toBeVisible();
  await page.getByLabel(/^Geboortejaar/).fill("1948");
  await next(page);

  // A back link keeps the answer.
  await expect(page.getByText("Stap 4 van 9")).toBeVisible();
  await page.getByRole("link", { name: "Vorige stap" }).click();
  await expect(page.getByText("Stap 3 van 9")).toBeVisible();
  await expect(page.getByLabel(/^Geboortejaar/)).toHaveValue("1948");
  await next(page);

  await page.getByLabel("Ik woon alleen").check();
  await next(page);
  await page.getByLabel(/^Schoonmaken/).check();
  await next(page);
  await page.getByLabel("Traplopen gaat moeilijk").check();
  await next(page);
  await page.getByLabel("Nee, er is niemand").check();
  await next(page);
  await page.getByLabel("€ 2.500 tot € 3.000").check();
  await next(page);
  await expect(page.getByText("Stap 9 van 9")).toBeVisible();
  await next(page, "Toon mijn mogelijkheden");

  await expect(page.getByRole("heading", { level: 1, name: "Uw mogelijkheden" })).toBeVisible();
  await expect(page).toHaveURL(/postcode=3441AB/);
  await axeClean(page);
  const cleaner = page.getByRole("article").filter({ hasText: "Schoonmaakhulp Ans de Vries" });
  await expect(cleaner).toContainText("per maand");
  await cleaner.getByRole("link", { name: /Kies een tijd en boek/ }).click();

  // An account is needed: register, log in, and come straight back to the request.
  await expect(page.getByText("Om hulp aan te vragen heeft u een account nodig.")).toBeVisible();
  await axeClean(page);
  await page.getByRole("link", { name: "Maak een account aan" }).click();
  await page.getByLabel("Uw naam").fill("Gerda Hoogland");
  await page.getByLabel("E-mailadres").fill(`gerda-${Date.now()}@example.nl`);
  await page.getByLabel("Wachtwoord").fill("mijn eerste hulp");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  // Registration ends on a neutral page with the login form (ADR 017): wait for it before typing.
  await expect(page.getByRole("heading", { level: 1, name: "Log in om verder te gaan" })).toBeVisible();
  await page.getByLabel("Wachtwoord").fill("mijn eerste hulp");
  await page.getByRole("button", { name: "Inloggen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Aanvragen" })).toBeVisible();
  await axeClean(page);
  const firstTime = page
    .getByRole("group", { name: /Kies de tijd/ })
    .getByRole("radio")
    .first();
  const chosen = await page
    .getByRole("group", { name: /Kies de tijd/ })
    .locator("label")
    .first()
    .textContent();
  await firstTime.check();
  await fillAddress(page);
  await page.getByRole("button", { name: "Deze tijd vasthouden" }).click();

  await expect(page.getByText("Tijd vastgehouden (nog niet geboekt)").first()).toBeVisible();
  await axeClean(page);
  await page.getByRole("button", { name: "Boek deze tijd" }).click();
  await expect(page.getByRole("status")).toContainText("Geboekt. Hieronder staat wanneer");
  const firstVisit = page.getByRole("region", { name: "Geboekte bezoeken" }).getByRole("listitem").first();
  // The label is "<when>, <hours> uur: <price per visit>, <price per month>": the visit is the when.
  await expect(firstVisit).toContainText((chosen ?? "").split(", ")[0] ?? "");
  const month = /(€\s[\d.,]+) per maand/.exec(chosen ?? "")?.[1] ?? "missing";
  await expect(page.getByRole("region", { name: "Prijs en betalen" })).toContainText(
    `u betaalt gemiddeld ${month} per maand`,
  );
  // The price of a visit, split, and how it is paid (no Stripe keys here: directly to the cleaner).
  await expect(page.getByRole("region", { name: "Prijs en betalen" })).toContainText(/Een bezoek van .* uur kost/);
  await expect(page.getByText("Online betalen staat uit.")).toBeVisible();
  await expect(firstVisit.getByText(/^Dit bezoek afzeggen/)).toBeVisible();
  await axeClean(page);

  await page.getByRole("link", { name: "Terug naar mijn overzicht" }).click();
  await expect(page).toHaveURL(/\/mijn$/);
  const row = page.getByRole("row").filter({ hasText: "Schoonmaakhulp Ans de Vries" });
  await expect(row).toContainText("Geboekt");
  await axeClean(page);
});

test("the question flow works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/hulp");
  await page.getByLabel(/^Voor mijzelf/).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByLabel(/^Postcode/).fill("1011 AB");
  await page.getByRole("button", { name: "Volgende" }).click();
  // Not a mistake to correct: a page that says so and shows the way on.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("De gemeente Amsterdam doet nog niet mee");
  await expect(page.getByRole("link", { name: /Regelhulp/ })).toBeVisible();
  await page.getByRole("link", { name: /Vul een andere postcode in/ }).click();
  await page.getByLabel(/^Postcode/).fill("3441AB");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("Stap 3 van 9")).toBeVisible();
  await page.getByLabel(/^Geboortejaar/).fill("19");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("alert")).toContainText("Vul het geboortejaar in met vier cijfers");
  await context.close();
});
