// A browser that logged in to an account before carries a long-lived cookie; such a browser is not
// held back by the account's ceiling of failures from all addresses, so someone guessing from
// many addresses cannot lock the owner out (ADR 017). It still counts for its own address. The
// cookie says nothing by itself: only its SHA-256 is stored, with the account and the last login.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { clock } from "~/clock.server";
import { isKnownDeviceOf, rememberDevice } from "~/models/known-devices.server";
import { secureCookie } from "./session.server";

export const DEVICE_COOKIE = "hw_device";
const TOKEN_PATTERN = /^[a-z2-7]{32}$/;
const DEVICE_DAYS = 180;
const DAY_MS = 86_400_000;

const idOf = (token: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));

function readDeviceToken(request: Request): string | null {
  for (const part of (request.headers.get("Cookie") ?? "").split(";")) {
    const eqAt = part.indexOf("=");
    if (eqAt !== -1 && part.slice(0, eqAt).trim() === DEVICE_COOKIE) {
      const value = part.slice(eqAt + 1).trim();
      return TOKEN_PATTERN.test(value) ? value : null;
    }
  }
  return null;
}

/** The device's id when this browser logged in to this account within the last 180 days, else null. */
export function knownDeviceFor(request: Request, email: string, now = clock.now()): string | null {
  const token = readDeviceToken(request);
  if (!token) return null;
  const id = idOf(token);
  return isKnownDeviceOf(email, id, new Date(now.getTime() - DEVICE_DAYS * DAY_MS)) ? id : null;
}

/** This browser's device id, whatever account it last logged in to (for "log out everywhere else"). */
export function thisDevice(request: Request): string | null {
  const token = readDeviceToken(request);
  return token ? idOf(token) : null;
}

/** After a good login: remembers this browser for the account, and the cookie that says so. */
export function rememberThisDevice(request: Request, userId: number, now = clock.now()): string {
  let token = readDeviceToken(request);
  if (!token) {
    const bytes = new Uint8Array(20);
    crypto.getRandomValues(bytes);
    token = encodeBase32LowerCaseNoPadding(bytes);
  }
  rememberDevice(idOf(token), userId, now);
  const parts = [`${DEVICE_COOKIE}=${token}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${DEVICE_DAYS * 86_400}`];
  if (secureCookie(request)) parts.push("Secure");
  return parts.join("; ");
}
