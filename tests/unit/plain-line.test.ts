// Names and address lines are single lines people read: no line breaks to fake a mail header with,
// no invisible marks that turn a name around (from the attack on issue 16).
import { describe, expect, it } from "vitest";
import { nameField, plainLine } from "~/schemas/account";
import { contactFields } from "~/schemas/contact";

describe("plainLine", () => {
  it("makes control characters and direction marks spaces", () => {
    expect(plainLine("A1 Evil\r\nBcc: attacker@evil.example")).toBe("A1 Evil Bcc: attacker@evil.example");
    expect(plainLine("Jan\u202Enesnaj")).toBe("Jan nesnaj");
    expect(plainLine("tab\there")).toBe("tab here");
    expect(plainLine("Émile Zoë van 't Hof")).toBe("Émile Zoë van 't Hof");
  });

  it("is applied to names and to street and place", () => {
    expect(nameField.parse("  Greet\r\nJansen ")).toBe("Greet Jansen");
    expect(contactFields.street.parse("Lijnbaan\u2066")).toBe("Lijnbaan");
    expect(contactFields.place.parse("Woer\nden")).toBe("Woer den");
    expect(nameField.safeParse("\u202E").success).toBe(false);
  });
});
