// A confirmed cleaner booking with a logged-in member of that cleaner's staff: what the tests of
// the cleaner's own steps (calling a visit off, stopping the booking) start from.
import type { AppServer } from "../app-server";
import { all, one } from "./db";
import { addStaff, loggedIn, newCitizen } from "./people";
import { type HelpAnswers, requestKind, WOERDEN_HELP } from "./requests";

export type BookedVisit = { id: number; startsAt: number; endsAt: number; windowId: number };

export async function cleanerBookingWithStaff(
  app: AppServer,
  email: string,
  name: string,
  staffEmail: string,
  help: HelpAnswers = WOERDEN_HELP,
) {
  const citizen = await newCitizen(app, email, name);
  const requestId = await requestKind(citizen, "private_cleaner", help);
  const res = await citizen.post(`/mijn/aanvragen/${requestId}`, { intent: "confirm" });
  if (!res.headers.get("location")?.includes("melding=confirmed"))
    throw new Error(`booking ${requestId} not confirmed`);
  const cleaner = one<{ p: number }>(app, "SELECT provider_id AS p FROM help_requests WHERE id = ?", requestId).p;
  const cleanerName = one<{ name: string }>(app, "SELECT name FROM providers WHERE id = ?", cleaner).name;
  addStaff(app, staffEmail, cleanerName);
  const staff = await loggedIn(app, staffEmail);
  const visits = all<BookedVisit>(
    app,
    "SELECT id, starts_at AS startsAt, ends_at AS endsAt, window_id AS windowId FROM cleaner_slots WHERE request_id = ? AND status = 'booked' ORDER BY starts_at",
    requestId,
  );
  if (visits.length <= 2) throw new Error(`booking ${requestId} has ${visits.length} visits`);
  return { citizen, requestId, cleaner, cleanerName, staff, visits };
}
