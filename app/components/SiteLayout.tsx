// The shell around every page: skip link, header with navigation, main landmark, footer.
// On small screens (and at high zoom) the navigation folds away behind a menu button, so the page itself
// starts on the first screen; without JavaScript the button is a link to the menu, which CSS shows as :target.
import { Form, NavLink, useLocation } from "@remix-run/react";
import { Button, PageFooter, PageHeader, Paragraph, SkipLink } from "@utrecht/component-library-react";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { type MessageKey, plural, useLocale, useT } from "~/i18n";
import type { Role } from "~db/schema";
import { MunicipalityContact, type MunicipalityContactView } from "./MunicipalityContact";

type LayoutUser = { name: string; email: string; role: Role };

/**
 * How many items wait behind a navigation link, by path: a plain number (the consultant's inbox,
 * which lists exactly those), or what waits for the person, said as "3 wachten op u" where the page
 * also shows a larger total (the provider's referrals: "Lopend (12)").
 */
export type NavCounts = Record<string, number | { waiting: number }>;

const WORKSPACE: Record<Role, { to: string; label: MessageKey }[]> = {
  citizen: [
    { to: "/hulp", label: "nav.help" },
    { to: "/mijn", label: "nav.citizen" },
  ],
  provider_staff: [
    { to: "/aanbieder", label: "nav.provider" },
    { to: "/aanbieder/aanvragen", label: "nav.providerRequests" },
    { to: "/aanbieder/verwijzingen", label: "nav.providerReferrals" },
    { to: "/aanbieder/signalen", label: "nav.providerSignals" },
    { to: "/aanbieder/agenda", label: "nav.provider.agenda" },
    { to: "/aanbieder/bezoeken", label: "nav.providerVisits" },
    { to: "/aanbieder/klachten", label: "nav.providerComplaints" },
    // The capacity's history and the API keys of planning systems are reached from Capaciteit:
    // nine links made two rows of menu.
    { to: "/aanbieder/capaciteit", label: "nav.providerCapacity" },
    { to: "/aanbieder/collegas", label: "nav.providerColleagues" },
  ],
  consultant: [
    { to: "/consulent", label: "nav.consultantInbox" },
    { to: "/consulent/zaken", label: "nav.consultantCases" },
  ],
  admin: [
    { to: "/beheer", label: "nav.admin" },
    { to: "/beheer/dashboard", label: "nav.adminDashboard" },
    { to: "/beheer/aanbieders", label: "nav.adminProviders" },
    { to: "/beheer/gebruikers", label: "nav.adminUsers" },
    { to: "/beheer/audit", label: "nav.adminAudit" },
    { to: "/beheer/berichten", label: "nav.adminOutbox" },
    { to: "/beheer/hht", label: "nav.adminHht" },
    { to: "/beheer/klachten", label: "nav.adminComplaints" },
  ],
};

function navClass({ isActive }: { isActive: boolean }) {
  return isActive ? "utrecht-link hw-nav__link hw-nav__link--current" : "utrecht-link hw-nav__link";
}

const MENU_ID = "hw-menu";

