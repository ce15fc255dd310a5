import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateSessionToken, readSessionToken, sessionCookie, sessionIdFromToken } from "~/auth/session.server";

describe("session tokens", () => {
  it("are 160 random bits in lower-case base32, different every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, generateSessionToken));
    expect(tokens.size).toBe(200);
    for (const t of tokens) expect(t).toMatch(/^[a-z2-7]{32}$/);
  });

  it("are stored as their SHA-256 only", () => {
    const token = generateSessionToken();
    expect(sessionIdFromToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
  });
});

describe("the session cookie", () => {
  const expires = new Date("2026-12-23T10:00:00Z");

  it("is HttpOnly and SameSite=Lax, and Secure over https", () => {
    const cookie = sessionCookie(new Request("https://hulpwijzer.example/inloggen"), "abc", expires);
    expect(cookie).toBe(
      "hw_session=abc; Path=/; HttpOnly; SameSite=Lax; Expires=Wed, 23 Dec 2026 10:00:00 GMT; Secure",
    );
  });

  it("is Secure in production on a real host even behind plain http, but not on plain-http loopback", () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      expect(sessionCookie(new Request("http://hulpwijzer.example/"), "abc", expires)).toMatch(/; Secure$/);
      expect(sessionCookie(new Request("http://localhost:3000/"), "abc", expires)).not.toMatch(/Secure/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it("is read only when well-formed", () => {
    const token = generateSessionToken();
    const req = (cookie: string) => new Request("http://localhost/", { headers: { Cookie: cookie } });
    expect(readSessionToken(req(`other=1; hw_session=${token}`))).toBe(token);
    expect(readSessionToken(req("hw_session=../../etc"))).toBeNull();
    expect(readSessionToken(req("hw_session"))).toBeNull();
    expect(readSessionToken(new Request("http://localhost/"))).toBeNull();
  });
});
