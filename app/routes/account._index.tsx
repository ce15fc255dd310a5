// One's own account: where the password, the second factor, the logins and the e-mail choices are
// (before, only "Waar u bent ingelogd" led to them). Every role's, from "Mijn account" in the menu.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "~/auth/auth.server";
import { accountPagesFor } from "~/domain/workspace";
import { type MessageKey, useT } from "~/i18n";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("account.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  return { pages: accountPagesFor(user.role) };
}

/** Each page's own title, so the link says where it goes. */
const LABELS: Record<string, { label: MessageKey; text: MessageKey }> = {
  "/account/wachtwoord": { label: "password.title", text: "account.password.text" },
  "/account/tweestaps": { label: "twoStep.title", text: "account.twoStep.text" },
  "/account/sessies": { label: "nav.sessions", text: "account.sessions.text" },
  "/account/berichten": { label: "prefs.title", text: "account.prefs.text" },
  "/mijn/gegevens": { label: "privacy.title", text: "account.privacy.text" },
};

export default function AccountPage() {
  const t = useT();
  const { pages } = useLoaderData<typeof loader>();
  return (
    <div className="hw-narrow">
      <Heading1>{t("account.title")}</Heading1>
      <ul className="hw-account-links">
        {pages.map((to) => {
          const page = LABELS[to];
          return page ? (
            <li key={to}>
              <Link to={to} className="utrecht-link">
                {t(page.label)}
              </Link>
              <Paragraph>{t(page.text)}</Paragraph>
            </li>
          ) : null;
        })}
      </ul>
    </div>
  );
}
