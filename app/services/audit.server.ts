// The audit trail: who read or changed what, for the AVG and for trust.

import { insertAuditEvent } from "~/models/audit-events.server";
import type { Db } from "~db/client.server";

export type AuditEntry = {
  actorUserId: number | null;
  action: string;
  subjectType: string;
  subjectId?: string | number | null;
  detail?: Record<string, unknown>;
  /** The municipality whose citizen this concerns: its admins can read the event. */
  municipalityCode?: string | null;
};

/** Records one event; pass the transaction when it belongs with a change. */
export function audit(entry: AuditEntry, db?: Pick<Db, "insert">): void {
  insertAuditEvent(
    {
      actorUserId: entry.actorUserId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId == null ? null : String(entry.subjectId),
      detail: entry.detail ?? null,
      municipalityCode: entry.municipalityCode ?? null,
    },
    db,
  );
}
