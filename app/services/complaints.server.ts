// Handling citizens' complaints: the municipality admin takes them from received through in progress
// to resolved; provider staff read the complaints about their own provider and send their response.
// Each is scoped by the session (municipality or provider), and every read and change is audited
// under the complaint's municipality.
import { clock } from "~/clock.server";
import { type ComplaintAction, nextComplaintStatus } from "~/domain/complaints";
import { getDb } from "~db/client.server";
import type { ComplaintEventKind, ComplaintStatus, RequestStatus, Role } from "~db/schema";
import { audit } from "./audit.server";

export type Admin = { id: number; municipalityCode: string };
export type Staff = { id: number; providerId: number };

const sqlite = () => getDb().$client;

export type ComplaintListItem = {
  id: number;
  status: ComplaintStatus;
  createdAt: number;
  providerId: number | null;
  providerName: string | null;
  requestKind: string;
};

export type ComplaintFilter = { status?: ComplaintStatus | undefined; providerId?: number | undefined };

const LIST_LIMIT = 500;

/** The admin's municipality's complaints, newest first, filtered by status and provider. */
export function listComplaints(admin: Admin, filter: ComplaintFilter = {}) {
  const db = sqlite();
  const where = ["c.municipality_code = ?"];
  const params: (string | number)[] = [admin.municipalityCode];
  if (filter.status) {
    where.push("c.status = ?");
    params.push(filter.status);
  }
  if (filter.providerId) {
    where.push("c.provider_id = ?");
    params.push(filter.providerId);
  }
  const complaints = db
    .prepare(
      `SELECT c.id, c.status, c.created_at AS createdAt, c.provider_id AS providerId, p.name AS providerName,
         r.kind AS requestKind
       FROM complaints c JOIN help_requests r ON r.id = c.request_id LEFT JOIN providers p ON p.id = c.provider_id
       WHERE ${where.join(" AND ")}
       ORDER BY c.created_at DESC, c.id DESC LIMIT ${LIST_LIMIT}`,
    )
    .all(...params) as ComplaintListItem[];
  // The filter offers the providers complaints in this municipality are about, and keeps the one
  // chosen in the URL when it serves the municipality (a shared link to a provider without any).
  const providers = db
    .prepare(
      `SELECT p.id, p.name FROM providers p
       WHERE p.id IN (SELECT provider_id FROM complaints WHERE municipality_code = ?)
          OR p.id IN (SELECT provider_id FROM provider_service_areas WHERE municipality_code = ? AND provider_id = ?)
       ORDER BY p.name`,
    )
    .all(admin.municipalityCode, admin.municipalityCode, filter.providerId ?? 0) as { id: number; name: string }[];
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

export type ComplaintEvent = {
  id: number;
  kind: ComplaintEventKind;
  note: string | null;
  at: number;
  byName: string | null;
  byRole: Role | null;
};

export type AdminComplaint = {
  id: number;
  text: string;
  status: ComplaintStatus;
  createdAt: number;
  providerResponse: string | null;
  providerResponseAt: number | null;
  resolution: string | null;
  resolvedAt: number | null;
  citizen: { name: string; email: string };
  /** The request it is about: what and with whom, never the answers (health details) behind it. */
  request: { id: number; kind: string; status: RequestStatus; createdAt: number; providerName: string | null };
  events: ComplaintEvent[];
};

/** One complaint of the admin's own municipality, or null (another municipality's does not exist here). */
export function getComplaint(admin: Admin, complaintId: number): AdminComplaint | null {
  const db = sqlite();
  const row = db
    .prepare(
      `SELECT c.id, c.text, c.status, c.created_at AS createdAt, c.provider_response AS providerResponse,
         c.provider_response_at AS providerResponseAt, c.resolution, c.resolved_at AS resolvedAt,
         u.name AS citizenName, u.email AS citizenEmail,
         r.id AS requestId, r.kind AS requestKind, r.status AS requestStatus, r.created_at AS requestCreatedAt,
         p.name AS providerName
       FROM complaints c JOIN help_requests r ON r.id = c.request_id JOIN users u ON u.id = c.citizen_user_id
         LEFT JOIN providers p ON p.id = c.provider_id
       WHERE c.id = ? AND c.municipality_code = ?`,
    )
    .get(complaintId, admin.municipalityCode) as
    | (Omit<AdminComplaint, "citizen" | "request" | "events"> & {
        citizenName: string;
        citizenEmail: string;
        requestId: number;
        requestKind: string;
        requestStatus: RequestStatus;
        requestCreatedAt: number;
        providerName: string | null;
      })
    | undefined;
  if (!row) return null;
  const events = db
    .prepare(
      `SELECT e.id, e.kind, e.note, e.created_at AS at, u.name AS byName, u.role AS byRole
       FROM complaint_events e LEFT JOIN users u ON u.id = e.by_user_id
       WHERE e.complaint_id = ? ORDER BY e.created_at, e.id`,
    )
    .all(complaintId) as ComplaintEvent[];
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
    createdAt: row.createdAt,
    providerResponse: row.providerResponse,
    providerResponseAt: row.providerResponseAt,
    resolution: row.resolution,
    resolvedAt: row.resolvedAt,
    citizen: { name: row.citizenName, email: row.citizenEmail },
    request: {
      id: row.requestId,
      kind: row.requestKind,
      status: row.requestStatus,
      createdAt: row.requestCreatedAt,
      providerName: row.providerName,
    },
    events,
  };
}

