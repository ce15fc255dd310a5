// What every intent's handler gets: the citizen (the owner of the request, checked first), the
// request id and the form as read once by route.tsx.
export type IntentArgs = { request: Request; form: FormData; citizenUserId: number; requestId: number };

/** The request page again, with a notice (`?melding=…`) or another query and an anchor. */
export function backTo(requestId: number, query = ""): string {
  return `/mijn/aanvragen/${requestId}${query}`;
}
