// The citizen's note for the cleaner (ADR 039): written with the booking, changed on the request
// page while the booking is held or runs. Only the cleaner reads it, in her agenda; her staff hear
// that it changed, never what it says.
import { clock } from "~/clock.server";
import { requestActions } from "~/domain/requests";
import { findRequestStateOf, updateRequest } from "~/models/help-requests.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import { noticeNoteChanged } from "../notifications/request-notices.server";

/** Sets (or with null clears) the note; false when the request is not a running booking of this citizen. */
export function setNoteForProvider(
  citizenUserId: number,
  requestId: number,
  note: string | null,
  now = clock.now(),
): boolean {
  return getDb().transaction(
    () => {
      // Re-read inside the transaction: a booking cancelled a moment ago takes no note.
      const r = findRequestStateOf({ citizenUserId }, requestId);
      if (!r) return false;
      const { editNote, status } = requestActions(r.status, { kind: r.kind, holdExpiresAt: r.holdExpiresAt, now });
      if (!editNote) return false;
      // The same words again change nothing and tell no one (attack: five saves, five mails).
      if (r.noteForProvider === note) return true;
      updateRequest(requestId, { noteForProvider: note, updatedAt: now });
      audit({
        actorUserId: citizenUserId,
        action: "request.note_changed",
        subjectType: "help_request",
        subjectId: requestId,
        municipalityCode: r.municipalityCode,
        // Whether there is a note, not its words: the audit log is read by the municipality.
        detail: { note: note === null ? "removed" : "set" },
      });
      // A held time is not hers yet: she reads the note once it is booked.
      if (status === "booked") noticeNoteChanged(requestId, now);
      return true;
    },
    { behavior: "immediate" },
  );
}