export type ProviderComplaint = {
  id: number;
  text: string;
  status: ComplaintStatus;
  createdAt: number;
  providerResponse: string | null;
  providerResponseAt: number | null;
  municipalityName: string;
  requestId: number;
  requestKind: string;
};

/**
 * The complaints about the staff member's own provider, open ones first. No name or contact
 * details of the citizen: the provider answers the municipality, not the citizen.
 */
export function listProviderComplaints(staff: Staff): ProviderComplaint[] {
  const rows = sqlite()
    .prepare(
      `SELECT c.id, c.text, c.status, c.created_at AS createdAt, c.provider_response AS providerResponse,
         c.provider_response_at AS providerResponseAt, c.municipality_code AS municipalityCode,
         m.name AS municipalityName, r.id AS requestId, r.kind AS requestKind
       FROM complaints c JOIN help_requests r ON r.id = c.request_id JOIN municipalities m ON m.code = c.municipality_code
       WHERE c.provider_id = ?
       ORDER BY CASE c.status WHEN 'resolved' THEN 1 ELSE 0 END, c.created_at DESC, c.id DESC LIMIT ${LIST_LIMIT}`,
    )
    .all(staff.providerId) as (ProviderComplaint & { municipalityCode: string })[];
  // One entry per municipality whose citizens' complaints were read.
  const byMunicipality = new Map<string, number[]>();
  for (const r of rows)
    byMunicipality.set(r.municipalityCode, [...(byMunicipality.get(r.municipalityCode) ?? []), r.id]);
  for (const [municipalityCode, complaintIds] of byMunicipality)
    audit({
      actorUserId: staff.id,
      action: "complaints.listed",
      subjectType: "provider",
      subjectId: staff.providerId,
      municipalityCode,
      detail: { complaintIds },
    });
  return rows.map(({ municipalityCode: _, ...c }) => c);
}

export type ComplaintActor = ({ role: "admin" } & Admin) | ({ role: "provider" } & Staff);

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

/** Whether a complaint is the actor's to handle: another's reads as one that does not exist. */
export function complaintInScope(actor: ComplaintActor, complaintId: number): boolean {
  const row = sqlite()
    .prepare("SELECT municipality_code AS municipalityCode, provider_id AS providerId FROM complaints WHERE id = ?")
    .get(complaintId) as { municipalityCode: string; providerId: number | null } | undefined;
  if (!row) return false;
  return actor.role === "admin" ? row.municipalityCode === actor.municipalityCode : row.providerId === actor.providerId;
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
  const db = sqlite();
  return db
    .transaction((): ComplaintResult => {
      const row = db
        .prepare(
          "SELECT status, municipality_code AS municipalityCode, provider_id AS providerId FROM complaints WHERE id = ?",
        )
        .get(complaintId) as
        | { status: ComplaintStatus; municipalityCode: string; providerId: number | null }
        | undefined;
      const inScope =
        row !== undefined &&
        (actor.role === "admin"
          ? row.municipalityCode === actor.municipalityCode
          : row.providerId === actor.providerId);
      if (!row || !inScope) return { ok: false, error: "not_found" };
      const next = nextComplaintStatus(row.status, input.action, actor.role);
      if (!next.ok) return { ok: false, error: "not_allowed" };
      const t = now.getTime();
      let note: string | null = null;
      if (input.action === "start") {
        db.prepare("UPDATE complaints SET status = ?, in_progress_at = ?, handled_by_user_id = ? WHERE id = ?").run(
          next.to,
          t,
          actor.id,
          complaintId,
        );
      } else if (input.action === "respond") {
        note = input.response;
        db.prepare(
          "UPDATE complaints SET provider_response = ?, provider_response_at = ?, provider_response_by_user_id = ? WHERE id = ?",
        ).run(input.response, t, actor.id, complaintId);
      } else {
        note = input.resolution;
        db.prepare(
          "UPDATE complaints SET status = ?, resolution = ?, resolved_at = ?, handled_by_user_id = ? WHERE id = ?",
        ).run(next.to, input.resolution, t, actor.id, complaintId);
      }
      db.prepare(
        "INSERT INTO complaint_events (complaint_id, kind, note, by_user_id, created_at) VALUES (?, ?, ?, ?, ?)",
      ).run(complaintId, EVENT_OF[input.action], note, actor.id, t);
      audit({
        actorUserId: actor.id,
        action: AUDIT_ACTION[input.action],
        subjectType: "complaint",
        subjectId: complaintId,
        municipalityCode: row.municipalityCode,
        detail: { from: row.status, to: next.to, by: actor.role },
      });
      return { ok: true, status: next.to };
    })
    .immediate();
}
