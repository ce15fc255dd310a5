// The municipality's quality dashboard: waiting lists, lead times, steering, quality per
// provider, capacity and production, for a period and a municipality (or its whole region).
// Read-only and aggregated: no names. Definitions are in docs/decisions/009-dashboard.md.
import { clock } from "~/clock.server";
import { zinMonthlyCost } from "~/domain/costs";
import { abonnementstariefCents, estimateMinutesPerWeek, type HelpRequest, type Need } from "~/domain/matching";
import { daysBetweenInstants, median, per100, percentile, sharePercent, waitingAt, weekStarts } from "~/domain/metrics";
import { amsterdamDay } from "~/domain/policy";
import { addDays } from "~/domain/time";
import { getDb } from "~db/client.server";
import { getPolicyInForce } from "./municipalities.server";

const sqlite = () => getDb().$client;
const DAY = 86_400_000;

export type Scope = { codes: string[]; label: string };
export type Period = { from: string; to: string };

/** The kinds a request can end in, on the ladder. */
export const OUTCOME_KINDS = ["own_strength", "powerful_ageing", "private_cleaner", "pgb_informal", "zin"] as const;

/** Statuses that end the wait for a decision, per request kind. */
const DECIDED = ["steered", "indicated", "booked", "enrolled", "matched", "declined", "care_started", "care_ended"];

type RequestFacts = {
  id: number;
  kind: string;
  municipalityCode: string;
  providerId: number | null;
  providerName: string | null;
  requestedAt: number;
  decidedAt: number | null;
  startedAt: number | null;
  closedAt: number | null;
  outcome: string | null;
  answers: string;
  municipalityCostCents: number;
};

function inList(codes: readonly string[]) {
  return codes.map(() => "?").join(",");
}

/** Every request of the scope with its decision, start and outcome (history included). */
function requestFacts(scope: Scope): RequestFacts[] {
  const db = sqlite();
  const rows = db
    .prepare(
      `SELECT r.id, r.kind, r.municipality_code AS municipalityCode, r.created_at AS requestedAt, r.answers,
         r.municipality_cost_per_month_cents AS municipalityCostCents, r.status,
         coalesce(f.provider_id, r.provider_id) AS providerId, coalesce(pf.name, pr.name) AS providerName,
         (SELECT min(e.created_at) FROM request_events e WHERE e.request_id = r.id
            AND e.status IN (${DECIDED.map(() => "?").join(",")})) AS decidedAt,
         (SELECT min(e.created_at) FROM request_events e WHERE e.request_id = r.id AND e.status IN ('cancelled', 'expired')) AS cancelledAt,
         (SELECT min(e.created_at) FROM request_events e WHERE e.request_id = r.id AND e.status = 'care_started') AS careStartedAt,
         (SELECT min(s.starts_at) FROM cleaner_slots s WHERE s.request_id = r.id) AS firstVisit,
         (SELECT min(p.visit_starts_at) FROM payments p WHERE p.request_id = r.id) AS firstPaidVisit,
         c.start_date AS cohortStart, r.helper_start_date AS helperStart,
                  (SELECT d.kind FROM case_decisions d WHERE d.request_id = r.id ORDER BY d.id DESC LIMIT 1) AS decisionKind,
         EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.status IN ('booked', 'enrolled', 'matched')) AS took,
         EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.status = 'indicated') AS indicated
       FROM help_requests r
       LEFT JOIN providers pr ON pr.id = r.provider_id
       LEFT JOIN physio_cohorts c ON c.id = r.cohort_id
       LEFT JOIN referrals f ON f.id = (SELECT max(g.id) FROM referrals g WHERE g.case_id = r.case_id AND g.status <> 'withdrawn')
       LEFT JOIN providers pf ON pf.id = f.provider_id
       WHERE r.municipality_code IN (${inList(scope.codes)}) AND r.status NOT IN ('held', 'expired')`,
    )
    .all(...DECIDED, ...scope.codes) as (Omit<RequestFacts, "decidedAt" | "startedAt" | "closedAt" | "outcome"> & {
    status: string;
    decidedAt: number | null;
    cancelledAt: number | null;
    careStartedAt: number | null;
    firstVisit: number | null;
    firstPaidVisit: number | null;
    cohortStart: string | null;
    helperStart: string | null;
    decisionKind: string | null;
    took: number;
    indicated: number;
  })[];
  return rows.map((r) => {
    const day = (d: string | null) => (d ? Date.parse(`${d}T09:00:00Z`) : null);
    const startedAt =
      r.kind === "zin" || r.kind === "consultation"
        ? r.careStartedAt
        : r.kind === "private_cleaner"
          ? (r.firstPaidVisit ?? r.firstVisit)
          : r.kind === "powerful_ageing" && r.status === "enrolled"
            ? day(r.cohortStart)
            : r.kind === "pgb_informal" && r.status === "matched"
              ? day(r.helperStart)
              : null;
    // What the request ended in when it was decided, even if the help later stopped.
    const outcome = r.status === "steered" ? r.decisionKind : r.indicated ? "zin" : r.took ? r.kind : null;
    return {
      id: r.id,
      kind: r.kind,
      municipalityCode: r.municipalityCode,
      providerId: r.providerId,
      providerName: r.providerName,
      requestedAt: r.requestedAt,
      decidedAt: r.decidedAt,
      startedAt,
      closedAt: r.cancelledAt ?? (r.status === "declined" || r.status === "steered" ? r.decidedAt : null),
      outcome,
      answers: r.answers,
      municipalityCostCents: r.municipalityCostCents,
    };
  });
}

