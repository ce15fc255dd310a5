// Who works on a case, and the audit entry every read and change of a case leaves.
import { audit } from "~/services/audit.server";

export type Consultant = { id: number; municipalityCode: string };

export function traceCase(consultant: Consultant, action: string, caseId: number, detail?: Record<string, unknown>) {
  audit({
    actorUserId: consultant.id,
    action,
    subjectType: "case",
    subjectId: caseId,
    municipalityCode: consultant.municipalityCode,
    ...(detail ? { detail } : {}),
  });
}
