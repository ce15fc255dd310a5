// The consultant's case: the draagkracht check, indication dates, the intake summary shared
// with a provider, the assignment export, and when a signal is overdue. Pure: time is a parameter.
import type { SignalStatus } from "~db/enums";
import { draagkrachtThresholdCents, type Household, type PolicyValues, socialMinimumCents } from "./matching";
import { addDays, isValidDay } from "./time";
import { addWorkingDays, workingDaysBetween } from "./workdays";

/** What a consultant's inbox holds, in this order when sorted by type. */
export const INBOX_TYPES = ["request", "returned", "signal", "evaluation"] as const;
export type InboxType = (typeof INBOX_TYPES)[number];

// ── Draagkracht ────────────────────────────────────────────────────────────────────────────
export const DRAAGKRACHT_BANDS = ["up_to_minimum", "below_threshold", "from_threshold"] as const;
export type DraagkrachtBand = (typeof DRAAGKRACHT_BANDS)[number];

export type Draagkracht = {
  socialMinimumCents: number;
  thresholdCents: number;
  thresholdPercent: number;
  /** Income as a whole percentage of the social minimum (rounded down). */
  percent: number;
  band: DraagkrachtBand;
};

/**
 * Net monthly income against the social minimum for the household type (DOMAIN.md: municipalities
 * use percentages of it as bands; the policy's threshold is 150%). It informs the advice — the
 * law does not let it refuse household help (CRvB 20 Feb 2024) — so there is no "not eligible".
 */
export function draagkracht(household: Household, incomeCents: number, p: PolicyValues, today: string): Draagkracht {
  const minimum = socialMinimumCents(household, p, today);
  const threshold = draagkrachtThresholdCents(household, p, today);
  const band: DraagkrachtBand =
    incomeCents >= threshold ? "from_threshold" : incomeCents <= minimum ? "up_to_minimum" : "below_threshold";
  // The threshold is rounded to whole cents: an income exactly on it still reads as its percentage.
  const floor = Math.floor((incomeCents * 100) / minimum);
  const percent = band === "from_threshold" ? Math.max(floor, p.draagkrachtThresholdPercent) : floor;
  return {
    socialMinimumCents: minimum,
    thresholdCents: threshold,
    thresholdPercent: p.draagkrachtThresholdPercent,
    percent,
    band,
  };
}

// ── Indication dates ───────────────────────────────────────────────────────────────────────
/** A first indication runs 3 months, so the helper can find out whether it fits (DOMAIN.md). */
export const FIRST_INDICATION_MONTHS = 3;
export const INDICATION_MONTH_CHOICES = [3, 6, 12] as const;
/** The evaluation is due this many working days before the end, leaving time to reassess. */
export const EVALUATION_WORKING_DAYS_BEFORE_END = 10;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The last day of a period of whole months from a start day: the day before the same date
 * `months` later, or that month's last day when the date does not exist there (30 Nov + 3 → 28 Feb).
 */
export function periodEnd(start: string, months: number): string {
  const [y = 0, m = 1, d = 1] = start.split("-").map(Number);
  const index = m - 1 + months;
  const year = y + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  if (d > last) return `${year}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
  return addDays(`${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`, -1);
}

export type IndicationDates = { startDate: string; endDate: string; evaluationDate: string };

export function indicationDates(startDate: string, months: number): IndicationDates {
  if (!isValidDay(startDate) || !Number.isInteger(months) || months < 1) throw new RangeError("bad indication");
  const endDate = periodEnd(startDate, months);
  const evaluation = addWorkingDays(endDate, -EVALUATION_WORKING_DAYS_BEFORE_END);
  return { startDate, endDate, evaluationDate: evaluation < startDate ? startDate : evaluation };
}

// ── The intake summary a provider receives ─────────────────────────────────────────────────
export type IntakeSource = {
  personName: string;
  actedBy: { name: string; relation: string } | null;
  email: string;
  phone: string | null;
  postcode: string;
  birthYear: number;
  needs: string[];
  mobility: string[];
  minutesPerWeek: number;
  startDate: string;
  preferences: string | null;
  situation: string | null;
  consentShareHealth: boolean;
};

export type IntakeSummary = {
  name: string;
  actedBy: { name: string; relation: string } | null;
  contact: { email: string; phone: string | null };
  postcode: string;
  birthYear: number;
  needs: string[];
  minutesPerWeek: number;
  startDate: string;
  limitations: string[];
  preferences: string | null;
  /** The talk's description of the situation: health detail, only when the citizen agreed. */
  situation: string | null;
};

/**
 * What the provider needs so it does not redo the intake — and no more (AVG: only what is
 * necessary): never income; free text about health only when the citizen ticked it.
 */
export function intakeSummary(s: IntakeSource): IntakeSummary {
  return {
    name: s.personName,
    actedBy: s.actedBy,
    contact: { email: s.email, phone: s.phone },
    postcode: s.postcode,
    birthYear: s.birthYear,
    needs: s.needs,
    minutesPerWeek: s.minutesPerWeek,
    startDate: s.startDate,
    limitations: s.mobility,
    preferences: s.preferences,
    situation: s.consentShareHealth ? s.situation : null,
  };
}

// ── The assignment export, shaped after iWmo WMO301 ────────────────────────────────────────
export type AssignmentSource = {
  municipality: { code: string; name: string };
  provider: { name: string; kvkNumber: string };
  client: { caseId: number; name: string; birthYear: number; postcode: string };
  indication: { id: number; minutesPerWeek: number; startDate: string; endDate: string; evaluationDate: string };
  referral: { id: number; status: string; startDate: string | null };
  createdAt: string; // ISO instant
};

/**
 * The fields of a WMO301 assignment (client, product, volume, unit, frequency, start, end) for
 * import into the municipality's own system. The iStandaarden code lists are not ours to
 * reproduce: values are named plainly; the municipality maps them to its codes.
 */
export function assignmentExport(s: AssignmentSource) {
  return {
    messageType: "WMO301",
    description: "Toewijzing Wmo-ondersteuning (shaped after iWmo WMO301; map values to your iStandaarden codes)",
    createdAt: s.createdAt,
    municipality: s.municipality,
    provider: s.provider,
    client: {
      reference: `case-${s.client.caseId}`,
      name: s.client.name,
      birthYear: s.client.birthYear,
      postcode: s.client.postcode,
    },
    assignment: {
      number: s.indication.id,
      referral: s.referral.id,
      status: s.referral.status,
      product: { category: "huishoudelijke_hulp", description: "Hulp bij het huishouden (zorg in natura)" },
      volume: s.indication.minutesPerWeek,
      unit: "minute",
      frequency: "per_week",
      start: s.referral.startDate ?? s.indication.startDate,
      end: s.indication.endDate,
      evaluation: s.indication.evaluationDate,
    },
  };
}

// ── Signals ────────────────────────────────────────────────────────────────────────────────
/** An urgent signal must be acknowledged within 2 working days. */
export const URGENT_SIGNAL_WORKING_DAYS = 2;

/** Overdue: urgent, still not acknowledged, raised more than 2 working days before today. */
export function signalOverdue(
  signal: { urgency: string; status: SignalStatus; raisedOn: string },
  today: string,
): boolean {
  return (
    signal.urgency === "urgent" &&
    signal.status === "open" &&
    workingDaysBetween(signal.raisedOn, today) > URGENT_SIGNAL_WORKING_DAYS
  );
}
