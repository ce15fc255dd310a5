// Requests to a provider, as its staff see and decide them: only their own provider's, and
// only what they need (no income, no free text about health).
import { clock } from "~/clock.server";
import { getDb } from "~db/client.server";
import type { RequestStatus } from "~db/schema";
import { audit } from "./audit.server";

export type ProviderRequest = {
  id: number;
  kind: string;
  status: RequestStatus;
  createdAt: number;
  citizenName: string;
  citizenEmail: string;
  actingForName: string | null;
  actingRelation: string | null;
  postcode: string;
  needs: string[];
  mobility: string[];
  helperFirstName: string | null;
  helperStartDate: string | null;
  declineReason: string | null;
};

export function listProviderRequests(staff: { id: number; providerId: number }): ProviderRequest[] {
  const rows = getDb()
    .$client.prepare(
      `SELECT r.id, r.kind, r.status, r.created_at AS createdAt, u.name AS citizenName, u.email AS citizenEmail,
              r.acting_for_name AS actingForName, r.acting_relation AS actingRelation, r.answers,
              r.helper_first_name AS helperFirstName, r.helper_start_date AS helperStartDate, r.decline_reason AS declineReason
       FROM help_requests r JOIN users u ON u.id = r.citizen_user_id
       WHERE r.provider_id = ? AND r.status NOT IN ('held', 'expired') AND r.kind <> 'zin'
       ORDER BY r.created_at DESC LIMIT 200`,
    )
    .all(staff.providerId) as (Omit<ProviderRequest, "postcode" | "needs" | "mobility"> & { answers: string })[];
  if (rows.length > 0) {
    audit({
      actorUserId: staff.id,
      action: "requests.listed",
      subjectType: "provider",
      subjectId: staff.providerId,
      detail: { requestIds: rows.map((r) => r.id) },
    });
  }
  return rows.map(({ answers, ...r }) => {
    const a = JSON.parse(answers) as { postcode?: string; needs?: string[]; mobility?: string[] };
    // Mobility limits are health data: only the physio practice needs them, for its intake.
    const mobility = r.kind === "powerful_ageing" ? (a.mobility ?? []) : [];
    return { ...r, postcode: a.postcode ?? "", needs: a.needs ?? [], mobility };
  });
}

export type Decision =
  | { action: "enrol" }
  | { action: "match"; helperFirstName: string; helperStartDate: string }
  | { action: "decline"; reason: string };

const FROM: Record<Decision["action"], { kind: string; from: RequestStatus; to: RequestStatus }> = {
  enrol: { kind: "powerful_ageing", from: "intake_requested", to: "enrolled" },
  match: { kind: "pgb_informal", from: "mediation_requested", to: "matched" },
  decline: { kind: "", from: "intake_requested", to: "declined" },
};

/**
 * A practice accepts (enrols) or declines after its intake; a mediator records the match
 * (helper's first name and start date) or declines. Scoped to the staff member's provider.
 */
export function decideRequest(
  staff: { id: number; providerId: number },
  requestId: number,
  decision: Decision,
  now = clock.now(),
): boolean {
  const db = getDb().$client;
  return db
    .transaction(() => {
      const row = db
        .prepare("SELECT kind, status FROM help_requests WHERE id = ? AND provider_id = ?")
        .get(requestId, staff.providerId) as { kind: string; status: RequestStatus } | undefined;
      if (!row) return false;
      const rule = FROM[decision.action];
      const open = row.status === "intake_requested" || row.status === "mediation_requested";
      if (decision.action === "decline" ? !open : row.kind !== rule.kind || row.status !== rule.from) return false;
      db.prepare(
        `UPDATE help_requests SET status = ?, helper_first_name = ?, helper_start_date = ?, decline_reason = ?, updated_at = ?
         WHERE id = ?`,
      ).run(
        rule.to,
        decision.action === "match" ? decision.helperFirstName : null,
        decision.action === "match" ? decision.helperStartDate : null,
        decision.action === "decline" ? decision.reason : null,
        now.getTime(),
        requestId,
      );
      db.prepare(
        "INSERT INTO request_events (request_id, status, note, by_user_id, created_at) VALUES (?, ?, ?, ?, ?)",
      ).run(requestId, rule.to, decision.action === "decline" ? decision.reason : null, staff.id, now.getTime());
      audit({
        actorUserId: staff.id,
        action: `request.${decision.action}`,
        subjectType: "help_request",
        subjectId: requestId,
      });
      return true;
    })
    .immediate();
}
