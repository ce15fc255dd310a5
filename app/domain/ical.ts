// iCalendar (RFC 5545) for a citizen's visits and programme sessions.

export type CalendarEvent = {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  description?: string;
  /** Where the event lives in the app (the request page). */
  url?: string;
  /** A cancelled event stays in the feed, so calendars strike it instead of keeping it. */
  cancelled?: boolean;
};

/**
 * Text values escape backslash, semicolon, comma and line breaks; a lone CR counts as a line break
 * (left raw it would end the line and start a property of the sender's choosing). Other control
 * characters are not allowed in a TEXT value and are dropped.
 */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/\p{Cc}/gu, (c) => (c === "\t" ? c : ""));
}

function stamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** Lines longer than 75 octets are folded: CRLF followed by a space. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/**
 * A booked event is version 0 (no SEQUENCE); its cancellation is version 1, so a calendar takes
 * the cancellation (feed or mail) over the booking it already has (RFC 5545 §3.8.7.4).
 */
export const CANCELLED_SEQUENCE = 1;

/**
 * PUBLISH: the events as they are (the feed, the booking's attachment). CANCEL: a message that
 * calls its events off (RFC 5546 §3.2.5), its events cancelled, with the UIDs they were sent with.
 */
export type IcsMethod = "PUBLISH" | "CANCEL";

/** Who sends a mailed calendar message: RFC 5546 wants an ORGANIZER on every event it carries. */
export type IcsOrganizer = { name: string; email: string };

export function toIcs(
  name: string,
  events: readonly CalendarEvent[],
  now: Date,
  method: IcsMethod = "PUBLISH",
  organizer?: IcsOrganizer,
): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Hulpwijzer//NL",
    "CALSCALE:GREGORIAN",
    `METHOD:${method}`,
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART:${stamp(e.start)}`,
      `DTEND:${stamp(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      // A quoted CN may hold neither quotes nor control characters (RFC 5545 §3.2).
      ...(organizer
        ? [
            `ORGANIZER;CN="${organizer.name.replace(/[\p{Cc}"]/gu, "")}":mailto:${organizer.email.replace(/[\p{Cc}\s]/gu, "")}`,
          ]
        : []),
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      // A URI value is not TEXT: no escaping, but no line breaks either.
      ...(e.url ? [`URL:${e.url.replace(/\p{Cc}/gu, "")}`] : []),
      // A cancelled event is a later version of the booked one (same UID): calendars replace it.
      ...(e.cancelled ? ["STATUS:CANCELLED", `SEQUENCE:${CANCELLED_SEQUENCE}`] : []),
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
