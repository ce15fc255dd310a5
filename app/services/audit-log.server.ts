// The audit trail as a municipality admin reads it: only the events about their own
// municipality's citizens, newest first, a page at a time. Reading it is itself audited.
import { addDays, fromAmsterdam } from "~/domain/time";
import { getDb } from "~db/client.server";
import type { Role } from "~db/schema";
import { audit } from "./audit.server";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
  action?: string | undefined;
  /** Part of the actor's email address, any case. */
  actorEmail?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  /** Amsterdam days, both inclusive. */
  from?: string | undefined;
  to?: string | undefined;
};

export type AuditRow = {
  id: number;
  at: number;
  actor: { name: string; email: string; role: Role } | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  detail: string;
};

export type AuditPage = { events: AuditRow[]; page: number; hasPrevious: boolean; hasNext: boolean };

const sqlite = () => getDb().$client;

/** The UTC instant an Amsterdam day starts (midnight exists on every day, DST changes at 2–3 am). */
function dayStart(day: string): number {
  return (fromAmsterdam(day, "00:00") ?? new Date(`${day}T00:00:00Z`)).getTime();
}

function escapeLike(s: string): string {
  return s.replace(/[%_\\]/g, (c) => `\\${c}`);
}

const DETAIL_MAX = 200;

/** The event's detail as one short line: `key: value` pairs, long lists cut short. */
export function summariseDetail(detail: unknown): string {
  if (detail === null || detail === undefined) return "";
  if (typeof detail !== "object" || Array.isArray(detail)) return String(detail).slice(0, DETAIL_MAX);
  const value = (v: unknown): string => {
    if (v === null || v === undefined) return "—";
    if (Array.isArray(v)) {
      const shown = v.slice(0, 10).map(value).join(", ");
      return v.length > 10 ? `${shown} … (+${v.length - 10})` : shown;
    }
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  };
  const line = Object.entries(detail as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${value(v)}`)
    .join("; ");
  return line.length > DETAIL_MAX ? `${line.slice(0, DETAIL_MAX - 1)}…` : line;
}

function parseDetail(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** What the filter's selects offer: the actions and subject types present for this municipality. */
export function auditFilterChoices(municipalityCode: string): { actions: string[]; subjectTypes: string[] } {
  const distinct = (column: "action" | "subject_type") =>
    (
      sqlite()
        .prepare(`SELECT DISTINCT ${column} AS v FROM audit_events WHERE municipality_code = ? ORDER BY v`)
        .all(municipalityCode) as { v: string }[]
    ).map((r) => r.v);
  return { actions: distinct("action"), subjectTypes: distinct("subject_type") };
}

/** One page of the admin's municipality's audit events; the viewing is recorded too. */
export function readAuditLog(
  admin: { id: number; municipalityCode: string },
  filter: AuditFilter,
  page: number,
): AuditPage {
  const db = sqlite();
  const where = ["a.municipality_code = ?"];
  const params: (string | number)[] = [admin.municipalityCode];
  if (filter.action) {
    where.push("a.action = ?");
    params.push(filter.action);
  }
  if (filter.actorEmail) {
    where.push("lower(u.email) LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(filter.actorEmail.toLowerCase())}%`);
  }
  if (filter.subjectType) {
    where.push("a.subject_type = ?");
    params.push(filter.subjectType);
  }
  if (filter.subjectId) {
    where.push("a.subject_id = ?");
    params.push(filter.subjectId);
  }
  if (filter.from) {
    where.push("a.created_at >= ?");
    params.push(dayStart(filter.from));
  }
  if (filter.to) {
    where.push("a.created_at < ?");
    params.push(dayStart(addDays(filter.to, 1)));
  }
  const offset = (page - 1) * AUDIT_PAGE_SIZE;
  const rows = db
    .prepare(
      `SELECT a.id, a.created_at AS at, a.action, a.subject_type AS subjectType, a.subject_id AS subjectId, a.detail,
         u.name AS actorName, u.email AS actorEmail, u.role AS actorRole
       FROM audit_events a LEFT JOIN users u ON u.id = a.actor_user_id
       WHERE ${where.join(" AND ")}
       ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, AUDIT_PAGE_SIZE + 1, offset) as {
    id: number;
    at: number;
    action: string;
    subjectType: string;
    subjectId: string | null;
    detail: string | null;
    actorName: string | null;
    actorEmail: string | null;
    actorRole: Role | null;
  }[];
  const result: AuditPage = {
    events: rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({
      id: r.id,
      at: r.at,
      actor:
        r.actorName !== null && r.actorEmail !== null && r.actorRole !== null
          ? { name: r.actorName, email: r.actorEmail, role: r.actorRole }
          : null,
      action: r.action,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      detail: summariseDetail(parseDetail(r.detail)),
    })),
    page,
    hasPrevious: page > 1,
    hasNext: rows.length > AUDIT_PAGE_SIZE,
  };
  // Who looked at whose data is itself part of the trail.
  audit({
    actorUserId: admin.id,
    action: "audit.viewed",
    subjectType: "municipality",
    subjectId: admin.municipalityCode,
    municipalityCode: admin.municipalityCode,
    detail: { ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)), page },
  });
  return result;
}
