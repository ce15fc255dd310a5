import { type ActionFunctionArgs, redirect, redirectDocument } from "@remix-run/node";
import { getUser } from "~/auth/auth.server";
import { isLocale } from "~/i18n";
import { localeCookie } from "~/i18n/locale.server";
import { rememberLanguage } from "~/services/notifications/preferences.server";
import { invariantResponse, readFormData } from "~/utils/http.server";
import { safeRedirect } from "~/utils/redirect";

export async function loader() {
  return redirect("/");
}

/**
 * The language switch: remembers the choice in a cookie and returns to the same page. A document
 * redirect even when JavaScript runs: the browser holds only one language's catalogue (ADR 016),
 * so the new language comes with a fresh page rather than a client-side navigation.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readFormData(request);
  const lang = form.get("lang");
  const to = safeRedirect(form.get("redirectTo"), "/");
  invariantResponse(isLocale(lang), "unknown_language");
  // A logged-in person's messages follow the language they chose on the site.
  const user = getUser(request);
  if (user) rememberLanguage(user, lang);
  return redirectDocument(to, { headers: { "Set-Cookie": localeCookie(lang) } });
}

// A UI route (not a resource route), so a bad request renders the calm Dutch error page.
export default function LanguageSwitch() {
  return null;
}
