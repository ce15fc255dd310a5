// The municipality's cases, searched by the person's name or the account's e-mail address.
import { listCasesMatching } from "~/models/cases.server";
import { audit } from "~/services/audit.server";
import type { Consultant } from "./consultant.server";

const LIST_LIMIT = 200;

export function listCases(consultant: Consultant, search: string) {
  const rows = listCasesMatching(consultant, search, LIST_LIMIT);
  audit({
    actorUserId: consultant.id,
    action: "cases.listed",
    subjectType: "municipality",
    subjectId: consultant.municipalityCode,
    municipalityCode: consultant.municipalityCode,
    detail: { count: rows.length },
  });
  return rows;
}

export type CaseListRow = ReturnType<typeof listCases>[number];
