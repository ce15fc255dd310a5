// Prints the current 6-digit code of the demo staff's second factor (npm run demo:code), so the
// demo logins can be tried without an authenticator app. Demo data only (ADR 025).
import { totpCodeAt, totpStep } from "../app/auth/totp.server";
import { DEMO_TOTP_SECRET } from "../db/seed";

const now = new Date();
const secondsLeft = 30 - (Math.floor(now.getTime() / 1000) % 30);
console.log(totpCodeAt(DEMO_TOTP_SECRET, totpStep(now)));
console.error(`(valid for ${secondsLeft} more seconds, and the 30 seconds either side)`);
