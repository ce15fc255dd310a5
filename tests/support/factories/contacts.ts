// Contact details: as a citizen gives them in the request form, and (for a referral made in the
// database) a row linked to its request.

import { eq } from "drizzle-orm";
import { contactDetails, helpRequests } from "~db/schema";
import { addressFields } from "../address";
import type { AppServer } from "../app-server";
import type { Client } from "../client";
import { orm } from "./db";
import { type HelpAnswers, requestThroughForm, WOERDEN_HELP } from "./requests";

/** An address in Woerden (3441), with a mobile number spelled as people type it. */
export const WOERDEN_CONTACT = { ...addressFields(), postcode: "3441 ab" } as const;

/** The same number as the app shows it. */
export const WOERDEN_PHONE_SHOWN = "06 12345678";

/** A request through the form at /hulp/aanvragen with an address and phone; returns its id. */
export function requestWithContact(
  client: Client,
  offer: string,
  fields: Record<string, string> = {},
  help: HelpAnswers = WOERDEN_HELP,
): Promise<number> {
  return requestThroughForm(client, offer, help, { forWhom: "self", ...WOERDEN_CONTACT, ...fields });
}

/** A contact row for a request made in the database (a referral's), linked to it; returns the row's id. */
export function contactInDatabase(
  app: AppServer,
  requestId: number,
  values: Partial<typeof contactDetails.$inferInsert> = {},
): number {
  const db = orm(app);
  const request = db
    .select({ userId: helpRequests.citizenUserId, forName: helpRequests.actingForName })
    .from(helpRequests)
    .where(eq(helpRequests.id, requestId))
    .get();
  if (!request) throw new Error(`no request ${requestId}`);
  const id = db
    .insert(contactDetails)
    .values({
      userId: request.userId,
      forName: request.forName,
      street: "Molenstraat",
      houseNumber: "3",
      postcode: "3441AB",
      place: "Woerden",
      phone: "0348123456",
      preferredContact: "phone",
      updatedAt: new Date(),
      ...values,
    })
    .returning({ id: contactDetails.id })
    .get().id;
  db.update(helpRequests).set({ contactId: id }).where(eq(helpRequests.id, requestId)).run();
  return id;
}
