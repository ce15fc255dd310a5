// Phone and zoom (WCAG 1.4.10 reflow, 2.5.5/2.5.8 target size): every page of every role at 390 and
// 320 CSS px has no sideways scroll and passes axe; the compact header's menu button works with the
// keyboard (and without JavaScript); the header's and menu's targets are 44 px high; at 200% zoom
// (1280 px wide → 640 CSS px) the first option of /hulp/opties shows on the first screen.
import { type Browser, type BrowserContext, expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, fillAddress, login } from "./support";

const WIDTHS = [390, 320] as const;
const HELP = "postcode=3441AB&birthYear=1946&household=single&needs=cleaning&network=none";
const OPTIONS = `/hulp/opties?${HELP}`;

/** A page to check: a path, or the first link on a list page (a case, a provider) found by its href. */
type Target = string | { list: string; href: string };

type Role = {
  name: string;
  email: string | null;
  pages: Target[];
  /** Pages another part of issue 15 converts: kept as test.fixme until it lands, with its owner. */
  fixme?: Record<string, string>;
};

const ROLES: Role[] = [
  { name: "visitor", email: null, pages: ["/", "/hulp", OPTIONS, "/inloggen", "/registreren", "/aanbieder/aanmelden"] },
  {
    name: "citizen",
    email: "inwoner@demo.hulpwijzer.nl",
    pages: ["/mijn", "/mijn/gegevens", "/account/sessies", "/account", OPTIONS],
    // /mijn passes here only because the demo citizen has no requests yet (no table): its table is converted
    // by the helper who owns app/routes/mijn._index.tsx (issue 15, /mijn part).
  },
  {
    name: "cleaner",
    email: "schoonmaak@demo.hulpwijzer.nl",
    pages: [
      "/aanbieder",
      "/aanbieder/aanvragen",
      "/aanbieder/bezoeken",
      "/aanbieder/klachten",
      "/aanbieder/capaciteit",
      "/aanbieder/geschiedenis",
      "/aanbieder/api-sleutels",
      "/aanbieder/collegas",
      "/account",
    ],
  },
  {
    name: "ZIN provider",
    email: "aanbieder@demo.hulpwijzer.nl",
    pages: ["/aanbieder", "/aanbieder/verwijzingen", "/aanbieder/signalen", "/aanbieder/capaciteit", "/account"],
  },
  {
    name: "consultant",
    email: "consulent@demo.hulpwijzer.nl",
    pages: [
      "/consulent",
      "/consulent?soort=signal",
      "/consulent/zaken",
      { list: "/consulent/zaken", href: "/consulent/zaken/" },
      "/account/sessies",
      "/account",
    ],
  },
  {
    name: "admin",
    email: "beheer@demo.hulpwijzer.nl",
    pages: [
      "/beheer",
      "/beheer/dashboard",
      "/beheer/aanbieders",
      { list: "/beheer/aanbieders", href: "/beheer/aanbieders/" },
      "/beheer/gebruikers",
      "/beheer/audit",
      "/beheer/berichten",
      "/beheer/hht",
      "/beheer/klachten",
      "/account",
    ],
  },
];

type Cookies = Parameters<BrowserContext["addCookies"]>[0];
const sessions = new Map<string, Cookies>();

/** Logs in once per role at desktop width (the menu is open there); each test takes the session's cookies. */
async function saveLogin(browser: Browser, role: Role) {
  const context = await browser.newContext();
  if (role.email) {
    // With the second factor for staff (ADR 025).
    await login(await context.newPage(), role.email);
  }
  sessions.set(role.name, await context.cookies());
  await context.close();
}

async function open(page: Page, target: Target) {
  if (typeof target === "string") {
    await page.goto(target);
    return;
  }
  await page.goto(target.list);
  const href = await page.locator(`main a[href^="${target.href}"]`).first().getAttribute("href");
  expect(href, `a link to ${target.href}… on ${target.list}`).toBeTruthy();
  await page.goto(href ?? target.list);
}

