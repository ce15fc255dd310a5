// Municipalities and the policy in force in each.
import { clock } from "~/clock.server";
import { amsterdamDay, policyInForce } from "~/domain/policy";
import {
  findMunicipality,
  type Municipality,
  type Policy,
  participatingCodes,
  participatingMunicipalities,
  policiesOf,
} from "~/models/policies.server";

export function getMunicipality(code: string): Municipality | null {
  return findMunicipality({ municipalityCode: code }) ?? null;
}

/** The municipality's policy in force on the given moment's Amsterdam calendar day. */
export function getPolicyInForce(code: string, now = clock.now()): Policy | null {
  return policyInForce(policiesOf({ municipalityCode: code }), amsterdamDay(now));
}

/** Municipalities that take part: those with a policy. */
export function listParticipatingMunicipalities() {
  return participatingMunicipalities();
}

/** Whether the municipality takes part (has a policy). */
export function takesPart(code: string): boolean {
  return participatingCodes().has(code);
}
