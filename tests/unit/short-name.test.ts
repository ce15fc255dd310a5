// Staff messages name a client by initial and surname: enough to know whom, less in a mailbox.
import { describe, expect, it } from "vitest";
import { shortName } from "~/domain/short-name";

describe("shortName", () => {
  it("keeps the surname, with its prefixes, after the first initial", () => {
    expect(shortName("Greet Jansen")).toBe("G. Jansen");
    expect(shortName("  jan   van der Berg ")).toBe("J. van der Berg");
    expect(shortName("Ömer Yılmaz")).toBe("Ö. Yılmaz");
  });

  it("leaves a single name as it is, and an empty one empty", () => {
    expect(shortName("Fatima")).toBe("Fatima");
    expect(shortName("   ")).toBe("");
  });
});
