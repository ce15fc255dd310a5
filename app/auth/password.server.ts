// Argon2id password hashing (@node-rs/argon2 defaults to Argon2id, OWASP-sized parameters).
import { availableParallelism } from "node:os";
import { hash, hashSync, verify } from "@node-rs/argon2";
import { createLimiter } from "~/utils/limiter";

const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

// Each hash holds 19 MiB while it runs on a libuv thread-pool thread. More at once than there are
// CPUs is no faster, and a burst of logins must leave a pool thread for file reads: the rest wait.
const POOL_THREADS = Number(process.env.UV_THREADPOOL_SIZE) || 4;
const limited = createLimiter(Math.max(1, Math.min(availableParallelism(), POOL_THREADS - 1)));

export function hashPassword(password: string): Promise<string> {
  return limited(() => hash(password, OPTIONS));
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
