import type { LoaderFunctionArgs } from "@remix-run/node";
import { clock } from "~/clock.server";
import { toIcs } from "~/domain/ical";
import { calendarEvents } from "~/services/calendar.server";
import { readOnlyResource } from "~/utils/http.server";

/** A citizen's calendar (visits and sessions), for calendar apps; the token is the key. */
export function loader({ params }: LoaderFunctionArgs) {
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

export const action = readOnlyResource;
