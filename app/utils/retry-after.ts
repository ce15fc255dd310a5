import type { HeadersFunction } from "@remix-run/node";

/** Passes an action's Retry-After to the browser (document responses take a route's headers). */
export const retryAfterHeaders: HeadersFunction = ({ actionHeaders }) => {
  const retry = actionHeaders.get("Retry-After");
  const headers = new Headers();
  if (retry) headers.set("Retry-After", retry);
  return headers;
};
