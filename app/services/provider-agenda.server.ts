// The provider's agenda (/aanbieder/agenda) and its calendar feed: a cleaner's booked visits with
// the client's name, address, phone and needs, cancelled visits marked; a physio practice's group
// sessions with their enrolled participants. Every visit here is of an accepted booking, and the
// feed says nothing the agenda does not. Reading it is audited like any read of contact details.
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { clock } from "~/clock.server";
import { addressLine, requestSharesContact } from "~/domain/contact";
import type { CalendarEvent } from "~/domain/ical";
import { amsterdamDay } from "~/domain/policy";
import { providerCanEndBooking } from "~/domain/requests";
import { addDays, fromAmsterdam, isoWeekday, isValidDay } from "~/domain/time";
import { agendaDayPath, cohortSessions } from "~/domain/visits";
import { translate } from "~/i18n";
import { daysOffOf } from "~/models/cleaner-windows.server";
import type { ContactValues } from "~/models/contact-details.server";
import {
  bookedVisitsOfProvider,
  cancelledVisitsOfProvider,
  cohortsOfProvider,
  enrolledParticipantsOfProvider,
  setStaffCalendarToken,
  staffCalendarTokenOf,
  staffOfCalendarToken,
} from "~/models/provider-agenda.server";
import { answersForProvider } from "~/schemas/stored-answers";
import { contactsForProvider } from "./contacts.server";

type Staff = { id: number; providerId: number };

const SESSION_MINUTES = 45; // a Powerful Ageing training lasts 40–50 minutes, as in the citizen's feed

export type AgendaVisit = {
  type: "visit";
  key: string;
  day: string;
  start: number;
  end: number;
  requestId: number;
  /** The booked visit's slot (to call it off), or the cancelled one's former slot. */
  slotId: number;
  name: string;
  cancelled: boolean;
  /** Cancelled by the cleaner herself (not by the client). */
  byProvider: boolean;
  /** Its booking still runs: the cleaner can stop it as a whole (ADR 041). */
  bookingEndable: boolean;
  /** The late fee the client pays for calling it off within 24 hours (what the cancel charged). */
  feeCents: number;
  needs: string[];
  contact: ContactValues | null;
  /** The account's e-mail, for a client who gave no address (booked: she accepted). */
  email: string | null;
  /** Who acts for the client (the account holder), shown as contact details are: once accepted. */
  contactPerson: { name: string; relation: string | null } | null;
  /** What the client wrote for the cleaner at booking (kept out of the feed: it leaves the portal). */
  note: string | null;
};

export type AgendaSession = {
  type: "session";
  key: string;
  day: string;
  start: number;
  end: number;
  cohortId: number;
  location: string;
  participants: { requestId: number; name: string; phone: string | null }[];
};

export type AgendaItem = AgendaVisit | AgendaSession;

