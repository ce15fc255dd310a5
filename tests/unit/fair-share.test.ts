import { describe, expect, it } from "vitest";
import {
  type AccountRequest,
  cleanPersonName,
  fairShareRefusal,
  nameLooksLikeAddress,
  personKey,
} from "~/domain/fair-share";

const now = new Date("2026-12-02T10:00:00Z");
const later = new Date(now.getTime() + 10 * 60_000);
const WOERDEN = "GM0632";

const req = (
  kind: AccountRequest["kind"],
  actingForName: string | null,
  status: AccountRequest["status"],
  extra: Partial<AccountRequest> = {},
): AccountRequest => ({
  kind,
  actingForName,
  status,
  holdExpiresAt: status === "held" ? later : null,
  municipalityCode: WOERDEN,
  ...extra,
});
const ask = (kind: AccountRequest["kind"], actingForName: string | null, municipalityCode = WOERDEN) => ({
  kind,
  actingForName,
  municipalityCode,
});

describe("personKey", () => {
  it("reads one person through spaces, case, invisible characters and full-width letters", () => {
    const key = personKey("Greet Jansen");
    for (const s of [" greet  jansen", "GREET JANSEN", "Gr\u200Beet\u00A0Jansen\uFEFF", "Ｇｒｅｅｔ Ｊａｎｓｅｎ"]) {
      expect(personKey(s), s).toBe(key);
    }
    expect(personKey(null)).toBe("");
    expect(personKey("\u200B \u200D")).toBe("");
    expect(personKey("Gre\u00ADet Jansen")).toBe(key); // a soft hyphen inside a word
    expect(personKey("Greet Janssen")).not.toBe(key);
  });

  it("keeps the letters of a name when tidying it", () => {
    expect(cleanPersonName("  José\u200B  van   Dijk ")).toBe("José van Dijk");
    // What an outside attack used to make one person two: none of it shows, so none of it counts.
    for (const hidden of [
      "\u0000",
      "\u0001",
      "\u001f",
      "\u007f",
      "\u0085",
      "\u034f",
      "\u115f",
      "\u3164",
      "\u2800",
      "\ufe0f",
      "\u17b4",
      "\ud800",
    ]) {
      expect(personKey(`Piet Jansen${hidden}`), JSON.stringify(hidden)).toBe(personKey("Piet Jansen"));
      expect(personKey(`Pi${hidden}et Jansen`), JSON.stringify(hidden)).toBe(personKey("Piet Jansen"));
    }
    expect(cleanPersonName("Piet\tJansen\r\n")).toBe("Piet Jansen");
    // A byte-order mark inside a word is no space.
    expect(personKey("Jan J\ufeffansen")).toBe(personKey("Jan Jansen"));
  });
});

describe("fairShareRefusal", () => {
  it("allows one live request per person per kind of help", () => {
    const existing = [req("powerful_ageing", "Greet Jansen", "intake_requested")];
    expect(fairShareRefusal(existing, ask("powerful_ageing", " greet jansen"), now)).toBe("already_requested");
    expect(fairShareRefusal(existing, ask("pgb_informal", "Greet Jansen"), now)).toBeNull();
    expect(fairShareRefusal(existing, ask("powerful_ageing", null), now)).toBeNull();
  });

  it("does not count requests that ended, nor a hold past its time", () => {
    const existing = [
      req("powerful_ageing", "A", "cancelled"),
      req("powerful_ageing", "B", "declined"),
      req("zin", "C", "care_ended"),
      req("private_cleaner", "D", "held", { holdExpiresAt: new Date(now.getTime() - 1) }),
      req("private_cleaner", "E", "expired"),
    ];
    expect(fairShareRefusal(existing, ask("powerful_ageing", "A"), now)).toBeNull();
    expect(fairShareRefusal(existing, ask("private_cleaner", "D"), now)).toBeNull();
  });

  it("keeps a granted or running ZIN in the way of a second ZIN", () => {
    expect(fairShareRefusal([req("zin", null, "care_started")], ask("zin", null), now)).toBe("already_requested");
  });

  it("allows at most 3 people per account, the account holder included", () => {
    const existing = [
      req("zin", null, "submitted"),
      req("powerful_ageing", "A", "enrolled"),
      req("pgb_informal", "B", "matched"),
    ];
    expect(fairShareRefusal(existing, ask("powerful_ageing", "C"), now)).toBe("too_many_people");
    expect(fairShareRefusal(existing, ask("powerful_ageing", "b"), now)).toBeNull();
    expect(fairShareRefusal(existing, ask("powerful_ageing", null), now)).toBeNull();
  });

  it("allows at most 2 live holds per account", () => {
    const existing = [req("private_cleaner", "A", "held"), req("private_cleaner", "B", "held")];
    expect(fairShareRefusal(existing, ask("private_cleaner", null), now)).toBe("too_many_holds");
    expect(fairShareRefusal(existing, ask("powerful_ageing", null), now)).toBeNull();
    const confirmed = [req("private_cleaner", "A", "booked"), req("private_cleaner", "B", "held")];
    expect(fairShareRefusal(confirmed, ask("private_cleaner", null), now)).toBeNull();
  });

  it("allows one waiting talk per person per municipality", () => {
    const existing = [req("consultation", null, "submitted")];
    expect(fairShareRefusal(existing, ask("consultation", null), now)).toBe("already_requested");
    expect(fairShareRefusal(existing, ask("consultation", null, "GM0589"), now)).toBeNull();
  });
});

describe("nameLooksLikeAddress", () => {
  it("refuses addresses, links and words that read as a domain, with or without a path", () => {
    for (const name of [
      "jan@example.nl",
      "<b>Jan</b>",
      "https://evil.example",
      "www.evil.example",
      "Jan evil.example/login",
      "Jan evil.example",
      "evil.nl",
      "Klik op EVIL.COM",
      "Jan (evil.example).",
      "sub.evil.example:8080/x",
      "Th.de/login",
      "login.bank-nl.com?x=1",
      "Jan evil.online",
      "Piet jansen.nl",
    ])
      expect(nameLooksLikeAddress(name), name).toBe(true);
  });

  it("keeps real names: initials with dots, hyphens, tussenvoegsels, titles", () => {
    for (const name of [
      "Jan de Vries",
      "J.P. de Vries",
      "A.B.",
      "A.B. van der Berg",
      "A.B.de Vries",
      "Th.de Vries",
      "J.van Dam",
      "Anne-Marie",
      "van der Berg",
      "Dr.Jansen",
      "jan.jansen",
      "matrix.inwoner",
      "Marie-José O'Brien",
      "Jan Jansen jr.",
      "Ma. Santos",
      "St. Jansdal",
    ])
      expect(nameLooksLikeAddress(name), name).toBe(false);
  });
});
