// TOTP (RFC 6238: 30-second steps, 6 digits, HMAC-SHA1) on @oslojs/otp's HOTP, with time from the
// app's clock. Which step a code belongs to is returned, so a used step can be refused (replay).

import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, generateHOTP, verifyHOTP } from "@oslojs/otp";
import QRCode from "qrcode";
import { clock } from "~/clock.server";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps accepted either side of now: a phone's clock may be half a minute off. */
export const TOTP_TOLERANCE_STEPS = 1;
const ISSUER = "Hulpwijzer";
const SECRET_PATTERN = /^[A-Z2-7]{32}$/;

/** The time step of a moment (RFC 6238's T). */
export function totpStep(now: Date = clock.now()): number {
  return Math.floor(now.getTime() / (TOTP_PERIOD_SECONDS * 1000));
}

/** A new shared secret: 160 random bits (RFC 4226's recommended length) in base32. */
export function newTotpSecret(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32UpperCaseNoPadding(bytes);
}

export function isTotpSecret(value: string): boolean {
  return SECRET_PATTERN.test(value);
}

/** The code of one step (for the demo script and the tests; the app only verifies). */
export function totpCodeAt(secret: string, step: number): string {
  return generateHOTP(decodeBase32IgnorePadding(secret), BigInt(step), TOTP_DIGITS);
}

/** The step within the tolerance whose code this is, or null. Later steps first. */
export function matchingStep(secret: string, code: string, now: Date = clock.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const key = decodeBase32IgnorePadding(secret);
  const current = totpStep(now);
  for (let step = current + TOTP_TOLERANCE_STEPS; step >= current - TOTP_TOLERANCE_STEPS; step--) {
    if (verifyHOTP(key, BigInt(step), TOTP_DIGITS, code)) return step;
  }
  return null;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountName: string): string {
  return createTOTPKeyURI(ISSUER, accountName, decodeBase32IgnorePadding(secret), TOTP_PERIOD_SECONDS, TOTP_DIGITS);
}

/** The QR code of that address as inline SVG, drawn here: the secret never leaves the server. */
export function totpQrSvg(secret: string, accountName: string): Promise<string> {
  return QRCode.toString(totpUri(secret, accountName), { type: "svg", margin: 2, errorCorrectionLevel: "M" });
}

/** The secret in groups of four, for typing it in by hand. */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}