/** Open/closed state of the compact menu: closes on Escape (focus back on the button) and on navigation. */
function useMenu() {
  const location = useLocation();
  const [enhanced, setEnhanced] = useState(false);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setEnhanced(true);
    // Opened through the link before the page became interactive: keep it open, now as the button's state.
    if (window.location.hash === `#${MENU_ID}`) setOpen(true);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the effect of going to another page
  useEffect(() => setOpen(false), [location.key]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return { enhanced, open, toggle: () => setOpen((o) => !o), button };
}

export function SiteLayout({
  user,
  counts = {},
  hidden = [],
  municipality = null,
  children,
}: {
  user: LayoutUser | null;
  counts?: NavCounts;
  /** A logged-in citizen's municipality: how to reach it, in the footer. */
  municipality?: MunicipalityContactView | null;
  /** Workspace links that do not apply to this user (the provider's kind, the municipality's policy). */
  hidden?: readonly string[];
  children: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const here = location.pathname + location.search;
  const menu = useMenu();
  const unread = typeof counts["/meldingen"] === "number" ? counts["/meldingen"] : 0;
  // "Menu, 3 nieuwe meldingen": the badge's number said for what it counts (the badge is hidden).
  const menuName = user && unread > 0 ? `${t("layout.menu")}, ${plural(t, "nav.menuUnread", unread)}` : undefined;
  const links = user
    ? WORKSPACE[user.role].filter((link) => !hidden.includes(link.to))
    : [
        { to: "/hulp", label: "nav.help" as const },
        { to: "/inloggen", label: "nav.login" as const },
        { to: "/registreren", label: "nav.register" as const },
      ];
  return (
    <>
      <SkipLink href="#main">{t("layout.skipLink")}</SkipLink>
      <PageHeader className="hw-header">
        <div className="hw-container hw-header__bar">
          <a href="/" className="hw-brand">
            <span className="hw-brand__name">{t("site.name")}</span>
            <span className="hw-brand__tagline">{t("site.tagline")}</span>
          </a>
          <div className="hw-header__tools">
            <Form method="post" action="/taal" className="hw-lang">
              <input type="hidden" name="lang" value={locale === "nl" ? "en" : "nl"} />
              <input type="hidden" name="redirectTo" value={here} />
              <Button
                type="submit"
                appearance="subtle-button"
                lang={locale === "nl" ? "en" : "nl"}
                aria-label={t("layout.switchLanguageLabel")}
              >
                {t("layout.switchLanguage")}
              </Button>
            </Form>
            {menu.enhanced ? (
              <button
                ref={menu.button}
                type="button"
                className="utrecht-button utrecht-button--secondary-action hw-menu-toggle"
                aria-expanded={menu.open}
                aria-controls={MENU_ID}
                aria-label={menuName}
                onClick={menu.toggle}
              >
                <span className="hw-menu-toggle__icon" aria-hidden="true" />
                {t("layout.menu")}
                {user ? <MenuBadge count={unread} /> : null}
              </button>
            ) : (
              <a
                href={`#${MENU_ID}`}
                aria-label={menuName}
                className="utrecht-button utrecht-button--secondary-action hw-menu-toggle"
              >
                <span className="hw-menu-toggle__icon" aria-hidden="true" />
                {t("layout.menu")}
                {user ? <MenuBadge count={unread} /> : null}
              </a>
            )}
          </div>
        </div>
        <nav id={MENU_ID} aria-label={t("layout.mainNav")} className={menu.open ? "hw-nav hw-nav--open" : "hw-nav"}>
          <ul className="hw-container hw-nav__list">
            <li>
              <NavLink to="/" end className={navClass}>
                {t("nav.home")}
              </NavLink>
            </li>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end className={navClass}>
                  <NavLabel label={t(link.label)} count={counts[link.to]} />
                </NavLink>
              </li>
            ))}
            {user ? (
              <li className="hw-nav__user">
                <span>{t("layout.loggedInAs", { name: user.name, role: t(`role.${user.role}`) })}</span>
                {/* Password, second factor, logins and e-mail choices: every role's, via one overview. */}
                <NavLink to="/account" end className={navClass}>
                  {t("nav.account")}
                </NavLink>
                <NavLink to="/meldingen" end className={navClass}>
                  <NoticesLabel count={counts["/meldingen"]} />
                </NavLink>
                <NavLink to="/account/berichten" end className={navClass}>
                  {t("nav.noticePreferences")}
                </NavLink>
                <NavLink to="/account/sessies" end className={navClass}>
                  {t("nav.sessions")}
                </NavLink>
                <Form method="post" action="/uitloggen">
                  <Button type="submit" appearance="secondary-action-button">
                    {t("nav.logout")}
                  </Button>
                </Form>
              </li>
            ) : null}
          </ul>
        </nav>
      </PageHeader>
      <main id="main" tabIndex={-1} className="hw-container hw-main">
        {children}
      </main>
      <PageFooter className="hw-footer">
        <div className="hw-container">
          {municipality ? <MunicipalityContact contact={municipality} heading={false} /> : null}
          <Paragraph>{t("layout.footer.about")}</Paragraph>
          <Paragraph small>{t("layout.footer.data")}</Paragraph>
        </div>
      </PageFooter>
    </>
  );
}

/** A menu link's text with its count; what waits is said as such, not to be taken for a page's total. */
function NavLabel({ label, count }: { label: string; count: NavCounts[string] | undefined }) {
  const t = useT();
  if (typeof count === "object")
    return <>{count.waiting > 0 ? plural(t, "nav.waiting", count.waiting, { label }) : label}</>;
  return <>{count ? t("nav.count", { label, count }) : label}</>;
}

/** The unread count on the compact menu's button, so a phone shows it with the menu closed. */
function MenuBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="hw-menu-toggle__badge" aria-hidden="true">
      {count}
    </span>
  );
}

/**
 * "Meldingen (3)", read out as "Meldingen (3 ongelezen)": the number is said for what it counts. The
 * hidden words stand whole at the end (a hidden span mid-text gets spaces around it in the name).
 */
function NoticesLabel({ count }: { count: NavCounts[string] | undefined }) {
  const t = useT();
  const n = typeof count === "number" ? count : 0;
  if (n === 0) return <>{t("nav.notices")}</>;
  return (
    <>
      {t("nav.notices")}
      <span aria-hidden="true">{`\u00a0(${n})`}</span>
      <span className="visually-hidden">{` (${n} ${t("nav.noticesUnread")})`}</span>
    </>
  );
}
