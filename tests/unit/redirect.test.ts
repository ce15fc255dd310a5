import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/utils/redirect";

describe("safeRedirect", () => {
  it("keeps local paths with their query", () => {
    expect(safeRedirect("/consulent?tab=inbox")).toBe("/consulent?tab=inbox");
  });

  it("percent-encodes what a header cannot carry, so the redirect still works", () => {
    expect(safeRedirect("/hulp/opties?naam=Zoë Ōta 🙂")).toBe("/hulp/opties?naam=Zo%C3%AB %C5%8Cta %F0%9F%99%82");
    expect(() => new Headers({ Location: safeRedirect("/mijn?x=\u4e2d") })).not.toThrow();
  });

  it.each([
    [`/${"a".repeat(2048)}`],
    ["/./\\evil.example"],
    ["/a/../\\evil.example"],
    ["/.//evil.example"],
    ["/a/..//evil.example"],
    ["/mijn\\..\\..\\evil.example"],
    ["/mijn\u007f"],
    ["https://evil.example/"],
    ["//evil.example"],
    ["/\\evil.example"],
    ["javascript:alert(1)"],
    ["/mijn\r\nSet-Cookie: x=1"],
    [""],
    [null],
    [undefined],
  ])("falls back for %j", (to) => {
    expect(safeRedirect(to, "/mijn")).toBe("/mijn");
  });
});
