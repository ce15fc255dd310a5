// The seeded 2026 policy as the pure rules read it, for unit tests: taken from the seed's own rows
// (db/seed.ts, figures sourced in the README), never retyped.
import type { PolicyValues } from "~/domain/matching";
import { policyRows } from "~db/seed";

const row = policyRows("GM0632").find((r) => r.effectiveFrom === "2026-01-01");
if (!row) throw new Error("the seed has no 2026 policy");
const { municipalityCode, incomeDependentContribution, staleAfterDays, source, effectiveFrom, ...values } = row;

export const policy2026: PolicyValues = values;
