// The options page's layout rule: the engine's order cut into tiers of kind groups, never reordered.
import { describe, expect, it } from "vitest";
import type { Option } from "~/domain/matching";
import { optionSections, optionTier } from "~/domain/options/sections";

type O = Pick<Option, "kind" | "eligible" | "recommended"> & { id: string };
const o = (id: string, kind: Option["kind"], eligible: boolean, recommended = false): O => ({
  id,
  kind,
  eligible,
  recommended,
});

// As compareOptions orders them: eligible, recommended, then the ladder.
const ranked: O[] = [
  o("pa1", "powerful_ageing", true, true),
  o("pa2", "powerful_ageing", true, true),
  o("cleaner-hht", "private_cleaner", true, true),
  o("zin", "zin", true, true),
  o("cleaner", "private_cleaner", true),
  o("pgb", "pgb_informal", true),
  o("cleaner-far", "private_cleaner", false),
  o("pa-none", "powerful_ageing", false),
];
const flat = (sections: ReturnType<typeof optionSections<O>>) =>
  sections.flatMap((s) => s.groups.flatMap((g) => g.options.map((x) => x.id)));

describe("optionSections", () => {
  it("keeps the engine's order: reading the sections top to bottom gives the list itself", () => {
    expect(flat(optionSections(ranked))).toEqual(ranked.map((x) => x.id));
  });

  it("tiers: recommended, then also possible, then not fitting now; kinds grouped within each", () => {
    const sections = optionSections(ranked);
    expect(sections.map((s) => [s.tier, s.groups.map((g) => g.kind)])).toEqual([
      ["recommended", ["powerful_ageing", "private_cleaner", "zin"]],
      ["possible", ["private_cleaner", "pgb_informal"]],
      ["notFitting", ["private_cleaner", "powerful_ageing"]],
    ]);
  });

  it("a recommended option is never below one that is not; one that does not fit is below all that do", () => {
    const tiers = flat(optionSections(ranked)).map((id) => optionTier(ranked.find((x) => x.id === id) as O));
    expect(tiers).toEqual([...tiers].sort((a, b) => rank(a) - rank(b)));
  });

  it("shows the first perGroup options of a kind (in whichever tier) unless it is expanded, and counts them all", () => {
    const many = [1, 2, 3].map((n) => o(`pa${n}`, "powerful_ageing", true, true));
    expect(optionSections(many, 2)[0]?.groups[0]).toMatchObject({
      total: 3,
      more: true,
      options: [{ id: "pa1" }, { id: "pa2" }],
    });
    expect(optionSections(many, 2, ["powerful_ageing"])[0]?.groups[0]).toMatchObject({ more: false, total: 3 });
    // The quota is the kind's, across tiers: two cleaners shown, the link after the last one shown.
    const cleaners = optionSections(ranked, 2);
    // The third Powerful Ageing option (the one that does not fit) waits behind the link too.
    expect(flat(cleaners)).toEqual(["pa1", "pa2", "cleaner-hht", "zin", "cleaner", "pgb"]);
    const cleanerGroups = cleaners.flatMap((s) => s.groups).filter((g) => g.kind === "private_cleaner");
    expect(cleanerGroups.map((g) => [g.options.length, g.more])).toEqual([
      [1, false],
      [1, true],
    ]);
  });

  it("never moves an option: an unsorted list gives a tier again rather than a changed order", () => {
    const unsorted = [o("a", "zin", false), o("b", "zin", true, true)];
    expect(flat(optionSections(unsorted))).toEqual(["a", "b"]);
  });
});

function rank(t: string) {
  return ["recommended", "possible", "notFitting"].indexOf(t);
}
