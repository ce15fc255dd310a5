// Issue 15: a daughter looks for help for her mother. Every question is about the mother, the
// options page says so, and the request page says who asked for whom.
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

test("a daughter finds and requests help for her mother, worded for the mother", async ({ page }) => {
  // Nine questions, a sign-up and a booking, each page checked with axe: more than the default 30 s on a busy machine.
  test.slow();
  await page.goto("/hulp");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Voor wie zoekt u hulp?");
  await page.getByLabel("Voor mijn moeder").check();
  await next(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat is de postcode van uw moeder?");
  await page.getByLabel(/^Postcode/).fill("0000 AA");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("alert")).toContainText("Een postcode begint niet met een 0.");
  await page.getByLabel(/^Postcode/).fill("3441 AB");
  await next(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("In welk jaar is uw moeder geboren?");
  await page.getByLabel(/^Geboortejaar/).fill(String(new Date().getFullYear() + 3));
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("alert")).toContainText("Dit jaar moet nog komen.");
  await page.getByLabel(/^Geboortejaar/).fill("1941");
  await next(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Woont uw moeder alleen of samen?");
  await page.getByLabel("Uw moeder woont alleen").check();
  await next(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Met welk werk in huis heeft uw moeder hulp nodig?");
  await page.getByLabel(/^Schoonmaken/).check();
  await next(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gaat bewegen moeilijk voor uw moeder?");
  await page.getByLabel("Opstaan uit een stoel gaat moeilijk").check();
  await next(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kan iemand in de omgeving van uw moeder helpen?");
  await page.getByLabel("Nee, er is niemand").check();
  await next(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat is ongeveer het inkomen van uw moeder?");
  await page.getByLabel("Zeg ik liever niet").check();
  await next(page);

  // An empty start date is a message on this page, not a trip back to the first question.
  await page.getByLabel(/^Vanaf/).fill("");
  await page.getByRole("button", { name: "Toon mijn mogelijkheden" }).click();
  await expect(page.getByRole("alert")).toContainText("Vul een datum in.");
  await expect(page.getByText("Stap 9 van 9")).toBeVisible();
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
  await page.getByLabel(/^Vanaf/).fill(today);
  await next(page, "Toon mijn mogelijkheden");

  await expect(page.getByRole("heading", { level: 1, name: "Uw mogelijkheden" })).toBeVisible();
  await expect(page.getByText("U zoekt hulp voor uw moeder.")).toBeVisible();
  await expect(page.getByText("Voor Woerden.", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Uitleg van de woorden" }).click();
  await expect(page.getByRole("heading", { name: "Wat betekenen de woorden op deze pagina?" })).toBeVisible();
  await expect(page.getByText("Pgb (persoonsgebonden budget)")).toBeVisible();
  await axeClean(page);

  const zin = page.getByRole("article").filter({ hasText: "Thuiszorg Groene Hart" });
  await zin.getByRole("link", { name: /Aanvragen/ }).click();
  await page.getByRole("link", { name: "Maak een account aan" }).click();
  await page.getByLabel("Uw naam").fill("Greet Jansen-de Wit");
  await page.getByLabel("E-mailadres").fill(`greet-${Date.now()}@example.nl`);
  await page.getByLabel("Wachtwoord").fill("voor mijn moeder");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in om verder te gaan" })).toBeVisible();
  await page.getByLabel("Wachtwoord").fill("voor mijn moeder");
  await page.getByRole("button", { name: "Inloggen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Aanvragen" })).toBeVisible();
  // She said so in the questions: the request starts as one for someone else.
  await expect(page.getByLabel("Voor een familielid of iemand anders")).toBeChecked();
  await page.getByLabel("Naam van degene voor wie u dit aanvraagt").fill("Marie Jansen");
  await page.getByLabel(/^Wat bent u van deze persoon/).fill("dochter");
  await page.getByLabel(/weet hiervan en vindt het goed/).check();
  await fillAddress(page);
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /^Uw aanvraag/ })).toBeVisible();
  await expect(page.getByText("Marie Jansen, door u als dochter")).toBeVisible();
  await axeClean(page);
});
