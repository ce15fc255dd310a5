// The provider's work list of referrals, with the intake summary the citizen agreed to share,
// and the count for the navigation. Reading the list is audited under each client's municipality.
import { z } from "zod";
import { clock } from "~/clock.server";
import type { IntakeSummary } from "~/domain/cases";
import { pc4Of, referralSharesContact } from "~/domain/contact";
import { amsterdamDay } from "~/domain/policy";
import { evaluationDueBy, isEvaluationDue } from "~/domain/referral";
import type { ContactValues } from "~/models/contact-details.server";
import {
  countReferralsAwaitingProvider,
  endedReferralsOfProvider,
  openReferralsOfProvider,
  referralCountsOfProvider,
} from "~/models/referrals.server";
import type { EvaluationOutcome, ReferralStatus } from "~db/schema";
import { audit } from "../audit.server";
import { contactsOfReferralsRead } from "../contacts.server";
import type { Staff } from "./staff";

/** Ended referrals per page: the work list is about what is going on, history is paged. */
export const ENDED_PAGE_SIZE = 20;

export type ReferralView = { tab: "open" | "ended"; page: number };

export type ProviderReferral = {
  id: number;
  status: ReferralStatus;
  municipalityName: string;
  createdAt: number;
  /** An ended (or declined) referral: when it ended; the ended tab is in this order, newest first. */
  endedAt: number | null;
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
  /**
   * Not accepted yet: who the client is and how to reach them are held back; the provider sees the
   * area (PC4), the hours and the needs (app/domain/contact.ts).
   */
  contactHidden: boolean;
  /** Accepted: the client's address and phone from the request, when given. */
  address: ContactValues | null;
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

/** A new referral's intake: no name, no family member, no contact, the area instead of the postcode. */
function beforeAcceptance(intake: IntakeSummary): IntakeSummary {
  return {
    ...intake,
    name: "",
    actedBy: null,
    contact: { email: "", phone: null },
    postcode: pc4Of(intake.postcode),
    birthYear: 0,
  };
}

function readIntake(status: ReferralStatus, stored: Record<string, unknown>) {
  const parsed = storedIntake.safeParse(stored);
  // An erased citizen's intake is empty: shown like a declined one.
  if (!parsed.success) return { intake: redact(undefined), redacted: true, erased: true, contactHidden: true };
  if (status === "declined") return { intake: redact(parsed.data), redacted: true, erased: false, contactHidden: true };
  if (status === "sent")
    return { intake: beforeAcceptance(parsed.data), redacted: false, erased: false, contactHidden: true };
  return { intake: parsed.data, redacted: false, erased: false, contactHidden: false };
}

/**
 * One view of the provider's referrals: the open ones (the work list), or a page of the ended
 * ones; with both counts for the tabs and the number of pages of ended ones.
 */
export function listReferrals(staff: Staff, view: ReferralView, now = clock.now()) {
  const today = amsterdamDay(now);
  const counts = referralCountsOfProvider(staff);
  const pages = Math.max(1, Math.ceil(counts.ended / ENDED_PAGE_SIZE));
  const page = Math.min(Math.max(1, view.page), pages);
  const rows =
    view.tab === "open"
      ? openReferralsOfProvider(staff)
      : endedReferralsOfProvider(staff, { limit: ENDED_PAGE_SIZE, offset: (page - 1) * ENDED_PAGE_SIZE });
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
  // The address only of referrals it accepted and still serves; that read is audited too.
  const shared = rows.filter((r) => referralSharesContact(r.status)).map((r) => r.id);
  const addresses = contactsOfReferralsRead(staff, shared);
  const referrals: ProviderReferral[] = rows.map((r) => ({
    id: r.id,
    status: r.status,
    municipalityName: r.municipalityName,
    createdAt: r.createdAt.getTime(),
    endedAt: "endedAt" in r && r.endedAt !== null ? Number(r.endedAt) : null,
    startDate: r.startDate,
    declineReason: r.declineReason,
    endReason: r.endReason,
    ...readIntake(r.status, r.intake),
    address: addresses.get(r.id) ?? null,
    indication: r.indication,
    evaluation: r.evaluation ? { ...r.evaluation, at: r.evaluation.at.getTime() } : null,
    evaluationDue: isEvaluationDue(
      { status: r.status, evaluated: r.evaluation !== null, evaluationDate: r.indication.evaluationDate },
      today,
    ),
  }));
  // What waits for the provider: the navigation's count (referralCount), said beside the tabs' totals.
  return { referrals, counts, awaiting: referralCount(staff, now), tab: view.tab, page, pages };
}

/** How many referrals wait for this provider (new ones and due evaluations), for the navigation. */
export function referralCount(staff: Staff, now = clock.now()): number {
  return countReferralsAwaitingProvider(staff, { evaluationDueBy: evaluationDueBy(amsterdamDay(now)) });
}
