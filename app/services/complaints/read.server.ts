// One complaint as the admin of its municipality reads it, with its history; audited.
import { complaintEventsOf, complaintOf } from "~/models/complaints.server";
import { audit } from "../audit.server";

/** One complaint of the admin's own municipality, or null (another municipality's does not exist here). */
export function getComplaint(admin: { id: number; municipalityCode: string }, complaintId: number) {
  const row = complaintOf(admin, complaintId);
  if (!row) return null;
  const events = complaintEventsOf(admin, complaintId).map((e) => ({ ...e, at: e.at.getTime() }));
  audit({
    actorUserId: admin.id,
    action: "complaint.read",
    subjectType: "complaint",
    subjectId: complaintId,
    municipalityCode: admin.municipalityCode,
  });
  return {
    id: row.id,
    text: row.text,
    status: row.status,
    createdAt: row.createdAt.getTime(),
    providerResponse: row.providerResponse,
    providerResponseAt: row.providerResponseAt?.getTime() ?? null,
    resolution: row.resolution,
    resolvedAt: row.resolvedAt?.getTime() ?? null,
    citizen: { name: row.citizenName, email: row.citizenEmail },
    /** The request it is about: what and with whom, never the answers (health details) behind it. */
    request: {
      id: row.requestId,
      kind: row.requestKind,
      status: row.requestStatus,
      createdAt: row.requestCreatedAt.getTime(),
      providerName: row.providerName,
    },
    events,
  };
}

export type AdminComplaint = NonNullable<ReturnType<typeof getComplaint>>;
export type ComplaintEvent = AdminComplaint["events"][number];
