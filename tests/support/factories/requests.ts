// Help requests and bookings, made as a citizen makes them: the options API, the request API and
// the forms. Only moving a visit in time is done in the database.
import { asc, eq } from "drizzle-orm";
import { cleanerSlots } from "~db/schema";
import { addressFields } from "../address";
import type { AppServer } from "../app-server";
import type { Client } from "../client";
import { all, one, orm } from "./db";
import { addStaff, loggedIn, newCitizen } from "./people";

/** What a citizen answers about their situation, as the options API and the request forms take it. */
export type HelpAnswers = Readonly<Record<string, string | number | readonly string[]>>;

/** A help request in Woerden (3441) of someone who can use every kind of help. */
export const WOERDEN_HELP = {
  postcode: "3441AB",
  birthYear: 1946,
  household: "single",
  needs: ["cleaning"],
  mobility: ["stairs"],
  network: "none",
} as const satisfies HelpAnswers;

/** The answers as form or URL fields (lists comma-separated). */
export function helpFields(help: HelpAnswers = WOERDEN_HELP): Record<string, string> {
  return Object.fromEntries(Object.entries(help).map(([k, v]) => [k, typeof v === "object" ? v.join(",") : String(v)]));
}

/** The answers as the query of /hulp/opties and /api/v1/options. */
export function helpQuery(help: HelpAnswers = WOERDEN_HELP): string {
  return new URLSearchParams(helpFields(help)).toString();
}

export type Requested = { id: number; status: string; holdExpiresAt?: string };

/**
 * A request for an offer over the API (a slot for a cleaner), with a valid address unless `contact`
 * is null (the profile's then); fails unless it is taken (201).
 */
export async function requestOffer(
  client: Client,
  offerId: string,
  {
    slotId,
    help = WOERDEN_HELP,
    contact = addressFields(String(help.postcode)),
  }: { slotId?: number; help?: HelpAnswers; contact?: Record<string, string> | null } = {},
): Promise<Requested> {
  const res = await client.request("/api/v1/requests", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ offerId, slotId, helpRequest: help, ...(contact ? { contact } : {}) }),
  });
  if (res.status !== 201) throw new Error(`requesting ${offerId} failed with ${res.status}: ${await res.text()}`);
  return (await res.json()) as Requested;
}

type OptionsAnswer = { options: { kind: string; offerId: string; eligible: boolean; slots: { slotId: number }[] }[] };

/** Requests the first eligible option of a kind over the API; returns the request id. */
export async function requestKind(
  client: Client,
  kind: "zin" | "private_cleaner" | "powerful_ageing" | "pgb_informal",
  help: HelpAnswers = WOERDEN_HELP,
): Promise<number> {
  const answer = (await (await client.get(`/api/v1/options?${helpQuery(help)}`)).json()) as OptionsAnswer;
  const option = answer.options.find((o) => o.kind === kind && o.eligible);
  if (!option) throw new Error(`no eligible ${kind} option`);
  return (await requestOffer(client, option.offerId, { slotId: option.slots[0]?.slotId, help })).id;
}

/** The weekly times the options offer of one cleaner (first visit ids, earliest first). */
export async function offeredSlots(client: Client, providerId: number, help: HelpAnswers = WOERDEN_HELP) {
  const answer = (await (await client.get(`/api/v1/options?${helpQuery(help)}`)).json()) as OptionsAnswer;
  return answer.options.find((o) => o.offerId === `cleaner:${providerId}`)?.slots.map((s) => s.slotId) ?? [];
}

/** A cleaner's slot held and then confirmed as a weekly booking; returns the request id. */
export async function bookCleaner(client: Client, help: HelpAnswers = WOERDEN_HELP): Promise<number> {
  const id = await requestKind(client, "private_cleaner", help);
  const res = await client.post(`/mijn/aanvragen/${id}`, { intent: "confirm" });
  if (!res.headers.get("location")?.includes("melding=confirmed")) throw new Error("confirming the booking failed");
  return id;
}

/** A booked visit of a cleaner booking. */
export type BookedVisit = { id: number; startsAt: number; endsAt: number; windowId: number };

/**
 * A new citizen with a confirmed cleaner booking of more than two visits, and a logged-in member
 * of that cleaner's staff (added as `staffEmail`).
 */
export async function cleanerBooking(
  app: AppServer,
  {
    email,
    name,
    staffEmail,
    help = WOERDEN_HELP,
  }: { email: string; name: string; staffEmail: string; help?: HelpAnswers },
) {
  const citizen = await newCitizen(app, email, name);
  const requestId = await bookCleaner(citizen, help);
  const cleaner = one<{ p: number }>(app, "SELECT provider_id AS p FROM help_requests WHERE id = ?", requestId).p;
  const cleanerName = one<{ name: string }>(app, "SELECT name FROM providers WHERE id = ?", cleaner).name;
  addStaff(app, staffEmail, cleanerName);
  const staff = await loggedIn(app, staffEmail);
  const visits = all<BookedVisit>(
    app,
    "SELECT id, starts_at AS startsAt, ends_at AS endsAt, window_id AS windowId FROM cleaner_slots WHERE request_id = ? AND status = 'booked' ORDER BY starts_at",
    requestId,
  );
  if (visits.length <= 2) throw new Error(`booking ${requestId} has ${visits.length} visits, wanted more than 2`);
  return { citizen, requestId, cleaner, cleanerName, staff, visits };
}

export type CleanerBooking = Awaited<ReturnType<typeof cleanerBooking>>;

/**
 * A request sent with the form at /hulp/aanvragen (for oneself unless `fields` say otherwise), with a
 * valid address in the help's postcode (`fields` may change it); returns its id.
 */
export async function requestThroughForm(
  client: Client,
  offer: string,
  help: HelpAnswers = WOERDEN_HELP,
  fields: Record<string, string> = {},
): Promise<number> {
  const res = await client.post(`/hulp/aanvragen?offer=${offer}&${helpQuery(help)}`, {
    forWhom: "self",
    ...addressFields(String(help.postcode)),
    ...fields,
  });
  const id = Number(/aanvragen\/(\d+)/.exec(res.headers.get("location") ?? "")?.[1]);
  if (res.status !== 302 || !id) throw new Error(`requesting ${offer} failed with ${res.status}`);
  return id;
}

/** Moves a booking's `index`-th visit to `startsAt`, keeping its length (the app never moves time); returns its id. */
export function moveVisit(app: AppServer, requestId: number, index: number, startsAt: number): number {
  const db = orm(app);
  const visit = db
    .select()
    .from(cleanerSlots)
    .where(eq(cleanerSlots.requestId, requestId))
    .orderBy(asc(cleanerSlots.startsAt))
    .limit(1)
    .offset(index)
    .get();
  if (!visit) throw new Error(`request ${requestId} has no visit ${index}`);
  const length = visit.endsAt.getTime() - visit.startsAt.getTime();
  db.update(cleanerSlots)
    .set({ startsAt: new Date(startsAt), endsAt: new Date(startsAt + length) })
    .where(eq(cleanerSlots.id, visit.id))
    .run();
  return visit.id;
}