const label = (target: Target) => (typeof target === "string" ? target : `${target.href}<first>`);

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  // What sticks out, to say which element breaks the reflow.
  const wide =
    scrollWidth > innerWidth
      ? await page.evaluate(() =>
          [...document.querySelectorAll("body *")]
            .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
            .slice(0, 5)
            .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}`),
        )
      : [];
  expect({ scrollWidth, wide }).toEqual({ scrollWidth: expect.any(Number), wide: [] });
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  // Nor does a table scroll sideways inside its box: on a phone its rows are cards. The one
  // exception WCAG 1.4.10 makes is a data table whose columns must be compared side by side (the
  // dashboard's figures): it may scroll in a named box the keyboard can reach and scroll.
  const scrollingTables = await page.locator(".hw-table-scroll").evaluateAll((boxes) =>
    boxes
      .filter((b) => b.scrollWidth > b.clientWidth)
      .filter((b) => !(b.tabIndex === 0 && b.getAttribute("aria-label")))
      .map((b) => b.querySelector("th")?.textContent ?? "table"),
  );
  expect(scrollingTables).toEqual([]);
}

/** Every visible link and button in the header (and the open menu): at least 44 CSS px high and wide. */
async function expectLargeHeaderTargets(page: Page) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("header a, header button, header summary, header select")]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0)
      .filter(({ r }) => r.height < 44 || r.width < 44)
      .map(({ e, r }) => `${e.textContent?.trim()} (${Math.round(r.width)}×${Math.round(r.height)})`),
  );
  expect(small).toEqual([]);
}

const menuButton = (page: Page) => page.getByRole("banner").getByRole("button", { name: "Menu" });
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Hoofdmenu" });

for (const role of ROLES) {
  test.describe(`${role.name}`, () => {
    test.beforeAll(async ({ browser }) => saveLogin(browser, role));
    test.beforeEach(async ({ context }) => context.addCookies(sessions.get(role.name) ?? []));

    for (const width of WIDTHS) {
      for (const target of role.pages) {
        const owner = role.fixme?.[label(target)];
        const name = `${role.name}: ${label(target)} at ${width} px reflows and passes axe`;
        if (owner) {
          // Another part of issue 15 fixes this page: the owner is named in the test's title.
          test.fixme(`${name} (owner: ${owner})`, () => {});
          continue;
        }
        test(name, async ({ page }) => {
          await page.setViewportSize({ width, height: 800 });
          await open(page, target);
          await expect(page.locator("main h1")).toBeVisible();
          await expectNoSidewaysScroll(page);
          await expectNoSeriousAxeViolations(page);
        });
      }
    }

    test(`${role.name}: the menu button opens and closes the menu with the keyboard`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(typeof role.pages[0] === "string" ? role.pages[0] : "/");
      const button = menuButton(page);
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(button).toHaveAttribute("aria-controls", "hw-menu");
      await expect(mainNav(page)).toBeHidden();
      // The header takes little of the first screen while the menu is closed.
      const header = await page.getByRole("banner").boundingBox();
      expect(header?.height ?? 999).toBeLessThanOrEqual(80);
      await expectLargeHeaderTargets(page);

      await button.focus();
      await page.keyboard.press("Enter");
      await expect(button).toHaveAttribute("aria-expanded", "true");
      await expect(mainNav(page)).toBeVisible();
      await expect(mainNav(page).getByRole("link", { name: "Home" })).toBeVisible();
      if (role.email) await expect(mainNav(page).getByRole("button", { name: "Uitloggen" })).toBeVisible();
      // One's own account (password, second factor, logins, e-mails) in every role's compact menu.
      if (role.email) await expect(mainNav(page).getByRole("link", { name: "Mijn account" })).toBeVisible();
      await expectLargeHeaderTargets(page);
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);

      // Into the menu and out with Escape: closed, and the focus is back on the button.
      await page.keyboard.press("Tab");
      await expect(mainNav(page).getByRole("link", { name: "Home" })).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(mainNav(page)).toBeHidden();
      await expect(button).toBeFocused();

      // Space toggles it too.
      await page.keyboard.press("Space");
      await expect(mainNav(page)).toBeVisible();
      await page.keyboard.press("Space");
      await expect(mainNav(page)).toBeHidden();
    });

    test(`${role.name}: on a wide screen the menu is shown whole, with 44 px targets`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(typeof role.pages[0] === "string" ? role.pages[0] : "/");
      await expect(menuButton(page)).toBeHidden();
      await expect(mainNav(page)).toBeVisible();
      await expectLargeHeaderTargets(page);
    });
  });
}

test("without JavaScript the menu is a link to the menu, which then shows", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(mainNav(page)).toBeHidden();
  await page.getByRole("banner").getByRole("link", { name: "Menu" }).click();
  await expect(mainNav(page)).toBeVisible();
  await mainNav(page).getByRole("link", { name: "Hulp zoeken" }).click();
  await expect(page).toHaveURL(/\/hulp$/);
  await context.close();
});

test("at 200% zoom (1280 px wide, 640 CSS px) the first option of /hulp/opties is on the first screen", async ({
  page,
}) => {
  // deviceScaleFactor only sharpens pixels; zooming 1280×720 to 200% leaves 640×360 CSS px.
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto(OPTIONS);
  const first = page.getByRole("article").first();
  const box = await first.boundingBox();
  expect(box).not.toBeNull();
  expect(box?.y ?? 999).toBeLessThan(360);
  // Not just its border: the option's name can be read.
  const title = await first.getByRole("heading").first().boundingBox();
  expect((title?.y ?? 999) + (title?.height ?? 0)).toBeLessThanOrEqual(360);
  await expectNoSidewaysScroll(page);
});

/** Ways to pay are radio buttons (a dropdown cut them off): each label on screen and not cut. */
async function expectChoicesReadWhole(page: Page, group: Locator) {
  await expect(group.getByRole("radio").first()).toBeVisible();
  const width = page.viewportSize()?.width ?? 0;
  const labels = await group
    .locator("label")
    .evaluateAll((ls) =>
      ls.map((l) => ({ right: l.getBoundingClientRect().right, scroll: l.scrollWidth, client: l.clientWidth })),
    );
  expect(labels.length).toBeGreaterThan(1);
  for (const l of labels) {
    expect(l.right).toBeLessThanOrEqual(width);
    expect(l.scroll).toBeLessThanOrEqual(l.client);
  }
}

test("a cleaner booking: the citizen's request page and the consultant's case reflow, and the payment method reads whole", async ({
  page,
  browser,
}) => {
  test.slow(); // a whole booking, then two pages at two widths
  await page.goto(OPTIONS);
  const cleaner = page.getByRole("article").filter({ hasText: "Schoonmaakhulp Ans de Vries" });
  await cleaner.getByRole("link", { name: /Kies een tijd en boek/ }).click();
  await page.getByRole("link", { name: "Maak een account aan" }).click();
  const name = `Reflow ${Date.now()}`;
  await page.getByLabel("Uw naam").fill(name);
  await page.getByLabel("E-mailadres").fill(`reflow-${Date.now()}@example.nl`);
  await page.getByLabel("Wachtwoord").fill("mijn eerste hulp");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in om verder te gaan" })).toBeVisible();
  await page.getByLabel("Wachtwoord").fill("mijn eerste hulp");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page
    .getByRole("group", { name: /Kies de tijd/ })
    .getByRole("radio")
    .first()
    .check();
  await fillAddress(page);
  await page.getByRole("button", { name: "Deze tijd vasthouden" }).click();
  await page.getByRole("button", { name: "Boek deze tijd" }).click();
  await expect(page.getByRole("status")).toContainText("Geboekt.");
  const requestPage = page.url();

  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(requestPage);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    await expectChoicesReadWhole(page, page.getByRole("group", { name: "Hoe betaalt u?" }));
  }

  // A request for a talk opens a case: the consultant then sees the booking on it, with its payment choice.
  await page.goto(`/hulp/aanvragen?offer=consultation&${HELP}`);
  await page.getByLabel("Voor mijzelf").check();
  await fillAddress(page);
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Aanvragen");
  const consultant = await browser.newContext();
  const staff = await consultant.newPage();
  await login(staff, "consulent@demo.hulpwijzer.nl");
  await staff.goto("/consulent/zaken");
  const href = await staff
    .getByRole("link", { name: new RegExp(name) })
    .first()
    .getAttribute("href");
  for (const width of [1280, ...WIDTHS]) {
    await staff.setViewportSize({ width, height: 800 });
    await staff.goto(href ?? "/consulent/zaken");
    await expectNoSidewaysScroll(staff);
    await expectChoicesReadWhole(staff, staff.getByRole("group", { name: /^Betaalwijze/ }).first());
  }
  await expectNoSeriousAxeViolations(staff);
  await consultant.close();
});

test("admin: at 1280 px the staff table fits its box, its second-factor column whole; the box is named and focusable", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, "beheer@demo.hulpwijzer.nl");
  await page.goto("/beheer/gebruikers");
  const box = page.getByRole("region", { name: /^Tabel met de medewerkers van/ });
  await expect(box).toHaveAttribute("tabindex", "0");
  const fit = await box.evaluate((b) => {
    const last = [...b.querySelectorAll("th")].at(-1);
    return {
      scrolls: b.scrollWidth > b.clientWidth,
      lastHeader: last?.textContent,
      lastInside: (last?.getBoundingClientRect().right ?? 9999) <= b.getBoundingClientRect().right + 0.5,
    };
  });
  expect(fit).toEqual({ scrolls: false, lastHeader: "Tweestapsverificatie", lastInside: true });
  await expectNoSidewaysScroll(page);
});
