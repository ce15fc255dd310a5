import notoSans from "@fontsource-variable/noto-sans/index.css?url";
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import utrechtComponents from "@utrecht/component-library-css/dist/index.css?url";
import utrechtTokens from "@utrecht/design-tokens/dist/index.css?url";
import type { ReactNode } from "react";
import { getSession, renewedSessionCookie } from "~/auth/auth.server";
import { ErrorPage } from "~/components/ErrorPage";
import { SiteLayout } from "~/components/SiteLayout";
import { LocaleProvider, translate } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import { navCounts } from "~/services/nav-counts.server";
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
    { locale: getLocale(request), user, counts: session ? navCounts(session.user) : {} },
    renewCookie ? { headers: { "Set-Cookie": renewCookie } } : undefined,
  );
}

export type RootData = Awaited<ReturnType<typeof loader>>["data"];

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRootData();
  const locale = root?.locale ?? "nl";
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
          <SiteLayout user={root?.user ?? null} counts={root?.counts ?? {}}>
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
