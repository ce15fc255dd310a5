// PUBLIC_URL: the address citizens reach the app at (https://hulp.gemeente.nl). Links that leave the
// browser (a calendar feed, Stripe's return address) are built from it, never from the Host header,
// which any client can set: a feed subscribed through a forged Host would point calendars elsewhere.

/**
 * The origin (`https://host[:port]`) of PUBLIC_URL, or null when unset (then the request's own
 * origin is used, which is right for a laptop or a test). A value that is not an http(s) address
 * without path, query or credentials is refused at start-up.
 */
export function publicOriginSetting(value) {
  const raw = (value ?? "").trim();
  if (raw === "") return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  const plain =
    url &&
    (url.protocol === "https:" || url.protocol === "http:") &&
    url.username === "" &&
    url.password === "" &&
    (url.pathname === "/" || url.pathname === "") &&
    url.search === "" &&
    url.hash === "";
  if (!plain) {
    throw new Error(
      `PUBLIC_URL is not a plain web address: ${JSON.stringify(raw)}. ` +
        "Give scheme and host only, for example PUBLIC_URL=https://hulp.woerden.nl",
    );
  }
  return url.origin;
}
