import type { LoaderFunctionArgs } from "@remix-run/node";
import { clock } from "~/clock.server";
import { toIcs } from "~/domain/ical";
import { calendarEvents } from "~/services/calendar.server";
import { providerCalendarEvents } from "~/services/provider-agenda.server";
import { readOnly } from "~/utils/methods.server";
import { publicOrigin } from "~/utils/origin.server";

/**
 * A citizen's calendar (visits and sessions), for calendar apps; the token is the key. With
 * `?download=1` the same calendar comes as a file to open once (for apps that cannot subscribe).
 */
function feed({ request, params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const origin = publicOrigin(request);
  // A citizen's token, else a provider staff member's (one column of secret tokens, so never both).
  const events = calendarEvents(token, origin) ?? providerCalendarEvents(token, origin);
  if (!events)
    return new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const download = new URL(request.url).searchParams.get("download") === "1";
  return new Response(toIcs("Hulpwijzer", events, clock.now()), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `${download ? "attachment" : "inline"}; filename="hulpwijzer.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}

const route = readOnly(feed);
export const loader = route.loader;
export const action = route.action;
