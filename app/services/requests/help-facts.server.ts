// The facts of the help that was arranged, as the citizen reads them wherever they are shown:
// who helps, how to reach them, when it starts, how much and until when. One function, so the
// request page and anything else that shows them cannot disagree (a test compares the places).

import { z } from "zod";
import { estimateMinutesPerWeek, NEEDS } from "~/domain/matching";
import { cohortOfRequest, cohortSchedules, providerContactOfRequest } from "~/models/help-facts.server";
import type { CitizenScope } from "~/models/help-requests.server";
import { getPolicyInForce } from "~/services/municipalities.server";
import type { RequestView } from "./citizen-requests.server";
import { type ConsultantOutcome, consultantOutcome } from "./outcome.server";

export type HelpFacts =
  | {
      kind: "zin";
      provider: string;
      phone: string | null;
      /** The day the provider agreed to start; `started` once it has recorded the start. */
      startDate: string | null;
      started: boolean;
      minutesPerWeek: number;
      /** The last day of the indication. */
      endDate: string;
    }
  | {
      kind: "powerful_ageing";
      practice: string;
      phone: string | null;
      startDate: string;
      weeks: number;
      /** Two sessions a week: ISO weekday (1 = Monday) and time. */
      sessions: { weekday: number; time: string }[];
      /** Where the group trains, with the postcode as published unless the location already holds it. */
      address: string;
    }
  | {
      kind: "private_cleaner";
      cleaner: string;
      phone: string | null;
      email: string;
    }
  | {
      kind: "pgb_informal";
      mediator: string;
      phone: string | null;
      email: string;
      helperFirstName: string | null;
      helperStartDate: string | null;
      /** The hours the help request comes to (the policy's norm for the chosen needs). */
      minutesPerWeek: number | null;
    };

const neededHelp = z.object({ needs: z.array(z.enum(NEEDS)) });

/** The statuses in which each kind's facts are the citizen's to know. */
const PA_STATUSES = new Set(["intake_requested", "enrolled"]);
const PGB_STATUSES = new Set(["mediation_requested", "matched"]);
// Once booked the citizen may want to reach the cleaner (a changed time, a key, being ill).
const CLEANER_STATUSES = new Set(["booked"]);
// Once referred the provider and its phone are known; the start once it has accepted.
const ZIN_REFERRALS = new Set(["sent", "accepted", "started"]);

const compact = (text: string) => text.replace(/\s/g, "").toUpperCase();

function addressOf(location: string, postcode: string | null): string {
  return postcode && !compact(location).includes(compact(postcode)) ? `${location}, ${postcode}` : location;
}

type CohortRow = {
  weeks: number;
  session1Weekday: number;
  session1Time: string;
  session2Weekday: number;
  session2Time: string;
  location: string;
  postcode: string | null;
};

/** When a group trains and where: the same on the options, the request form and the request page. */
export type GroupFacts = { weeks: number; sessions: { weekday: number; time: string }[]; address: string };

function groupOf(c: CohortRow): GroupFacts {
  return {
    weeks: c.weeks,
    sessions: [
      { weekday: c.session1Weekday, time: c.session1Time },
      { weekday: c.session2Weekday, time: c.session2Time },
    ].sort((a, b) => a.weekday - b.weekday),
    address: addressOf(c.location, c.postcode),
  };
}

/** The groups behind options (`cohort:<id>` offers), by offer id: one query for the page. */
export function groupFactsOf(offerIds: readonly string[]): Record<string, GroupFacts> {
  const ids = offerIds.flatMap((o) => (/^cohort:(\d+)$/.exec(o) ? [Number(o.slice("cohort:".length))] : []));
  return Object.fromEntries(cohortSchedules(ids).map((c) => [`cohort:${c.id}`, groupOf(c)]));
}

/** The facts of one of the citizen's requests, or null while there is nothing arranged to tell. */
export function helpFacts(
  scope: CitizenScope,
  request: Pick<RequestView, "id" | "kind" | "status" | "helperFirstName" | "helperStartDate">,
  outcome: ConsultantOutcome | null,
): HelpFacts | null {
  if (request.kind === "zin") {
    const referral = outcome?.referral;
    const indication = outcome?.indication;
    if (!referral || !indication || !ZIN_REFERRALS.has(referral.status)) return null;
    return {
      kind: "zin",
      provider: referral.providerName,
      phone: referral.providerPhone,
      startDate: referral.startDate,
      started: referral.status === "started",
      minutesPerWeek: indication.minutesPerWeek,
      endDate: indication.endDate,
    };
  }
  if (request.kind === "powerful_ageing" && PA_STATUSES.has(request.status)) {
    const c = cohortOfRequest(scope, request.id);
    if (!c) return null;
    return {
      kind: "powerful_ageing",
      practice: c.practice,
      phone: c.phone,
      startDate: c.startDate,
      ...groupOf(c),
    };
  }
  if (request.kind === "private_cleaner" && CLEANER_STATUSES.has(request.status)) {
    const c = providerContactOfRequest(scope, request.id);
    if (!c) return null;
    return { kind: "private_cleaner", cleaner: c.name, phone: c.phone, email: c.email };
  }
  if (request.kind === "pgb_informal" && PGB_STATUSES.has(request.status)) {
    const m = providerContactOfRequest(scope, request.id);
    if (!m) return null;
    const needs = neededHelp.safeParse(m.answers);
    const policy = getPolicyInForce(m.municipalityCode, m.createdAt);
    return {
      kind: "pgb_informal",
      mediator: m.name,
      phone: m.phone,
      email: m.email,
      helperFirstName: request.helperFirstName,
      helperStartDate: request.helperStartDate,
      minutesPerWeek: needs.success && policy ? estimateMinutesPerWeek(needs.data.needs, policy) : null,
    };
  }
  return null;
}

/** The facts of a request in the citizen's list (/mijn): the same function, its outcome read here. */
export function helpFactsOf(
  citizenUserId: number,
  request: Pick<RequestView, "id" | "kind" | "status" | "helperFirstName" | "helperStartDate">,
): HelpFacts | null {
  const scope = { citizenUserId };
  const outcome = request.kind === "zin" ? consultantOutcome(scope, { id: request.id, answers: null }) : null;
  return helpFacts(scope, request, outcome);
}

/** The day the help starts (or started): the agreed start, the group's first session, the helper's start. */
export function startOf(facts: HelpFacts | null): string | null {
  if (!facts) return null;
  if (facts.kind === "pgb_informal") return facts.helperStartDate;
  // A cleaner's start is the next visit, which /mijn and the request page show from the visits.
  if (facts.kind === "private_cleaner") return null;
  return facts.startDate;
}
