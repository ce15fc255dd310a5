// The assignment of an indication (shaped after iWmo WMO301) for the municipality's own system.
import { clock } from "~/clock.server";
import { assignmentExport, type IntakeSummary } from "~/domain/cases";
import { findIndicationForAssignment } from "~/models/indications.server";
import { latestReferralOfIndication } from "~/models/referrals.server";
import { type Consultant, traceCase } from "./consultant.server";

/** The assignment, or null outside the municipality or when no provider has the indication. */
export function exportAssignment(consultant: Consultant, indicationId: number, now = clock.now()) {
  const indication = findIndicationForAssignment(consultant, indicationId);
  if (!indication) return null;
  const referral = latestReferralOfIndication(consultant, indicationId);
  // An assignment names the provider that has it: not one that declined or was withdrawn.
  if (!referral || referral.status === "declined" || referral.status === "withdrawn") return null;
  // The intake was written as the domain's summary; an erased one ('{}') exports without these.
  const { birthYear, postcode } = referral.intake as Pick<IntakeSummary, "birthYear" | "postcode">;
  traceCase(consultant, "case.assignment_exported", indication.caseId, { indicationId });
  return assignmentExport({
    municipality: { code: indication.municipalityCode, name: indication.municipalityName },
    provider: { name: referral.providerName, kvkNumber: referral.kvkNumber },
    client: { caseId: indication.caseId, name: indication.personName, birthYear, postcode },
    indication: {
      id: indication.id,
      minutesPerWeek: indication.minutesPerWeek,
      startDate: indication.startDate,
      endDate: indication.endDate,
      evaluationDate: indication.evaluationDate,
    },
    referral: { id: referral.id, status: referral.status, startDate: referral.startDate },
    createdAt: now.toISOString(),
  });
}
