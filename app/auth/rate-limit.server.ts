// Logins and registrations are limited so passwords cannot be guessed at speed and sign-ups
// cannot flood the password hashing. Each attempt is taken from its limits in SQLite *before* the
// password is checked or hashed, in one write transaction, so parallel requests and several server
// processes on one database count together (ADR 017). Limits count within a sliding window.
import { createHash } from "node:crypto";
import { clock } from "~/clock.server";
import { attemptAtRank, deleteAttempts, insertAttempt, pruneAttempts } from "~/models/auth-attempts.server";
import { getDb } from "~db/client.server";

export const ACCOUNT_ADDRESS_LIMIT = 5; // attempts per account from one address …
export const ACCOUNT_LIMIT = 50; // … per account from all addresses together (a ceiling) …
export const IP_LIMIT = 30; // … and per address over all accounts (many people may share one) …
export const WINDOW_MS = 15 * 60_000; // … within 15 minutes

const HOUR_MS = 60 * 60_000;
const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
/** Registrations per address and in all per hour; settable, as a library or a school shares one address. */
export const REGISTRATION_ADDRESS_LIMIT = positive(process.env.REGISTRATION_LIMIT_PER_ADDRESS, 10);
export const REGISTRATION_TOTAL_LIMIT = positive(process.env.REGISTRATION_LIMIT_TOTAL, 200);
export const REGISTRATION_WINDOW_MS = HOUR_MS;

type Limit = { bucket: string; max: number; windowMs: number };
export type Taken = { ok: true; ids: number[] } | { ok: false; retryAfterSeconds: number };

// What a bucket counts is kept as a hash: the table never holds typed emails or addresses.
const bucket = (kind: string, value: string) => `${kind}:${createHash("sha256").update(value).digest("hex")}`;
const account = (email: string) => email.trim().toLowerCase();
const address = (ip: string | undefined) => ip ?? "unknown";

let prunedAt = 0;

/** Takes one attempt from every limit, or none when any of them is full. */
function take(limits: readonly Limit[], now: Date): Taken {
  if (now.getTime() - prunedAt > 60_000) {
    prunedAt = now.getTime();
    pruneAttempts(new Date(now.getTime() - Math.max(...limits.map((l) => l.windowMs), HOUR_MS)));
  }
  // IMMEDIATE: the write lock is held from the first count, so no other request or process can
  // count between our count and our insert.
  return getDb().transaction(
    (tx): Taken => {
      let wait = 0;
      for (const limit of limits) {
        // The bucket is full while its max-th latest attempt is inside the window.
        const at = attemptAtRank(tx, limit.bucket, new Date(now.getTime() - limit.windowMs), limit.max);
        if (at) wait = Math.max(wait, Math.ceil((at.getTime() + limit.windowMs - now.getTime()) / 1000));
      }
      if (wait > 0) return { ok: false, retryAfterSeconds: wait };
      return { ok: true, ids: limits.map((limit) => insertAttempt(tx, limit.bucket, now)) };
    },
    { behavior: "immediate" },
  );
}

/**
 * A browser that logged in to the account before (`knownDevice`, see known-device.server.ts) is
 * counted on its own instead of under the account's ceiling: failures from strangers' addresses
 * then never lock the owner out, and a stolen cookie still gives only a few guesses.
 */
const loginLimits = (email: string, ip: string | undefined, knownDevice: string | null = null): Limit[] => [
  {
    bucket: bucket("login_account_address", `${account(email)}\n${address(ip)}`),
    max: ACCOUNT_ADDRESS_LIMIT,
    windowMs: WINDOW_MS,
  },
  knownDevice
    ? { bucket: bucket("login_device", knownDevice), max: ACCOUNT_ADDRESS_LIMIT, windowMs: WINDOW_MS }
    : { bucket: bucket("login_account", account(email)), max: ACCOUNT_LIMIT, windowMs: WINDOW_MS },
  { bucket: bucket("login_address", address(ip)), max: IP_LIMIT, windowMs: WINDOW_MS },
];

/**
 * Reserves a login attempt before the password is checked. A failed check leaves the reservation
 * standing as a failure; call `loginSucceeded` after a good one.
 */
export function reserveLogin(
  email: string,
  ip: string | undefined,
  knownDevice: string | null = null,
  now = clock.now(),
): Taken {
  return take(loginLimits(email, ip, knownDevice), now);
}

/**
 * A good login clears the account's count from this address and gives back its place in the
 * address's count (so an office of good logins is never locked). The account's ceiling stays:
 * clearing it gave an attacker elsewhere 50 more guesses each time the owner logged in; the owner's
 * own browser is not held by it (known-device.server.ts).
 */
export function loginSucceeded(email: string, ip: string | undefined, reservation: Extract<Taken, { ok: true }>): void {
  const [fromHere] = loginLimits(email, ip);
  deleteAttempts({ buckets: [fromHere?.bucket ?? ""], ids: reservation.ids });
}

/**
 * A completed password reset proves the mailbox, and every guess so far was against the old
 * password: the account's ceiling and its count from the resetting address are forgiven, so the
 * owner who followed the "Wachtwoord vergeten?" advice can log in at once. A stranger's count
 * from another address stays (ADR 017, ADR 034); the resetting browser is remembered, so
 * strangers refilling the ceiling do not hold it either.
 */
export function passwordResetCompleted(email: string, ip: string | undefined, device: string | null): void {
  const [fromHere, ceiling] = loginLimits(email, ip);
  const buckets = [fromHere?.bucket ?? "", ceiling?.bucket ?? ""];
  if (device) buckets.push(bucket("login_device", device));
  deleteAttempts({ buckets });
}

/** Reserves a registration (per address and in all) before its password is hashed. */
export function reserveRegistration(ip: string | undefined, now = clock.now()): Taken {
  return take(
    [
      {
        bucket: bucket("register_address", address(ip)),
        max: REGISTRATION_ADDRESS_LIMIT,
        windowMs: REGISTRATION_WINDOW_MS,
      },
      { bucket: "register_all", max: REGISTRATION_TOTAL_LIMIT, windowMs: REGISTRATION_WINDOW_MS },
    ],
    now,
  );
}

export const RESET_ACCOUNT_LIMIT = 5; // reset mails per typed address per hour (no mailbox flooded) …
export const RESET_ADDRESS_LIMIT = 20; // … and per client address per hour

/**
 * Reserves a password-reset request. Counted by the typed address whether or not it has an
 * account, so the limit says nothing about which addresses exist.
 */
export function reservePasswordReset(email: string, ip: string | undefined, now = clock.now()): Taken {
  return take(
    [
      { bucket: bucket("reset_account", account(email)), max: RESET_ACCOUNT_LIMIT, windowMs: HOUR_MS },
      { bucket: bucket("reset_address", address(ip)), max: RESET_ADDRESS_LIMIT, windowMs: HOUR_MS },
    ],
    now,
  );
}

/** Codes per account for the second factor within the window (ADR 025): a million codes, five guesses. */
export const SECOND_FACTOR_LIMIT = 5;
const secondFactorBucket = (userId: number) => bucket("second_factor", String(userId));

/** Reserves a second-factor attempt before the code is checked. */
export function reserveSecondFactor(userId: number, now = clock.now()): Taken {
  return take([{ bucket: secondFactorBucket(userId), max: SECOND_FACTOR_LIMIT, windowMs: WINDOW_MS }], now);
}

/** A right code clears the account's count: only someone with the factor gets here. */
export function secondFactorSucceeded(userId: number): void {
  deleteAttempts({ buckets: [secondFactorBucket(userId)] });
}