/** Monday of the ISO week a day lies in. */
export function mondayOf(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** The ISO week number of a day (the week with its Thursday in the year). */
export function isoWeekNumber(day: string): number {
  const thursday = addDays(mondayOf(day), 3);
  const year = thursday.slice(0, 4);
  const jan4 = `${year}-01-04`;
  const week1 = addDays(jan4, 1 - isoWeekday(jan4));
  return Math.round((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${week1}T00:00:00Z`)) / (7 * 86_400_000)) + 1;
}

const midnight = (day: string) => fromAmsterdam(day, "00:00")?.getTime() ?? Date.parse(`${day}T00:00:00Z`);

/** The items of the provider's agenda from one day up to (not including) another, earliest first. */
function itemsBetween(staff: Staff, fromDay: string, toDay: string, where: string): AgendaItem[] {
  const from = midnight(fromDay);
  const to = midnight(toDay);
  const scope = { providerId: staff.providerId };
  const booked = bookedVisitsOfProvider(scope, from, to);
  const cancelled = cancelledVisitsOfProvider(scope, from, to);
  const sessions: AgendaSession[] = [];
  const cohorts = cohortsOfProvider(scope);
  const participants = cohorts.length > 0 ? enrolledParticipantsOfProvider(scope) : [];
  for (const c of cohorts) {
    for (const s of cohortSessions(c)) {
      const start = s.start.getTime();
      if (start < from || start >= to) continue;
      sessions.push({
        type: "session",
        key: `session-${c.id}-${s.date}-${s.time}`,
        day: s.date,
        start,
        end: start + SESSION_MINUTES * 60_000,
        cohortId: c.id,
        location: c.location,
        participants: [],
      });
    }
  }
  // Contact only of accepted requests (a booked visit of a booking since cancelled shows none).
  const shared = [
    ...booked.filter((v) => requestSharesContact(v)).map((v) => v.requestId),
    ...participants.filter((p) => sessions.some((s) => s.cohortId === p.cohortId)).map((p) => p.requestId),
  ];
  const contacts = contactsForProvider(staff, [...new Set(shared)], where);
  for (const s of sessions)
    s.participants = participants
      .filter((p) => p.cohortId === s.cohortId)
      .map((p) => ({ requestId: p.requestId, name: p.name, phone: contacts.get(p.requestId)?.phone ?? null }));
  const items: AgendaItem[] = [
    ...booked.map(
      (v): AgendaVisit => ({
        type: "visit",
        key: `visit-${v.slotId}`,
        day: amsterdamDay(new Date(v.startsAt)),
        start: v.startsAt,
        end: v.endsAt,
        requestId: v.requestId,
        slotId: v.slotId,
        name: v.name,
        cancelled: false,
        byProvider: false,
        bookingEndable: providerCanEndBooking("private_cleaner", v.status),
        feeCents: 0,
        needs: answersForProvider.parse(v.answers).needs,
        contact: requestSharesContact(v) ? (contacts.get(v.requestId) ?? null) : null,
        email: requestSharesContact(v) ? v.email : null,
        contactPerson:
          requestSharesContact(v) && v.actingForName !== null
            ? { name: v.accountName, relation: v.actingRelation || null }
            : null,
        note: requestSharesContact(v) ? v.noteForProvider : null,
      }),
    ),
    // A cancelled visit is marked, with the name only: the client's address is no longer the cleaner's business.
    ...cancelled.map(
      (v): AgendaVisit => ({
        type: "visit",
        key: `cancelled-${v.requestId}-${v.slotId}`,
        day: amsterdamDay(new Date(v.startsAt)),
        start: v.startsAt,
        end: v.endsAt,
        requestId: v.requestId,
        slotId: v.slotId,
        name: v.name,
        cancelled: true,
        byProvider: v.byProvider,
        bookingEndable: false,
        feeCents: v.byProvider ? 0 : v.chargedCents,
        needs: [],
        contact: null,
        email: null,
        contactPerson: null,
        note: null,
      }),
    ),
    ...sessions,
  ];
  return items.sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
}

export type AgendaView = "dag" | "week";

/** The page: the asked day (today when none or invalid) and view, with its items and the links' days. */
export function providerAgenda(staff: Staff, asked: { day: string | null; view: string | null }, now = clock.now()) {
  const today = amsterdamDay(now);
  // Within the years an agenda means anything: year 0 broke the date sums (a 500, from the attack).
  const usable = (d: string) => isValidDay(d) && d >= "2000-01-01" && d <= "2199-12-31";
  const day = asked.day && usable(asked.day) ? asked.day : today;
  const view: AgendaView = asked.view === "dag" ? "dag" : "week";
  const from = view === "dag" ? day : mondayOf(day);
  const to = addDays(from, view === "dag" ? 1 : 7);
  const items = itemsBetween(staff, from, to, "agenda");
  const days = view === "dag" ? [day] : Array.from({ length: 7 }, (_, i) => addDays(from, i));
  // The cleaner's days off, so an empty day says why (whole days, inclusive).
  const off = daysOffOf({ providerId: staff.providerId });
  const isOff = (d: string) => off.some((o) => o.fromDate <= d && d <= o.toDate);
  return {
    today,
    day,
    view,
    week: isoWeekNumber(day),
    from,
    lastDay: addDays(to, -1),
    prev: addDays(day, view === "dag" ? -1 : -7),
    next: addDays(day, view === "dag" ? 1 : 7),
    days: days.map((d) => ({ day: d, items: items.filter((i) => i.day === d), dayOff: isOff(d) })),
  };
}

// ── The feed ────────────────────────────────────────────────────────────────────────────────

/** The secret token in the staff member's calendar address, made on first use. */
export function staffCalendarToken(staff: { id: number }): string {
  const scope = { userId: staff.id };
  const existing = staffCalendarTokenOf(scope);
  if (existing) return existing;
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const token = encodeBase32LowerCaseNoPadding(bytes);
  setStaffCalendarToken(scope, token);
  return token;
}

/** How far the feed reaches: the past month and the coming four months. */
const FEED_DAYS_BACK = 31;
const FEED_DAYS_AHEAD = 122;

/**
 * The provider staff member's feed for a token, or null for an unknown one: the agenda's items
 * and words (Dutch), no more. `origin` is the app's address, for links and unique UIDs.
 */
export function providerCalendarEvents(token: string, origin: string, now = clock.now()): CalendarEvent[] | null {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const staff = staffOfCalendarToken(token);
  if (!staff) return null;
  const today = amsterdamDay(now);
  const items = itemsBetween(staff, addDays(today, -FEED_DAYS_BACK), addDays(today, FEED_DAYS_AHEAD), "feed");
  const host = new URL(origin).hostname;
  const agendaLink = (day: string) => `${origin}${agendaDayPath(day)}`;
  return items.map((item): CalendarEvent => {
    const link = translate("nl", "agenda.ics.link", { url: agendaLink(item.day) });
    if (item.type === "session")
      return {
        uid: `${item.key}@${host}`,
        start: new Date(item.start),
        end: new Date(item.end),
        summary: translate("nl", "agenda.ics.session", { name: item.location }),
        location: item.location,
        url: agendaLink(item.day),
        description: [
          translate("nl", "agenda.ics.participants", { names: item.participants.map((p) => p.name).join(", ") }),
          link,
        ].join("\n"),
      };
    return {
      // The same UID for a visit booked and later cancelled: calendars strike it through.
      uid: `provider-visit-${item.requestId}-${item.key.replace(/^(visit|cancelled)-(\d+-)?/, "")}@${host}`,
      start: new Date(item.start),
      end: new Date(item.end),
      summary: translate("nl", item.cancelled ? "agenda.ics.visitCancelled" : "agenda.ics.visit", { name: item.name }),
      ...(item.contact ? { location: addressLine(item.contact) } : {}),
      url: agendaLink(item.day),
      description: [
        ...(item.contact?.phone ? [translate("nl", "visits.ics.phone", { phone: item.contact.phone })] : []),
        link,
      ].join("\n"),
      ...(item.cancelled ? { cancelled: true } : {}),
    };
  });
}
