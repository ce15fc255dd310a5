import { isLocale, type Locale } from "./index";

export const LOCALE_COOKIE = "hw_lang";
const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** The language chosen with the switch (a cookie); Dutch otherwise. */
export function getLocale(request: Request): Locale {
  const header = request.headers.get("Cookie") ?? "";
  for (const part of header.split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === LOCALE_COOKIE && isLocale(value)) return value;
  }
  return "nl";
}

/** Read on the server only, so scripts have no business with it: HttpOnly like every cookie here. */
export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${ONE_YEAR_S}`;
}