// ── The figures ─────────────────────────────────────────────────────────────────────────────
export type Stat = { count: number; median: number | null; p90: number | null };

function stat(values: number[]): Stat {
  return { count: values.length, median: median(values), p90: percentile(values, 90) };
}

export type Dashboard = ReturnType<typeof buildDashboard>;

export function buildDashboard(scope: Scope, period: Period, now = clock.now()) {
  const db = sqlite();
  const facts = requestFacts(scope);
  const fromMs = Date.parse(`${period.from}T00:00:00Z`);
  const toMs = Date.parse(`${addDays(period.to, 1)}T00:00:00Z`);
  const inPeriod = (t: number | null) => t !== null && t >= fromMs && t < toMs;
  const nowMs = now.getTime();
  const key = (f: RequestFacts) => `${f.providerName ?? "–"}|${f.kind}`;

  // Waiting: asked for help that needs a decision or a start, neither happened yet, not closed.
  const waitsFor = (f: RequestFacts) => f.kind !== "private_cleaner" && f.kind !== "own_strength";
  const waitingNow = facts.filter((f) => waitsFor(f) && f.startedAt === null && f.closedAt === null);
  const waitingGroups = new Map<string, { provider: string; kind: string; days: number[] }>();
  for (const f of waitingNow) {
    const g = waitingGroups.get(key(f)) ?? { provider: f.providerName ?? "–", kind: f.kind, days: [] };
    g.days.push(daysBetweenInstants(f.requestedAt, nowMs));
    waitingGroups.set(key(f), g);
  }
  const published = db
    .prepare(
      `SELECT p.name AS provider, sum(w.length) AS n FROM zin_waiting_lists w JOIN providers p ON p.id = w.provider_id
       WHERE w.municipality_code IN (${inList(scope.codes)}) GROUP BY p.name ORDER BY p.name`,
    )
    .all(...scope.codes) as { provider: string; n: number }[];
  const intervals = facts.filter(waitsFor).map((f) => ({ from: f.requestedAt, until: f.startedAt ?? f.closedAt }));
  const trend = weekStarts(period.from, period.to).map((week) => {
    const end = Math.min(Date.parse(`${addDays(week, 7)}T00:00:00Z`), nowMs);
    return { week, waiting: waitingAt(intervals, end) };
  });

  // Lead times of requests made in the period.
  const leadGroups = new Map<
    string,
    { provider: string; kind: string; toDecision: number[]; toStart: number[]; total: number[] }
  >();
  for (const f of facts.filter((x) => inPeriod(x.requestedAt))) {
    const g = leadGroups.get(key(f)) ?? {
      provider: f.providerName ?? "–",
      kind: f.kind,
      toDecision: [],
      toStart: [],
      total: [],
    };
    if (f.decidedAt !== null) g.toDecision.push(daysBetweenInstants(f.requestedAt, f.decidedAt));
    if (f.decidedAt !== null && f.startedAt !== null) g.toStart.push(daysBetweenInstants(f.decidedAt, f.startedAt));
    if (f.startedAt !== null) g.total.push(daysBetweenInstants(f.requestedAt, f.startedAt));
    leadGroups.set(key(f), g);
  }

  // Steering: what requests decided in the period ended in, and the reasons recorded.
  const decided = facts.filter((f) => inPeriod(f.decidedAt) && f.outcome !== null);
  const outcomes = OUTCOME_KINDS.map((kind) => {
    const count = decided.filter((f) => f.outcome === kind).length;
    return { kind, count, share: sharePercent(count, decided.length) };
  });
  const reasons = db
    .prepare(
      `SELECT d.reason, count(*) AS n FROM case_decisions d JOIN cases c ON c.id = d.case_id
       WHERE c.municipality_code IN (${inList(scope.codes)}) AND d.created_at >= ? AND d.created_at < ?
       GROUP BY d.reason ORDER BY n DESC, d.reason`,
    )
    .all(...scope.codes, fromMs, toMs) as { reason: string; n: number }[];
  const savedCents = decided
    .filter((f) => f.outcome !== "zin")
    .reduce((sum, f) => sum + Math.max(0, zinEquivalentCents(f, now) - f.municipalityCostCents), 0);

  // Quality per provider.
  const providers = db
    .prepare(
      `SELECT DISTINCT p.id, p.name, p.kind FROM providers p JOIN provider_service_areas a ON a.provider_id = p.id
       WHERE a.municipality_code IN (${inList(scope.codes)}) AND p.vetting_status <> 'pending' ORDER BY p.name`,
    )
    .all(...scope.codes) as { id: number; name: string; kind: string }[];
  const quality = providers.map((p) => {
    const clients = facts.filter(
      (f) =>
        f.providerId === p.id &&
        f.startedAt !== null &&
        f.startedAt < toMs &&
        (f.closedAt === null || f.closedAt >= fromMs),
    ).length;
    const q = (sql: string, ...params: unknown[]) =>
      (db.prepare(sql).get(p.id, ...scope.codes, fromMs, toMs, ...params) as { n: number | null }).n ?? 0;
    const complaints = q(
      `SELECT count(*) AS n FROM complaints WHERE provider_id = ? AND municipality_code IN (${inList(scope.codes)})
       AND created_at >= ? AND created_at < ?`,
    );
    const declined = q(
      `SELECT count(*) AS n FROM referrals WHERE provider_id = ? AND municipality_code IN (${inList(scope.codes)})
       AND status = 'declined' AND updated_at >= ? AND updated_at < ?`,
    );
    const missed = q(
      `SELECT count(*) AS n FROM cleaner_slots s JOIN help_requests r ON r.id = s.request_id
       WHERE s.provider_id = ? AND r.municipality_code IN (${inList(scope.codes)}) AND s.outcome = 'missed'
       AND s.starts_at >= ? AND s.starts_at < ?`,
    );
    const lateCancelled = q(
      `SELECT count(*) AS n FROM payments WHERE provider_id = ? AND municipality_code IN (${inList(scope.codes)})
       AND kind = 'late_cancellation' AND visit_starts_at >= ? AND visit_starts_at < ?`,
    );
    const signalRows = db
      .prepare(
        `SELECT created_at AS at, acknowledged_at AS ack FROM signals WHERE provider_id = ?
         AND municipality_code IN (${inList(scope.codes)}) AND created_at >= ? AND created_at < ?`,
      )
      .all(p.id, ...scope.codes, fromMs, toMs) as { at: number; ack: number | null }[];
    const evals = db
      .prepare(
        `SELECT i.evaluation_date AS due, e.created_at AS done FROM referrals f JOIN indications i ON i.id = f.indication_id
         LEFT JOIN evaluations e ON e.referral_id = f.id
         WHERE f.provider_id = ? AND f.municipality_code IN (${inList(scope.codes)})
           AND i.evaluation_date >= ? AND i.evaluation_date < ? AND f.status IN ('started', 'ended')`,
      )
      .all(p.id, ...scope.codes, period.from, addDays(period.to, 1)) as { due: string; done: number | null }[];
    const onTime = evals.filter((e) => e.done !== null && amsterdamDay(new Date(e.done)) <= e.due).length;
    return {
      provider: p.name,
      kind: p.kind,
      clients,
      complaints,
      complaintsPer100: per100(complaints, clients),
      declined,
      cancelledOrMissed: missed + lateCancelled,
      signals: signalRows.length,
      pickupHoursMedian: median(
        signalRows.filter((s) => s.ack !== null).map((s) => Math.round(((s.ack ?? 0) - s.at) / 360_000) / 10),
      ),
      evaluationsDue: evals.length,
      evaluationsOnTime: onTime,
    };
  });

  return {
    scope,
    period,
    waiting: [...waitingGroups.values()].map((g) => ({ provider: g.provider, kind: g.kind, ...stat(g.days) })),
    published,
    trend,
    lead: [...leadGroups.values()].map((g) => ({
      provider: g.provider,
      kind: g.kind,
      toDecision: stat(g.toDecision),
      toStart: stat(g.toStart),
      total: stat(g.total),
    })),
    outcomes,
    decidedCount: decided.length,
    reasons,
    savedCents,
    quality,
    capacity: capacityFigures(scope, period, now),
    production: productionFigures(scope, period),
  };
}

