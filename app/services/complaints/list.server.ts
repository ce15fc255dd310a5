// The admin's list of their municipality's complaints, filtered by status and provider; audited.
import { complaintProvidersOf, complaintsOf } from "~/models/complaints.server";
import type { ComplaintStatus } from "~db/schema";
import { audit } from "../audit.server";

export type ComplaintFilter = { status?: ComplaintStatus | undefined; providerId?: number | undefined };

const LIST_LIMIT = 500;

/** The admin's municipality's complaints, newest first, filtered by status and provider. */
export function listComplaints(admin: { id: number; municipalityCode: string }, filter: ComplaintFilter = {}) {
  const complaints = complaintsOf(admin, filter, LIST_LIMIT).map((c) => ({ ...c, createdAt: c.createdAt.getTime() }));
  // The filter offers the providers complaints in this municipality are about, and keeps the one
  // chosen in the URL when it serves the municipality (a shared link to a provider without any).
  const providers = complaintProvidersOf(admin, filter.providerId ?? 0);
  audit({
    actorUserId: admin.id,
    action: "complaints.listed",
    subjectType: "municipality",
    subjectId: admin.municipalityCode,
    municipalityCode: admin.municipalityCode,
    detail: { count: complaints.length, status: filter.status ?? null, providerId: filter.providerId ?? null },
  });
  return { complaints, providers };
}

export type ComplaintListItem = ReturnType<typeof listComplaints>["complaints"][number];
