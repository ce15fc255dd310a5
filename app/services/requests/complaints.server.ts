// A citizen's complaints about their own requests, for the municipality to handle.
import { clock } from "~/clock.server";
import { citizenView } from "~/domain/complaints";
import { requestActions } from "~/domain/requests";
import { insertComplaint, listComplaintsOf } from "~/models/citizen-complaints.server";
import { findRequestStateOf } from "~/models/help-requests.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import { noticeComplaintFiled } from "../notifications/municipal.server";

/** Files a complaint about one of the citizen's own requests; false for anyone else's. */
export function fileComplaint(citizenUserId: number, requestId: number, text: string, now = clock.now()): boolean {
  const scope = { citizenUserId };
  const request = findRequestStateOf(scope, requestId);
  if (!request || !requestActions(request.status, { ...request, now }).complain) return false;
  getDb().transaction(() => {
    const id = insertComplaint(
      scope,
      { requestId, providerId: request.providerId, municipalityCode: request.municipalityCode, text },
      now,
    );
    noticeComplaintFiled({ id, citizenUserId, requestId, municipalityCode: request.municipalityCode, now });
    audit({
      actorUserId: citizenUserId,
      action: "complaint.filed",
      subjectType: "complaint",
      subjectId: id,
      municipalityCode: request.municipalityCode,
    });
  });
  return true;
}

/** The citizen's complaints about a request: the outcome (response, resolution) once resolved. */
export function complaintsFor(citizenUserId: number, requestId: number) {
  const rows = listComplaintsOf({ citizenUserId }, requestId);
  const first = rows[0];
  if (first)
    audit({
      actorUserId: citizenUserId,
      action: "complaints.read",
      subjectType: "help_request",
      subjectId: requestId,
      municipalityCode: first.municipalityCode,
      detail: { complaintIds: rows.map((c) => c.id) },
    });
  return rows.map(({ municipalityCode: _, ...c }) => citizenView(c));
}
