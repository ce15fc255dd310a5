// Browsers an account has logged in from: the SHA-256 of a cookie's token and when it last did.
import { and, desc, eq, gt, ne, notInArray } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import { knownDevices, users } from "~db/schema";

/** Whether the device (by hashed token) logged in to the account with this email since `since`. */
export function isKnownDeviceOf(email: string, deviceId: string, since: Date): boolean {
  return (
    getDb()
      .select({ id: knownDevices.id })
      .from(knownDevices)
      .innerJoin(users, eq(users.id, knownDevices.userId))
      .where(and(eq(knownDevices.id, deviceId), eq(users.email, email), gt(knownDevices.lastLoginAt, since)))
      .get() !== undefined
  );
}

/** The browsers one account keeps: a person has a few; more are old ones, let go. */
const DEVICES_KEPT = 10;

/** Remembers (or refreshes) the device for this account; a device serves one account at a time. */
export function rememberDevice(deviceId: string, userId: number, at: Date): void {
  const db = getDb();
  db.transaction((tx) => {
    tx.insert(knownDevices)
      .values({ id: deviceId, userId, lastLoginAt: at })
      .onConflictDoUpdate({ target: knownDevices.id, set: { userId, lastLoginAt: at } })
      .run();
    const kept = tx
      .select({ id: knownDevices.id })
      .from(knownDevices)
      .where(eq(knownDevices.userId, userId))
      .orderBy(desc(knownDevices.lastLoginAt))
      .limit(DEVICES_KEPT);
    tx.delete(knownDevices)
      .where(and(eq(knownDevices.userId, userId), notInArray(knownDevices.id, kept)))
      .run();
  });
}

/** Forgets the account's browsers (all, or all but `except`: logging out everywhere else). */
export function forgetDevicesOf(
  { userId }: { userId: number },
  except: string | null = null,
  db: Pick<Db, "delete"> = getDb(),
): void {
  db.delete(knownDevices)
    .where(except ? and(eq(knownDevices.userId, userId), ne(knownDevices.id, except)) : eq(knownDevices.userId, userId))
    .run();
}
