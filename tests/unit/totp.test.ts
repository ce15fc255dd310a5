// TOTP as RFC 6238 defines it (its SHA-1 test vectors, last six digits), and the tolerance of one
// step either side (ADR 025).
import { describe, expect, it } from "vitest";
import {
  groupedSecret,
  isTotpSecret,
  matchingStep,
  newTotpSecret,
  totpCodeAt,
  totpStep,
  totpUri,
} from "~/auth/totp.server";

// RFC 6238 appendix B: the ASCII secret "12345678901234567890", in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const at = (seconds: number) => new Date(seconds * 1000);

describe("TOTP", () => {
  it("gives RFC 6238's codes (SHA-1, 30 s, the last 6 of its 8 digits)", () => {
    for (const [seconds, code] of [
      [59, "287082"],
      [1111111109, "081804"],
      [1111111111, "050471"],
      [1234567890, "005924"],
      [2000000000, "279037"],
    ] as const) {
      expect(totpCodeAt(RFC_SECRET, totpStep(at(seconds)))).toBe(code);
      expect(matchingStep(RFC_SECRET, code, at(seconds))).toBe(totpStep(at(seconds)));
    }
  });

  it("accepts the step before and after, not two away, and no malformed code", () => {
    const now = at(1234567890);
    const step = totpStep(now);
    expect(matchingStep(RFC_SECRET, totpCodeAt(RFC_SECRET, step - 1), now)).toBe(step - 1);
    expect(matchingStep(RFC_SECRET, totpCodeAt(RFC_SECRET, step + 1), now)).toBe(step + 1);
    expect(matchingStep(RFC_SECRET, totpCodeAt(RFC_SECRET, step - 2), now)).toBeNull();
    expect(matchingStep(RFC_SECRET, totpCodeAt(RFC_SECRET, step + 2), now)).toBeNull();
    for (const bad of ["", "12345", "1234567", "abcdef", " 005924"])
      expect(matchingStep(RFC_SECRET, bad, now)).toBeNull();
  });

  it("makes 160-bit base32 secrets, shown in groups of four, in an otpauth address", () => {
    const secret = newTotpSecret();
    expect(isTotpSecret(secret)).toBe(true);
    expect(newTotpSecret()).not.toBe(secret);
    expect(groupedSecret(RFC_SECRET)).toBe("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
    const uri = new URL(totpUri(RFC_SECRET, "sanne@example.nl"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(RFC_SECRET);
    expect(uri.searchParams.get("period")).toBe("30");
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(uri.searchParams.get("issuer")).toBe("Hulpwijzer");
  });
});
