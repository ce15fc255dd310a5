// The audit log in words and with repeated reads grouped (ADR 022).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { groupRepeatedReads, REPEAT_WINDOW_MS } from "~/domain/audit";
import { actionText, detailText, subjectText } from "~/services/audit-log-text.server";

const MIN = 60_000;
const read = (
  id: number,
  at: number,
  over: Partial<{ actorUserId: number; action: string; subjectId: string }> = {},
) => ({
  id,
  at,
  actorUserId: 1,
  action: "complaint.read",
  subjectType: "complaint",
  subjectId: "7",
  ...over,
});

describe("grouping repeated reads", () => {
  it("shows five reads of one complaint by one person within a minute as one line of 5", () => {
    const t = 1_000_000_000;
    const groups = groupRepeatedReads([
      read(5, t),
      read(4, t - 10_000),
      read(3, t - 20_000),
      read(2, t - 30_000),
      read(1, t - 50_000),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ id: 5, at: t, firstAt: t - 50_000, count: 5 });
  });

  it("keeps apart another person, another subject, a change, and reads more than 10 minutes apart", () => {
    const t = 1_000_000_000;
    const groups = groupRepeatedReads([
      read(6, t),
      read(5, t - MIN, { actorUserId: 2 }),
      read(4, t - 2 * MIN, { subjectId: "8" }),
      read(3, t - 3 * MIN, { action: "complaint.resolved" }),
      read(2, t - 4 * MIN, { action: "complaint.resolved" }),
      read(1, t - 4 * MIN - REPEAT_WINDOW_MS - 1),
    ]);
    expect(groups.map((g) => g.count)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it("measures the window from the group's latest read", () => {
    const t = 1_000_000_000;
    const groups = groupRepeatedReads([read(3, t), read(2, t - 9 * MIN), read(1, t - 11 * MIN)]);
    expect(groups.map((g) => g.count)).toEqual([2, 1]);
  });
});

describe("the audit log in words", () => {
  it("says statuses with the app's status labels, not codes", () => {
    expect(detailText("nl", { from: "in_progress", to: "resolved", by: "admin" })).toBe(
      "van: in behandeling; naar: afgehandeld; door: beheerder gemeente",
    );
    expect(detailText("en", { from: "in_progress", to: "resolved" })).toBe("from: in progress; to: resolved");
    expect(detailText("nl", { area: "region", from: "2026-01-05", to: "2026-02-01" })).toMatch(
      /^gebied: hele regio; van: .*2026; tot en met: .*2026$/,
    );
    expect(detailText("nl", { ok: true, item: "vog", chargedCents: 2500 })).toBe(
      "in orde: ja; onderdeel: Verklaring omtrent het gedrag (VOG), niet ouder dan 3 jaar; in rekening gebracht: €\u00a025,00",
    );
    expect(actionText("nl", "dashboard.viewed")).toBe("Dashboard bekeken");
    expect(actionText("nl", "stripe.checkout.session.completed")).toBe("Bericht van de betaaldienst verwerkt");
    expect(subjectText("nl", "complaint", "7")).toBe("klacht 7");
  });

  it("has Dutch and English words for every action the app records", () => {
    const codes = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name)) {
          const text = fs.readFileSync(full, "utf8");
          for (const m of text.matchAll(/action: "([a-z_]+\.[a-z_.]+)"/g)) codes.add(m[1] ?? "");
          // Actions named through a map (complaints) or a template with known parts.
          for (const m of text.matchAll(/: "(complaint\.[a-z]+ed)"/g)) codes.add(m[1] ?? "");
        }
      }
    };
    walk(path.resolve("app"));
    for (const part of ["accept", "decline", "start", "end"]) codes.add(`referral.${part}`);
    for (const part of ["enrol", "match", "decline"]) codes.add(`request.${part}`);
    for (const part of ["done", "missed"]) codes.add(`visit.${part}`);
    expect(codes.size).toBeGreaterThan(40);
    for (const code of codes) {
      for (const locale of ["nl", "en"] as const) {
        const text = actionText(locale, code);
        expect(text, `${locale} ${code}`).not.toContain(code);
        expect(text, `${locale} ${code}`).not.toMatch(/^(Andere gebeurtenis|Other event)/);
      }
    }
  });
});
