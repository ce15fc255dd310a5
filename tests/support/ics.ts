// iCalendar files as the app sends them (a booking's .ics, a cancellation's, the agenda feed), read
// into their properties for the checks.

export type Ics = { calendar: Record<string, string>; events: Record<string, string>[] };

/**
 * The calendar's and each VEVENT's properties (lines unfolded, RFC 5545 §3.1; parameters dropped
 * from the names). Fails unless the text is one VCALENDAR.
 */
export function parseIcs(ics: string): Ics {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  if (lines[0] !== "BEGIN:VCALENDAR" || lines.filter(Boolean).at(-1) !== "END:VCALENDAR")
    throw new Error(`not one VCALENDAR: ${ics.slice(0, 80)}`);
  const calendar: Record<string, string> = {};
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = null;
    } else if (line.includes(":")) {
      const colon = line.indexOf(":");
      (current ?? calendar)[line.slice(0, colon).split(";")[0] ?? ""] = line.slice(colon + 1);
    }
  }
  return { calendar, events };
}
