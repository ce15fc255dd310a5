// A citizen's requests as their pages show them: the list, and one request with its timeline,
// visits, place in line and the consultant's outcome. Someone else's request does not exist here.
import { clock } from "~/clock.server";
import { effectiveStatus } from "~/domain/requests";
import { visitsOf } from "~/models/cleaner-slots.server";
import {
  type CitizenRequestRow,
  findRequestOf,
  isRequestOf,
  listRequestsOf,
  placeInLine,
} from "~/models/help-requests.server";
import { listEventsOf } from "~/models/request-events.server";
import { toSearchParams } from "~/schemas/help-request";
import { storedHelpQuery } from "~/schemas/stored-answers";
import { audit } from "../audit.server";
import { consultantOutcome } from "./outcome.server";

/** A request as the citizen reads it: an expired hold reads as expired; the answers stay behind. */
function view({ answers: _, ...row }: CitizenRequestRow, now: Date) {
  return { ...row, status: effectiveStatus(row.status, row.holdExpiresAt, now) };
}

export type RequestView = ReturnType<typeof view>;

/** Whether this citizen has this request (no audit entry: nothing about it is read). */
export function ownsRequest(citizenUserId: number, requestId: number): boolean {
  return isRequestOf({ citizenUserId }, requestId);
}

export function listRequests(citizenUserId: number, now = clock.now()): RequestView[] {
  return listRequestsOf({ citizenUserId }).map((row) => view(row, now));
}

/** One request of this citizen (null for anyone else's), with its timeline and booked visits. */
export function getRequest(citizenUserId: number, requestId: number, now = clock.now()) {
  const scope = { citizenUserId };
  const row = findRequestOf(scope, requestId);
  if (!row) return null;
  // For ZIN: the place in the municipality's line at the consultants.
  const position = row.kind === "zin" && row.status === "submitted" ? placeInLine(scope, requestId) : null;
  audit({
    actorUserId: citizenUserId,
    action: "request.read",
    subjectType: "help_request",
    subjectId: requestId,
    municipalityCode: row.municipalityCode,
  });
  return {
    request: view(row, now),
    events: listEventsOf(scope, requestId),
    visits: visitsOf(scope, requestId),
    position,
    outcome: consultantOutcome(scope, row),
    endedByCleaner: endedByCleanerOf(row),
  };
}

/**
 * The cleaner stopped this booking (ADR 041): when, and the way on: the options for the same
 * answers, where another cleaner can be booked (the start page when the answers no longer parse).
 */
function endedByCleanerOf(row: CitizenRequestRow): { at: Date; findLink: string } | null {
  if (row.kind !== "private_cleaner" || !row.endedByProviderAt) return null;
  const answers = storedHelpQuery.safeParse(row.answers);
  return {
    at: row.endedByProviderAt,
    // Without her: she stopped, so the list offers the others (hulp.opties reads `zonder`).
    findLink: answers.success
      ? `/hulp/opties?${toSearchParams(answers.data)}${row.providerId === null ? "" : `&zonder=cleaner:${row.providerId}`}`
      : "/hulp",
  };
}
