// Argon2id password hashing (@node-rs/argon2 defaults to Argon2id, OWASP-sized parameters).
import { hash, hashSync, verify } from "@node-rs/argon2";

const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function hashPasswordSync(password: string): string {
  return hashSync(password, OPTIONS);
}

// Verified when an email is unknown, so a wrong email costs as long as a wrong password.
let dummyHash: string | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  dummyHash ??= await hashPassword("not-a-real-password-for-timing");
  try {
    const ok = await verify(passwordHash ?? dummyHash, password);
    return passwordHash !== null && ok;
  } catch {
    return false; // a malformed stored hash never lets anyone in
  }
}
