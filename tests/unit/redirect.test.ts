import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/utils/redirect";

describe("safeRedirect", () => {
  it("keeps local paths with their query", () => {
    expect(safeRedirect("/consulent?tab=inbox")).toBe("/consulent?tab=inbox");
  });

  it.each([
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
