// Moving a complaint on: the admin starts, answers for the provider, and resolves; the provider
// answers. The domain (app/domain/complaints.ts) says who may do what; every step is audited
// under the complaint's municipality.
import { clock } from "~/clock.server";
import { type ComplaintAction, nextComplaintStatus } from "~/domain/complaints";
import {
  type ComplaintScope,
  findComplaintIn,
  insertComplaintEvent,
  recordProviderResponse,
  resolveComplaint,
  startComplaint,
} from "~/models/complaints.server";
import { getDb } from "~db/client.server";
import type { ComplaintEventKind, ComplaintStatus } from "~db/schema";
import { audit } from "../audit.server";
import { noticeComplaintResolved } from "../notifications/municipal.server";

export type ComplaintActor =
  | { role: "admin"; id: number; municipalityCode: string }
  | { role: "provider"; id: number; providerId: number };

export type ComplaintInput =
  | { action: "start" }
  | { action: "respond"; response: string }
  | { action: "resolve"; resolution: string };

export type ComplaintResult = { ok: true; status: ComplaintStatus } | { ok: false; error: "not_found" | "not_allowed" };

const EVENT_OF: Record<ComplaintAction, ComplaintEventKind> = {
  start: "in_progress",
  respond: "provider_response",
  resolve: "resolved",
};

const AUDIT_ACTION: Record<ComplaintAction, string> = {
  start: "complaint.started",
  respond: "complaint.responded",
  resolve: "complaint.resolved",
};

/** An admin handles their municipality's complaints, provider staff those about their provider. */
function scopeOf(actor: ComplaintActor): ComplaintScope {
  return actor.role === "admin" ? { municipalityCode: actor.municipalityCode } : { providerId: actor.providerId };
}

/** Whether a complaint is the actor's to handle: another's reads as one that does not exist. */
export function complaintInScope(actor: ComplaintActor, complaintId: number): boolean {
  return findComplaintIn(scopeOf(actor), complaintId) !== undefined;
}

/**
 * One step in handling a complaint. The status is read, checked against the domain's rules and
 * changed in one transaction, so two admins acting at once cannot both move it on.
 */
export function actOnComplaint(
  actor: ComplaintActor,
  complaintId: number,
  input: ComplaintInput,
  now = clock.now(),
): ComplaintResult {
  return getDb().transaction(
    (): ComplaintResult => {
      const scope = scopeOf(actor);
      const row = findComplaintIn(scope, complaintId);
      if (!row) return { ok: false, error: "not_found" };
      const next = nextComplaintStatus(row.status, input.action, actor.role);
      if (!next.ok) return { ok: false, error: "not_allowed" };
      const step = { byUserId: actor.id, at: now };
      let note: string | null = null;
      if (input.action === "start") {
        startComplaint(scope, complaintId, next.to, step);
      } else if (input.action === "respond") {
        note = input.response;
        recordProviderResponse(scope, complaintId, input.response, step);
      } else {
        note = input.resolution;
        resolveComplaint(scope, complaintId, next.to, input.resolution, step);
        noticeComplaintResolved(complaintId, row.municipalityCode, now);
      }
      insertComplaintEvent(complaintId, EVENT_OF[input.action], note, step);
      audit({
        actorUserId: actor.id,
        action: AUDIT_ACTION[input.action],
        subjectType: "complaint",
        subjectId: complaintId,
        municipalityCode: row.municipalityCode,
        detail: { from: row.status, to: next.to, by: actor.role },
      });
      return { ok: true, status: next.to };
    },
    { behavior: "immediate" },
  );
}
