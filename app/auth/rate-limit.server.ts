// Failed logins are limited per account and per IP address, so passwords cannot be guessed at
// speed. Kept in memory: one Node process serves the app (ADR 001); a restart forgets, which
// only ever helps a legitimate user. Failures count within a sliding window.

import { clock } from "~/clock.server";
export const ACCOUNT_LIMIT = 5; // failures per account …
export const IP_LIMIT = 30; // … and per IP address (many people may share one) …
export const WINDOW_MS = 15 * 60_000; // … within 15 minutes

const failures = new Map<string, number[]>();

function recent(key: string, now: number): number[] {
  const kept = (failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (kept.length === 0) failures.delete(key);
  else failures.set(key, kept);
  return kept;
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

/** Seconds until another attempt is allowed, or 0 when it is allowed now. */
export function loginBlockedFor(email: string, ip: string | undefined, now = clock.ms()): number {
  let wait = 0;
  for (const [key, limit] of [
    [accountKey(email), ACCOUNT_LIMIT],
    ...(ip ? [[ipKey(ip), IP_LIMIT] as const] : []),
  ] as const) {
    const times = recent(key, now);
    if (times.length >= limit) {
      const oldest = times[times.length - limit] ?? now;
      wait = Math.max(wait, Math.ceil((oldest + WINDOW_MS - now) / 1000));
    }
  }
  return wait;
}

export function recordLoginFailure(email: string, ip: string | undefined, now = clock.ms()): void {
  for (const key of [accountKey(email), ...(ip ? [ipKey(ip)] : [])]) failures.set(key, [...recent(key, now), now]);
}

/** A successful login clears the account's failures (not the address's). */
export function recordLoginSuccess(email: string): void {
  failures.delete(accountKey(email));
}

/** For tests of the limiter itself. */
export function resetLoginLimits(): void {
  failures.clear();
}
