// "Waar u bent ingelogd": a person's own sessions, and logging out everywhere else.
import { forgetDevicesOf } from "~/models/known-devices.server";
import { deleteOtherSessionsOf, sessionsOf } from "~/models/sessions.server";
import { audit } from "../audit.server";

/** The user's sessions (never another's), the asking one marked; ids stay on the server. */
export function listOwnSessions(user: { id: number }, currentSessionId: string) {
  return sessionsOf({ userId: user.id }).map((s) => ({
    key: s.id.slice(0, 12),
    current: s.id === currentSessionId,
    device: s.device,
    startedAt: s.createdAt.getTime(),
    lastSeenAt: s.lastSeenAt.getTime(),
  }));
}

/**
 * Ends every session of the user except the one asking, and forgets every other browser that
 * logged in to the account (a stolen known-browser cookie lost its standing only then); how many
 * sessions ended.
 */
export function endOtherSessions(user: { id: number }, currentSessionId: string, currentDevice: string | null): number {
  const ended = deleteOtherSessionsOf({ userId: user.id }, currentSessionId);
  forgetDevicesOf({ userId: user.id }, currentDevice);
  audit({
    actorUserId: user.id,
    action: "session.ended_elsewhere",
    subjectType: "user",
    subjectId: user.id,
    detail: { ended },
  });
  return ended;
}
