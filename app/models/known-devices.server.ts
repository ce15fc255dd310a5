// Browsers an account has logged in from: the SHA-256 of a cookie's token and when it last did.
import { and, eq, gt } from "drizzle-orm";
import { getDb } from "~db/client.server";
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

/** Remembers (or refreshes) the device for this account; a device serves one account at a time. */
export function rememberDevice(deviceId: string, userId: number, at: Date): void {
  getDb()
    .insert(knownDevices)
    .values({ id: deviceId, userId, lastLoginAt: at })
    .onConflictDoUpdate({ target: knownDevices.id, set: { userId, lastLoginAt: at } })
    .run();
}

export function forgetDevicesOf({ userId }: { userId: number }): void {
  getDb().delete(knownDevices).where(eq(knownDevices.userId, userId)).run();
}
