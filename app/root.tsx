import "~/zod-config";
import notoSans from "@fontsource-variable/noto-sans/index.css?url";
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunction,
  useRouteLoaderData,
} from "@remix-run/react";
import utrechtComponents from "@utrecht/component-library-css/dist/index.css?url";
import utrechtTokens from "@utrecht/design-tokens/dist/index.css?url";
import type { ReactNode } from "react";
import { getSession, renewedSessionCookie } from "~/auth/auth.server";
import { ErrorPage } from "~/components/ErrorPage";
import { SiteLayout } from "~/components/SiteLayout";
import { availableLocale, LocaleProvider, translate } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import { citizenMunicipalityContact } from "~/services/municipality-contact.server";
import { navCounts } from "~/services/nav-counts.server";
import { hiddenMenuPaths } from "~/services/workspace.server";
import appStyles from "~/styles/app.css?url";
import { useNonce } from "~/utils/nonce";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: notoSans },
  { rel: "stylesheet", href: utrechtTokens },
  { rel: "stylesheet", href: utrechtComponents },
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: translate("nl", "site.name") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = getSession(request, { renew: true });
  const renewCookie = renewedSessionCookie(request, session);
  const user = session ? { name: session.user.name, email: session.user.email, role: session.user.role } : null;
  return data(
    {
      locale: getLocale(request),
      user,
      counts: session ? navCounts(session.user) : {},
      hidden: session ? hiddenMenuPaths(session.user) : [],
      // A citizen's own municipality in the footer: how to reach it (issue 16).
      municipality: session?.user.role === "citizen" ? citizenMunicipalityContact(session.user) : null,
    },
    renewCookie ? { headers: { "Set-Cookie": renewCookie } } : undefined,
  );
}

// With single fetch every loader runs on every navigation unless its route says otherwise. The root's data
// (language, user, menu counts) changes with a submission (log in, log out, a case handled) or a document
// load (the language switch), not with going to another page; the staff workspaces are the exception, as
// their menu counts what waits and should stay current, as does the notice list's unread count. A same-URL
// navigation is a reload: revalidate.
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formMethod,
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) => {
  if (formMethod && formMethod.toUpperCase() !== "GET") return defaultShouldRevalidate;
  return currentUrl.href === nextUrl.href || /^\/(consulent|aanbieder|beheer|meldingen)(\/|$)/.test(nextUrl.pathname);
};

export type RootData = Awaited<ReturnType<typeof loader>>["data"];

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRootData();
  // In the browser only the page's catalogue is loaded (ADR 016): render in a language it has, so the words
  // and <html lang> agree even if the cookie changed elsewhere (the switch itself reloads the document).
  const locale = availableLocale(root?.locale ?? "nl");
  const nonce = useNonce();
  return (
    <html lang={locale} className="utrecht-theme">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="utrecht-document utrecht-document--surface">
        <LocaleProvider locale={locale}>
          <SiteLayout
            user={root?.user ?? null}
            counts={root?.counts ?? {}}
            hidden={root?.hidden ?? []}
            municipality={root?.municipality ?? null}
          >
            {children}
          </SiteLayout>
        </LocaleProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
