import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { isLocale } from "~/i18n";
import { localeCookie } from "~/i18n/locale.server";
import { readFormData } from "~/utils/http.server";
import { safeRedirect } from "~/utils/redirect";

export async function loader() {
  return redirect("/");
}

/** The language switch: remembers the choice in a cookie and returns to the same page. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readFormData(request);
  const lang = form.get("lang");
  const to = safeRedirect(form.get("redirectTo"), "/");
  if (!isLocale(lang)) return redirect(to);
  return redirect(to, { headers: { "Set-Cookie": localeCookie(lang) } });
}
