// The audit trail as a municipality admin reads it: only the events about their own
// municipality's citizens, newest first, a page at a time. Reading it is itself audited.
import { addDays, fromAmsterdam } from "~/domain/time";
import { auditEventsOf, auditValuesOf } from "~/models/audit-events.server";
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

/** The UTC instant an Amsterdam day starts (midnight exists on every day, DST changes at 2–3 am). */
function dayStart(day: string): Date {
  return fromAmsterdam(day, "00:00") ?? new Date(`${day}T00:00:00Z`);
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
  const line = Object.entries(detail)
    .map(([k, v]) => `${k}: ${value(v)}`)
    .join("; ");
  return line.length > DETAIL_MAX ? `${line.slice(0, DETAIL_MAX - 1)}…` : line;
}

/** What the filter's selects offer: the actions and subject types present for this municipality. */
export function auditFilterChoices(admin: { municipalityCode: string }): { actions: string[]; subjectTypes: string[] } {
  return { actions: auditValuesOf(admin, "action"), subjectTypes: auditValuesOf(admin, "subjectType") };
}

/** One page of the admin's municipality's audit events; the viewing is recorded too. */
export function readAuditLog(
  admin: { id: number; municipalityCode: string },
  filter: AuditFilter,
  page: number,
): AuditPage {
  const rows = auditEventsOf(
    admin,
    {
      action: filter.action,
      actorEmailPattern: filter.actorEmail ? `%${escapeLike(filter.actorEmail.toLowerCase())}%` : undefined,
      subjectType: filter.subjectType,
      subjectId: filter.subjectId,
      from: filter.from ? dayStart(filter.from) : undefined,
      before: filter.to ? dayStart(addDays(filter.to, 1)) : undefined,
    },
    { limit: AUDIT_PAGE_SIZE + 1, offset: (page - 1) * AUDIT_PAGE_SIZE },
  );
  const result: AuditPage = {
    events: rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({
      id: r.id,
      at: r.at.getTime(),
      actor:
        r.actorName !== null && r.actorEmail !== null && r.actorRole !== null
          ? { name: r.actorName, email: r.actorEmail, role: r.actorRole }
          : null,
      action: r.action,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      detail: summariseDetail(r.detail),
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
