// Who is asking, and may they: the guards every loader and action starts with.
import { redirect } from "@remix-run/node";
import { clock } from "~/clock.server";
import { recordLogin } from "~/models/users.server";
import { audit } from "~/services/audit.server";
import { forbidden } from "~/utils/http.server";
import { safeRedirect } from "~/utils/redirect";
import type { Role } from "~db/schema";
import {
  blankSessionCookie,
  cookieExpiry,
  createSession,
  endedSessionReason,
  generateSessionToken,
  invalidateSession,
  readSessionToken,
  type SessionUser,
  sessionCookie,
  type ValidatedSession,
  validateSessionToken,
} from "./session.server";

/** The logged-in user's session, or null; a bad, unknown or expired cookie reads as anonymous. */
export function getSession(request: Request, options: { renew?: boolean } = {}): ValidatedSession | null {
  const token = readSessionToken(request);
  if (!token) return null;
  return validateSessionToken(token, { renew: options.renew ?? false });
}

export function getUser(request: Request): SessionUser | null {
  return getSession(request)?.user ?? null;
}

/** The cookie to send when the root loader renewed the session (sliding expiry). */
export function renewedSessionCookie(request: Request, validated: ValidatedSession | null): string | null {
  const token = readSessionToken(request);
  if (!validated?.renewed || !token) return null;
  return sessionCookie(request, token, cookieExpiry(validated.user.role, validated.session));
}

function loginPath(request: Request): string {
  const url = new URL(request.url);
  return `/inloggen?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`;
}

/** Where a person with a one-time password chooses their own (ADR 024). */
export const CHOOSE_PASSWORD_PATH = "/account/wachtwoord";

/**
 * An account made with a one-time password may do nothing before its owner chose their own:
 * every guarded page sends it to the password page, with a way back to where it was going.
 */
function requirePasswordChosen(request: Request, user: SessionUser): void {
  if (!user.mustChangePassword) return;
  const url = new URL(request.url);
  if (url.pathname === CHOOSE_PASSWORD_PATH) return;
  throw redirect(`${CHOOSE_PASSWORD_PATH}?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
}

/**
 * The first line of every protected loader and action. Anonymous users go to the login
 * page with a way back; a logged-in user of another role gets 403.
 */
export function requireUser(request: Request, options: { role?: Role | readonly Role[] } = {}): SessionUser {
  const user = getUser(request);
  if (!user) throw redirect(loginPath(request));
  requirePasswordChosen(request, user);
  if (options.role) {
    const allowed: readonly Role[] = typeof options.role === "string" ? [options.role] : options.role;
    if (!allowed.includes(user.role)) throw forbidden();
  }
  return user;
}

/** The asking session itself (any role), for what concerns the session: the list of one's own. */
export function requireSession(request: Request): ValidatedSession {
  const validated = getSession(request);
  if (!validated) throw redirect(loginPath(request));
  requirePasswordChosen(request, validated.user);
  return validated;
}

/** Staff scoped to a municipality: the code their data queries are limited to. */
export function requireMunicipalityUser(request: Request, role: "consultant" | "admin") {
  const user = requireUser(request, { role });
  if (!user.municipalityCode) throw forbidden();
  return { ...user, municipalityCode: user.municipalityCode };
}

/** Where each role starts: its own workspace. */
export function homePathFor(role: Role): string {
  return { citizen: "/mijn", provider_staff: "/aanbieder", consultant: "/consulent", admin: "/beheer" }[role];
}

/**
 * On /inloggen: why the browser's session ended, if it ended for a reason to tell (ADR 040), with
 * the cookie that clears the dead token. Null for a browser without one.
 */
export function endedSession(request: Request) {
  const token = readSessionToken(request);
  const reason = token ? endedSessionReason(token) : null;
  return reason ? { reason, clearCookie: blankSessionCookie(request) } : null;
}

export function requireAnonymous(request: Request): void {
  const user = getUser(request);
  if (user) throw redirect(homePathFor(user.role));
}

/** Starts a session and sends the user on (to a safe, local path only). */
export function logIn(request: Request, user: { id: number; role: Role }, redirectTo: string | null | undefined) {
  const token = generateSessionToken();
  const now = clock.now();
  const session = createSession(token, user, { userAgent: request.headers.get("User-Agent"), now });
  // The one place a login is complete (after the password and any second factor): only here the
  // last login moves and "logged in" is audited (ADR 032).
  recordLogin({ userId: user.id }, now);
  audit({ actorUserId: user.id, action: "session.login", subjectType: "user", subjectId: user.id });
  return redirect(safeRedirect(redirectTo, homePathFor(user.role)), {
    headers: { "Set-Cookie": sessionCookie(request, token, cookieExpiry(user.role, session)) },
  });
}

export function logOut(request: Request) {
  const validated = getSession(request);
  if (validated) invalidateSession(validated.session.id);
  return redirect("/", { headers: { "Set-Cookie": blankSessionCookie(request) } });
}

/** Provider staff, with the provider their queries are limited to. */
export function requireProviderUser(request: Request) {
  const user = requireUser(request, { role: "provider_staff" });
  if (!user.providerId) throw forbidden();
  return { ...user, providerId: user.providerId };
}