/** What the municipality would have paid per month had this request gone to ZIN. */
function zinEquivalentCents(f: RequestFacts, now: Date): number {
  const policy = getPolicyInForce(f.municipalityCode, new Date(f.decidedAt ?? now.getTime()));
  if (!policy) return 0;
  const answers = JSON.parse(f.answers) as Partial<HelpRequest> & { needs?: Need[] };
  const minutes = estimateMinutesPerWeek(answers.needs ?? [], policy);
  const citizen = abonnementstariefCents(
    {
      postcode: "",
      birthYear: answers.birthYear ?? 1940,
      household: answers.household ?? "single",
      partnerUnderAow: answers.partnerUnderAow ?? false,
      incomeCents: null,
      needs: answers.needs ?? [],
      mobility: [],
      network: "none",
      start: amsterdamDay(now),
    },
    policy,
    amsterdamDay(now),
  );
  return zinMonthlyCost(minutes, policy, citizen).municipalityCents;
}

function capacityFigures(scope: Scope, period: Period, now: Date) {
  const db = sqlite();
  const codes = scope.codes;
  const fromMs = Date.parse(`${period.from}T00:00:00Z`);
  const toMs = Date.parse(`${addDays(period.to, 1)}T00:00:00Z`);
  const one = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number | null }).n ?? 0;
  const zinPublished = one(
    `SELECT sum(new_clients) AS n FROM zin_capacity_weeks WHERE municipality_code IN (${inList(codes)})
     AND week_start >= ? AND week_start <= ?`,
    ...codes,
    period.from,
    period.to,
  );
  const zinTaken = one(
    `SELECT count(*) AS n FROM referral_events e JOIN referrals f ON f.id = e.referral_id
     WHERE f.municipality_code IN (${inList(codes)}) AND e.status = 'accepted' AND e.created_at >= ? AND e.created_at < ?`,
    ...codes,
    fromMs,
    toMs,
  );
  const serving = `SELECT provider_id FROM provider_service_areas WHERE municipality_code IN (${inList(codes)})`;
  const slots = db
    .prepare(
      `SELECT count(*) AS n, sum(status = 'booked') AS booked FROM cleaner_slots
       WHERE provider_id IN (${serving}) AND starts_at >= ? AND starts_at < ?`,
    )
    .get(...codes, fromMs, toMs) as { n: number; booked: number | null };
  const months = [...new Set(weekStarts(period.from, period.to).map((w) => w.slice(0, 7)))];
  const mediationPublished = one(
    `SELECT sum(new_matches) AS n FROM mediator_capacity_months WHERE municipality_code IN (${inList(codes)})
     AND month IN (${months.map(() => "?").join(",")})`,
    ...codes,
    ...months,
  );
  const matched = one(
    `SELECT count(*) AS n FROM help_requests WHERE municipality_code IN (${inList(codes)}) AND kind = 'pgb_informal'
     AND status = 'matched' AND updated_at >= ? AND updated_at < ?`,
    ...codes,
    fromMs,
    toMs,
  );
  const seats = db
    .prepare(
      `SELECT coalesce(sum(c.seats), 0) AS seats,
         (SELECT count(*) FROM help_requests r WHERE r.cohort_id IN (SELECT c2.id FROM physio_cohorts c2
            WHERE c2.provider_id IN (${serving}) AND c2.start_date >= ? AND c2.start_date <= ?)
            AND r.status IN ('intake_requested', 'enrolled')) AS taken
       FROM physio_cohorts c WHERE c.provider_id IN (${serving}) AND c.start_date >= ? AND c.start_date <= ?`,
    )
    .get(...codes, period.from, period.to, ...codes, period.from, period.to) as { seats: number; taken: number };
  const staleBefore = now.getTime() - 14 * DAY;
  const stale = db
    .prepare(
      `SELECT p.name AS provider, count(*) AS n FROM (
         SELECT provider_id, confirmed_at FROM zin_capacity_weeks UNION ALL
         SELECT provider_id, confirmed_at FROM zin_waiting_lists UNION ALL
         SELECT provider_id, confirmed_at FROM cleaner_windows UNION ALL
         SELECT provider_id, confirmed_at FROM mediator_capacity_months UNION ALL
         SELECT provider_id, confirmed_at FROM physio_cohorts) x
       JOIN providers p ON p.id = x.provider_id
       WHERE x.provider_id IN (${serving}) AND x.confirmed_at < ? GROUP BY p.name ORDER BY p.name`,
    )
    .all(...codes, staleBefore) as { provider: string; n: number }[];
  return {
    kinds: [
      { kind: "zin", published: zinPublished, taken: zinTaken },
      { kind: "private_cleaner", published: slots.n, taken: slots.booked ?? 0 },
      { kind: "pgb_informal", published: mediationPublished, taken: matched },
      { kind: "powerful_ageing", published: seats.seats, taken: seats.taken },
    ],
    stale,
  };
}

