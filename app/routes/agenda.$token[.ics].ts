import type { LoaderFunctionArgs } from "@remix-run/node";
import { clock } from "~/clock.server";
import { toIcs } from "~/domain/ical";
import { calendarEvents } from "~/services/calendar.server";
import { readOnly } from "~/utils/methods.server";

/** A citizen's calendar (visits and sessions), for calendar apps; the token is the key. */
function feed({ params }: LoaderFunctionArgs) {
  const events = calendarEvents(params.token ?? "");
  if (!events)
    return new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(toIcs("Hulpwijzer", events, clock.now()), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="hulpwijzer.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}

const route = readOnly(feed);
export const loader = route.loader;
export const action = route.action;
