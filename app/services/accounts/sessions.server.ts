// "Waar u bent ingelogd": a person's own sessions, and logging out everywhere else.

import { clock } from "~/clock.server";
import { forgetDevicesOf } from "~/models/known-devices.server";
import { endSessionsOf, sessionsOf } from "~/models/sessions.server";
import { getDb } from "~db/client.server";
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
  const ended = endSessionsOf(getDb(), { userId: user.id }, "ended_elsewhere", clock.now(), currentSessionId);
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
