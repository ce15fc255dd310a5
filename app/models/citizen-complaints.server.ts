// A citizen's complaints about their own requests: filing one, and reading them back on the request.
// The municipality's and the provider's handling of complaints lives with the complaints service.
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { complaintEvents, complaints } from "~db/schema";
import type { CitizenScope } from "./help-requests.server";

/** Files a complaint with its first step ("received") on its history; returns its id. */
export function insertComplaint(
  { citizenUserId }: CitizenScope,
  complaint: { requestId: number; providerId: number | null; municipalityCode: string; text: string },
  now: Date,
): number {
  const db = getDb();
  const { id } = db
    .insert(complaints)
    .values({ ...complaint, citizenUserId, createdAt: now })
    .returning({ id: complaints.id })
    .get();
  db.insert(complaintEvents).values({ complaintId: id, kind: "received", byUserId: citizenUserId, at: now }).run();
  return id;
}

/** The citizen's complaints about one of their requests, oldest first. */
export function listComplaintsOf({ citizenUserId }: CitizenScope, requestId: number) {
  return getDb()
    .select({
      id: complaints.id,
      text: complaints.text,
      status: complaints.status,
      providerResponse: complaints.providerResponse,
      resolution: complaints.resolution,
      resolvedAt: complaints.resolvedAt,
      municipalityCode: complaints.municipalityCode,
      createdAt: complaints.createdAt,
    })
    .from(complaints)
    .where(and(eq(complaints.requestId, requestId), eq(complaints.citizenUserId, citizenUserId)))
    .orderBy(asc(complaints.id))
    .all();
}
