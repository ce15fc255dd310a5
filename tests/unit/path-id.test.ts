import { describe, expect, it } from "vitest";
import { pathId } from "~/domain/path-id";

describe("an id in a path", () => {
  it("reads only canonical digits, so one record has one address", () => {
    expect(pathId("10")).toBe(10);
    expect(pathId("9007199254740991")).toBe(9007199254740991);
    for (const odd of [
      "1e1",
      "2.0",
      "010",
      "0",
      "-1",
      "+1",
      " 1",
      "0x1",
      "",
      "9007199254740993",
      "1".repeat(17),
      undefined,
    ])
      expect(pathId(odd), String(odd)).toBeNull();
  });
});
