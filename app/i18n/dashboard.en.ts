// The quality dashboard of a municipality or region (dash.*).
// English: the compiler checks that it has exactly the Dutch keys.
import type { dashboardNl } from "./dashboard.nl";

export const dashboardEn: Record<keyof typeof dashboardNl, string> = {
  "nav.adminDashboard": "Dashboard",
  "dash.title": "Quality and waiting-list dashboard",
  "dash.intro":
    "Figures for {scope} from {from} up to and including {to}: waiting lists, lead times, steering, quality per provider, capacity and production. Totals only, no names.",
  "dash.filter.scope": "Area",
  "dash.filter.region": "Whole region {region}",
  "dash.filter.from": "From",
  "dash.filter.to": "Up to and including",
  "dash.filter.submit": "Show",
  "dash.filter.error": "Choose a valid period of at most two years: the end date is on or after the start date.",
  "dash.csv": "Download this table as CSV (commas, RFC 4180)",
  "dash.empty": "No data in this period.",
  "dash.waiting.title": "Waiting now",
  "dash.waiting.intro":
    "Residents waiting for a decision or a start, per provider and kind of help, with their wait so far in days.",
  "dash.published.title": "Waiting lists as providers publish them",
  "dash.trend.title": "People waiting per week",
  "dash.lead.title": "Lead times (days)",
  "dash.lead.intro":
    "For requests made in the period: request to decision, decision to start and request to start. Median and 90th percentile.",
  "dash.outcomes.title": "Steering: what requests ended in",
  "dash.outcomes.intro":
    "{count} decisions in the period. Estimated saving against everything as care in kind: {saved} per month.",
  "dash.reasons.title": "The consultants' reasons",
  "dash.quality.title": "Quality per provider",
  "dash.quality.intro":
    "Complaints per 100 clients, declined referrals, late-cancelled or missed visits, signals and how fast the municipality picked them up, evaluations on time.",
  "dash.capacity.title": "Capacity: published and taken",
  "dash.capacity.intro":
    "Care in kind: new clients per week against accepted referrals; cleaning: times against bookings; pgb: matches; Powerful Ageing: seats in groups one could join during the period.",
  "dash.stale.title": "Stale capacity per provider (older than 14 days)",
  "dash.production.title": "Production: hours per provider per month",
  "dash.production.intro":
    "Cleaning: booked visits and those that took place. Care in kind: indicated hours while the help ran.",
  "dash.col.provider": "Provider",
  "dash.col.kind": "Kind of help",
  "dash.col.waiting": "Waiting",
  "dash.col.median": "Median (days)",
  "dash.col.p90": "90th percentile (days)",
  "dash.col.publishedList": "On the waiting list",
  "dash.col.week": "Week of",
  "dash.col.requests": "Requests",
  "dash.col.toDecisionMedian": "To decision, median",
  "dash.col.toDecisionP90": "To decision, p90",
  "dash.col.toStartMedian": "Decision to start, median",
  "dash.col.toStartP90": "Decision to start, p90",
  "dash.col.totalMedian": "Request to start, median",
  "dash.col.totalP90": "Request to start, p90",
  "dash.col.outcome": "Outcome",
  "dash.col.count": "Number",
  "dash.col.share": "Share (%)",
  "dash.col.reason": "Reason",
  "dash.col.clients": "Clients",
  "dash.col.complaints": "Complaints",
  "dash.col.complaintsPer100": "Complaints per 100 clients",
  "dash.col.declined": "Declined referrals",
  "dash.col.cancelledMissed": "Cancelled late or missed",
  "dash.col.signals": "Signals",
  "dash.col.pickup": "Picked up after (hours, median)",
  "dash.col.evaluationsOnTime": "Evaluations on time",
  "dash.col.published": "Published",
  "dash.col.taken": "Taken",
  "dash.col.staleRecords": "Stale records",
  "dash.col.month": "Month",
  "dash.col.bookedHours": "Hours booked",
  "dash.col.deliveredHours": "Hours delivered",
  "dash.unit.person": "person",
  "dash.unit.day": "day",
  "dash.unit.decision": "decision",
  "dash.unit.people": "people",
  "dash.unit.days": "days",
  "dash.unit.decisions": "decisions",
  "dash.unit.per100": "per 100",
  "dash.unit.hours": "hours",
  "dash.kind.own_strength": "Own strength",
  "dash.kind.powerful_ageing": "Powerful Ageing",
  "dash.kind.private_cleaner": "Private cleaner",
  "dash.kind.pgb_informal": "Informal help with a personal budget",
  "dash.kind.zin": "Care in kind",
  "dash.kind.consultation": "Talk with the consultant",
  "dash.csvExcel": "Download this table for Dutch Excel (semicolons, decimal commas)",
  "dash.col.evaluationsDue": "Evaluations due",
  "dash.waiting.definition":
    "How it is counted: a request (not a cleaner booking) that has not started and is not closed (declined, steered elsewhere or cancelled). Started means: ZIN care began, the first day of the Powerful Ageing group, the pgb helper's start date. Wait: days from the request until today; the median is the middle value, the 90th percentile an observed value (nearest rank).",
  "dash.published.definition":
    "How it is counted: the waiting lists ZIN providers publish themselves for this area, added up per provider.",
  "dash.trend.definition":
    "How it is counted: at the end of each week (or now, for this week) the requests made by then that had not started or closed, by the same rule as 'Waiting now'.",
  "dash.lead.definition":
    "How it is counted: only requests made in the period. To decision: from the request to its first decision (granted, steered, booked, enrolled, matched or declined); decision to start and request to start: until the start as in 'Waiting now'. In days with one decimal.",
  "dash.outcomes.definition":
    "How it is counted: requests decided in the period, by what they became (the consultant's choice, or the kind itself for a direct booking). Share: of all decisions, in whole percent. Saving: for each decision other than ZIN, what ZIN would have cost the municipality per month minus what the chosen help costs.",
  "dash.reasons.definition":
    "How it is counted: the reasons consultants gave for their decisions in the period, per reason.",
  "dash.quality.definition":
    "How it is counted: per provider working in this area. Clients: residents of this area (the municipality or region you chose) with help from this provider that started before the period's end and did not end before its start; clients from other municipalities count only there. Complaints per 100 clients: complaints in the period divided by clients. Evaluations on time: recorded on or before the planned day, of those planned in the period.",
  "dash.capacity.definition":
    "How it is counted: published in the area against taken in the period. ZIN: places for new clients in weeks starting in the period, against accepted referrals. Cleaners: times in the period against booked ones. Pgb: new matches in the period's months against matched requests. Powerful Ageing: places in groups one could join during the period (starting on or after its first day, published before its end) against sign-ups. Share: taken divided by published; '–' when nothing was published (then there is no share and no bar).",
  "dash.stale.definition":
    "How it is counted: capacity records of providers in this area not updated or confirmed for more than 14 days.",
  "dash.production.definition":
    "How it is counted: per month. Cleaners: booked visits in hours, and of those the ones that took place. ZIN: the indicated hours per week spread over the days the help ran.",
  "dash.noProvider": "no provider yet",
  "dash.tableRegion": "Table: {table}",
};