function productionFigures(scope: Scope, period: Period) {
  const db = sqlite();
  const codes = scope.codes;
  const fromMs = Date.parse(`${period.from}T00:00:00Z`);
  const toMs = Date.parse(`${addDays(period.to, 1)}T00:00:00Z`);
  // Cleaners: booked visits and those that took place, in hours, per provider and month.
  const cleaning = db
    .prepare(
      `SELECT p.name AS provider, s.starts_at AS at, (s.ends_at - s.starts_at) / 60000 AS minutes, s.outcome
       FROM cleaner_slots s JOIN help_requests r ON r.id = s.request_id JOIN providers p ON p.id = s.provider_id
       WHERE r.municipality_code IN (${inList(codes)}) AND s.status = 'booked' AND s.starts_at >= ? AND s.starts_at < ?`,
    )
    .all(...codes, fromMs, toMs) as { provider: string; at: number; minutes: number; outcome: string | null }[];
  // ZIN: the indicated hours per week, over the days the help ran in each month.
  const care = db
    .prepare(
      `SELECT p.name AS provider, i.minutes_per_week AS minutes,
         (SELECT min(e.created_at) FROM referral_events e WHERE e.referral_id = f.id AND e.status = 'started') AS started,
         (SELECT min(e.created_at) FROM referral_events e WHERE e.referral_id = f.id AND e.status = 'ended') AS ended
       FROM referrals f JOIN indications i ON i.id = f.indication_id JOIN providers p ON p.id = f.provider_id
       WHERE f.municipality_code IN (${inList(codes)}) AND f.status IN ('started', 'ended')`,
    )
    .all(...codes) as { provider: string; minutes: number; started: number | null; ended: number | null }[];
  const rows = new Map<string, { provider: string; month: string; bookedHours: number; deliveredHours: number }>();
  const row = (provider: string, month: string) => {
    const k = `${provider}|${month}`;
    const r = rows.get(k) ?? { provider, month, bookedHours: 0, deliveredHours: 0 };
    rows.set(k, r);
    return r;
  };
  for (const c of cleaning) {
    const r = row(c.provider, amsterdamDay(new Date(c.at)).slice(0, 7));
    r.bookedHours += c.minutes / 60;
    if (c.outcome === "done") r.deliveredHours += c.minutes / 60;
  }
  for (const z of care) {
    if (z.started === null) continue;
    for (let t = Math.max(z.started, fromMs); t < Math.min(z.ended ?? toMs, toMs); t += DAY) {
      const r = row(z.provider, amsterdamDay(new Date(t)).slice(0, 7));
      const hours = z.minutes / 60 / 7;
      r.bookedHours += hours;
      r.deliveredHours += hours;
    }
  }
  return [...rows.values()]
    .map((r) => ({
      ...r,
      bookedHours: Math.round(r.bookedHours * 10) / 10,
      deliveredHours: Math.round(r.deliveredHours * 10) / 10,
    }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.provider.localeCompare(b.provider));
}

/** The municipalities an admin may look at: their own, and the others of their region together. */
export function scopesFor(municipalityCode: string) {
  const db = sqlite();
  const own = db.prepare("SELECT code, name, region FROM municipalities WHERE code = ?").get(municipalityCode) as {
    code: string;
    name: string;
    region: string | null;
  };
  const region = own.region
    ? (db
        .prepare(
          `SELECT m.code, m.name FROM municipalities m WHERE m.region = ?
           AND EXISTS (SELECT 1 FROM municipality_policies p WHERE p.municipality_code = m.code) ORDER BY m.name`,
        )
        .all(own.region) as { code: string; name: string }[])
    : [];
  return { own: { code: own.code, name: own.name }, region: own.region, regionMunicipalities: region };
}
