// The provider's work list of referrals, with the intake summary the citizen agreed to share,
// and the count for the navigation. Reading the list is audited under each client's municipality.
import { z } from "zod";
import { clock } from "~/clock.server";
import type { IntakeSummary } from "~/domain/cases";
import { amsterdamDay } from "~/domain/policy";
import { evaluationDueBy, FINISHED_REFERRAL_SHOWN_DAYS, isEvaluationDue } from "~/domain/referral";
import { countReferralsAwaitingProvider, referralsOfProvider } from "~/models/referrals.server";
import type { EvaluationOutcome, ReferralStatus } from "~db/schema";
import { audit } from "../audit.server";
import type { Staff } from "./staff";

const DAY_MS = 86_400_000;

export type ProviderReferral = {
  id: number;
  status: ReferralStatus;
  municipalityName: string;
  createdAt: number;
  startDate: string | null;
  declineReason: string | null;
  endReason: string | null;
  intake: IntakeSummary;
  indication: { minutesPerWeek: number; startDate: string; endDate: string; evaluationDate: string };
  evaluation: { outcome: EvaluationOutcome; explanation: string; at: number } | null;
  evaluationDue: boolean;
  /** Declined: the provider no longer sees the intake of someone who is not its client. */
  redacted: boolean;
  /** The citizen had their data erased: nothing of the intake is left. */
  erased: boolean;
};

/** The intake as the consultant's referral stored it (`intakeSummary`); an erased one is `{}`. */
const storedIntake = z.object({
  name: z.string(),
  actedBy: z.object({ name: z.string(), relation: z.string() }).nullable(),
  contact: z.object({ email: z.string(), phone: z.string().nullable() }),
  postcode: z.string(),
  birthYear: z.number(),
  needs: z.array(z.string()),
  minutesPerWeek: z.number(),
  startDate: z.string(),
  limitations: z.array(z.string()),
  preferences: z.string().nullable(),
  situation: z.string().nullable(),
}) satisfies z.ZodType<IntakeSummary>;

/** An intake with nothing left in it: after a decline, or once the citizen had their data erased. */
function redact(intake: IntakeSummary | undefined): IntakeSummary {
  return {
    name: intake?.name ?? "[verwijderd]",
    actedBy: null,
    contact: { email: "", phone: null },
    postcode: "",
    birthYear: 0,
    needs: [],
    minutesPerWeek: intake?.minutesPerWeek ?? 0,
    startDate: intake?.startDate ?? "",
    limitations: [],
    preferences: null,
    situation: null,
  };
}

function readIntake(status: ReferralStatus, stored: Record<string, unknown>) {
  const parsed = storedIntake.safeParse(stored);
  // An erased citizen's intake is empty: shown like a declined one.
  if (!parsed.success) return { intake: redact(undefined), redacted: true, erased: true };
  if (status === "declined") return { intake: redact(parsed.data), redacted: true, erased: false };
  return { intake: parsed.data, redacted: false, erased: false };
}

export function listReferrals(staff: Staff, now = clock.now()): ProviderReferral[] {
  const today = amsterdamDay(now);
  // Finished referrals stay in view for a while: the work list is about what is going on.
  const finishedSince = new Date(now.getTime() - FINISHED_REFERRAL_SHOWN_DAYS * DAY_MS);
  const rows = referralsOfProvider(staff, { finishedSince });
  // One entry per municipality whose citizens were read.
  const byMunicipality = new Map<string, number[]>();
  for (const r of rows)
    byMunicipality.set(r.municipalityCode, [...(byMunicipality.get(r.municipalityCode) ?? []), r.id]);
  for (const [municipalityCode, referralIds] of byMunicipality)
    audit({
      actorUserId: staff.id,
      action: "referrals.listed",
      subjectType: "provider",
      subjectId: staff.providerId,
      municipalityCode,
      detail: { referralIds },
    });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    municipalityName: r.municipalityName,
    createdAt: r.createdAt.getTime(),
    startDate: r.startDate,
    declineReason: r.declineReason,
    endReason: r.endReason,
    ...readIntake(r.status, r.intake),
    indication: r.indication,
    evaluation: r.evaluation ? { ...r.evaluation, at: r.evaluation.at.getTime() } : null,
    evaluationDue: isEvaluationDue(
      { status: r.status, evaluated: r.evaluation !== null, evaluationDate: r.indication.evaluationDate },
      today,
    ),
  }));
}

/** How many referrals wait for this provider (new ones and due evaluations), for the navigation. */
export function referralCount(staff: Staff, now = clock.now()): number {
  return countReferralsAwaitingProvider(staff, { evaluationDueBy: evaluationDueBy(amsterdamDay(now)) });
}
