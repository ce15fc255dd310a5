// Argon2id password hashing (@node-rs/argon2 defaults to Argon2id, OWASP-sized parameters).
import { availableParallelism } from "node:os";
import { hash, hashSync, verify } from "@node-rs/argon2";
import { createLimiter } from "~/utils/limiter";

const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

// Each hash holds 19 MiB while it runs on a libuv thread-pool thread. More at once than there are
// CPUs is no faster, and a burst must leave a pool thread for file reads: the rest wait.
// Two lanes (ADR 017): logins and staff accounts use the main one; anonymous sign-ups get one
// thread of their own with a short line, so a flood of registrations never delays a login.
const POOL_THREADS = Number(process.env.UV_THREADPOOL_SIZE) || 4;
const limited = createLimiter(Math.max(1, Math.min(availableParallelism(), POOL_THREADS - 2)));
// Room for one address's whole hourly allowance arriving at once.
export const SIGNUP_WAITING = 16;
const signupLane = createLimiter(1, { maxWaiting: SIGNUP_WAITING });

export function hashPassword(password: string): Promise<string> {
  return limited(() => hash(password, OPTIONS));
}

/** Hashing for an anonymous sign-up; throws LimiterFullError when its short line is full. */
export function hashSignupPassword(password: string): Promise<string> {
  return signupLane(() => hash(password, OPTIONS));
}

export function hashPasswordSync(password: string): string {
  return hashSync(password, OPTIONS);
}

// Verified when an email is unknown, so a wrong email costs as long as a wrong password.
let dummyHash: string | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  dummyHash ??= await hashPassword("not-a-real-password-for-timing");
  const against = passwordHash ?? dummyHash;
  try {
    const ok = await limited(() => verify(against, password));
    return passwordHash !== null && ok;
  } catch {
    return false; // a malformed stored hash never lets anyone in
  }
}
