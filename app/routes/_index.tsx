import { Link, useSearchParams } from "@remix-run/react";
import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type MessageKey, useT } from "~/i18n";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("site.tagline");

// The ladder, lightest first: the order the matching engine also uses.
const LADDER: MessageKey[] = [
  "home.ladder.own_strength",
  "home.ladder.powerful_ageing",
  "home.ladder.private_cleaner",
  "home.ladder.pgb_informal",
  "home.ladder.zin",
];

export default function Home() {
  const t = useT();
  const [params] = useSearchParams();
  return (
    <>
      {params.get("melding") === "verwijderd" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("privacy.erase.done")}</Paragraph>
        </Alert>
      ) : null}
      <Heading1>{t("home.title")}</Heading1>
      <Paragraph lead>{t("home.intro")}</Paragraph>
      <Paragraph>
        <Link to="/hulp" className="utrecht-button-link utrecht-button-link--primary-action hw-action">
          {t("home.cta")}
        </Link>
      </Paragraph>
      <Paragraph>{t("home.participating")}</Paragraph>
      <section aria-labelledby="ladder-title">
        <Heading2 id="ladder-title">{t("home.ladder.title")}</Heading2>
        <ol className="utrecht-ordered-list hw-ladder">
          {LADDER.map((key) => (
            <li key={key} className="utrecht-ordered-list__item">
              {t(key)}
            </li>
          ))}
        </ol>
      </section>
      <div className="hw-columns">
        <section aria-labelledby="account-title">
          <Heading2 id="account-title">{t("home.account.title")}</Heading2>
          <Paragraph>{t("home.account.text")}</Paragraph>
          <Paragraph>
            <Link to="/registreren" className="utrecht-link">
              {t("login.registerLink")}
            </Link>
          </Paragraph>
        </section>
        <section aria-labelledby="staff-title">
          <Heading2 id="staff-title">{t("home.staff.title")}</Heading2>
          <Paragraph>{t("home.staff.text")}</Paragraph>
          <Paragraph>
            <Link to="/inloggen" className="utrecht-link">
              {t("nav.login")}
            </Link>
          </Paragraph>
          <Paragraph>
            <Link to="/aanbieder/aanmelden" className="utrecht-link">
              {t("home.apply")}
            </Link>
          </Paragraph>
        </section>
      </div>
    </>
  );
}
