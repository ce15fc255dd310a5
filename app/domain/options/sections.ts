// How a page lays out the engine's ranked options: in the engine's own order, cut into tiers a
// person can read top to bottom (what we recommend, what also fits, what does not fit now), each
// tier grouped by kind. Pure; it never reorders, so the page and the API list the same order.
import type { OptionKind } from "~db/enums";
import type { Option } from "../matching";

export const OPTION_TIERS = ["recommended", "possible", "notFitting"] as const;
export type OptionTier = (typeof OPTION_TIERS)[number];

/** The tier an option belongs to: the engine's first two sort keys (eligible, recommended). */
export function optionTier(o: Pick<Option, "eligible" | "recommended">): OptionTier {
  if (!o.eligible) return "notFitting";
  return o.recommended ? "recommended" : "possible";
}

/**
 * One kind's options within a tier. `total` counts the kind's options on the whole list; `more`
 * marks the kind's last group shown when some of its options are left out (the "show all" link).
 */
export type OptionGroup<O> = { kind: OptionKind; total: number; options: O[]; more: boolean };
export type OptionSection<O> = { tier: OptionTier; groups: OptionGroup<O>[] };

/**
 * The options (matchOptions' order, best first) as tiers of kind groups. compareOptions sorts by
 * eligible, recommended and then the ladder, so each tier and each kind within it is one run of
 * the list: reading the sections in order gives the list itself. Of each kind the first `perGroup`
 * options are shown (the best ones, in whichever tier they stand) unless the kind is expanded
 * (`alle=<kind>` on the page); a group with none of its options shown is left out.
 */
export function optionSections<O extends Pick<Option, "kind" | "eligible" | "recommended">>(
  options: readonly O[],
  perGroup = Number.POSITIVE_INFINITY,
  expanded: readonly OptionKind[] = [],
): OptionSection<O>[] {
  const totals = new Map<OptionKind, number>();
  for (const o of options) totals.set(o.kind, (totals.get(o.kind) ?? 0) + 1);
  const shown = new Map<OptionKind, number>();
  const lastGroup = new Map<OptionKind, OptionGroup<O>>();
  const sections: OptionSection<O>[] = [];
  let section: OptionSection<O> | undefined;
  let group: OptionGroup<O> | undefined;
  for (const o of options) {
    const tier = optionTier(o);
    if (section?.tier !== tier) {
      // Should a caller hand over an unsorted list, a tier met again gets its own section rather
      // than options moved: the order shown stays the order given.
      section = { tier, groups: [] };
      sections.push(section);
      group = undefined;
    }
    const count = shown.get(o.kind) ?? 0;
    if (count >= perGroup && !expanded.includes(o.kind)) continue;
    if (group?.kind !== o.kind) {
      group = { kind: o.kind, total: totals.get(o.kind) ?? 0, options: [], more: false };
      section.groups.push(group);
      lastGroup.set(o.kind, group);
    }
    group.options.push(o);
    shown.set(o.kind, count + 1);
  }
  for (const [kind, g] of lastGroup) g.more = (shown.get(kind) ?? 0) < g.total;
  return sections.filter((s) => s.groups.length > 0);
}
