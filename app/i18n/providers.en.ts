// Provider staff: the workspace start page and the requests of residents.
// English: the compiler checks that it has exactly the Dutch keys.
import type { providersNl } from "./providers.nl";

export const providersEn: Record<keyof typeof providersNl, string> = {
  "provider.title": "Provider workspace",
  "provider.welcome": "Welcome, {name}. You work for {provider}.",
  "provider.details": "Your organisation",
  "provider.kind": "Kind of provider",
  "provider.kvk": "Chamber of Commerce number",
  "provider.status": "Status",
  "provider.serves": "Service area",
  "provider.contact": "Contact person",

  "colleagues.title": "Colleagues",
  "colleagues.intro":
    "Create an account for a colleague at {provider}. The account sees the same requests and referrals as you, from every municipality {provider} works in.",
  "colleagues.list.title": "Accounts of {provider}",
  "colleagues.create.title": "New colleague",
  "colleagues.created.text":
    "The account for {email} has been created. Pass on this one-time password securely; it will not be shown again:",

  "provider.capacity.title": "Your capacity",
  "provider.capacity.records": "{count} published, {stale} out of date",
  "provider.capacity.manage": "View and update capacity",
  "provider.capacity.slots": "Visits in the next 8 weeks: {free} free, {taken} taken",
  "provider.capacity.staleWarning": "Note: {count} record(s) are out of date and not shown to residents.",
  "provider.free.zinIntro": "Free for new clients, per week, in all your municipalities together:",
  "provider.free.zinWeek": "Week of {date}: {hours} hours; new clients: {clients}",
  "provider.free.zinTotal.one": "In this week together: {hours} hours; new clients: {clients}.",
  "provider.free.zinTotal.other": "In these {count} weeks together: {hours} hours; new clients: {clients}.",
  "provider.free.zinNone": "You have published no current free room for this week or the coming weeks.",
  "provider.free.zinWaiting": "On your waiting list: {waiting}.",
  "provider.free.pgb_mediator": "Free this month: {matches} new matches. Helpers in your pool: {helpers}.",
  "provider.free.physio": "Free seats in upcoming groups: {seats}.",
  "provider.notifications.title": "Notifications",
  "provider.notifications.none": "No new notifications.",
  "provider.notifications.stale":
    "{type} ({ref}) has not been confirmed for {days} days. Confirm or change it and we will show it again.",
  "provider.notifications.markRead": "Mark as read",
  "provider.pending":
    "Your organisation is still waiting to be checked by the municipality. Until then nobody sees your capacity.",
  "provider.suspended":
    "Your organisation has been suspended by the municipality. Nobody sees your capacity. Reason: {reason}",

  "preq.title": "Requests from residents",
  "preq.intro":
    "Requests and bookings for your organisation. You only see what you need for the introduction or the match.",
  "preq.none": "There are no requests yet.",
  "preq.col.when": "Received",
  "preq.col.who": "Resident",
  "preq.col.what": "Help asked",
  "preq.col.status": "Status",
  "preq.col.action": "Action",
  "preq.actedBy": "requested by {name}, {relation}",
  "preq.enrol": "Enrol after the introduction",
  "preq.helperFirstName": "Helper's first name",
  "preq.helperStartDate": "Start date",
  "preq.match": "Record the match",
  "preq.declineReason": "Reason for declining",
  "preq.decline": "Decline",
  "preq.matched": "Matched with {name} from {date}",
  "preq.saved": "Recorded.",
  "preq.failed": "This was not possible: the request was handled already or the details are not right.",
  "need.cleaning": "cleaning",
  "need.laundry": "laundry",
  "need.heavy_cleaning": "heavy housework",
  "mobility.stairs": "stairs difficult",
  "mobility.chair_rise": "getting up difficult",
  "validation.preq.helperFirstName": "Enter the helper's first name (at most 60 characters).",
  "validation.preq.helperStartDate": "Enter the start date as a valid date.",
  "validation.preq.reason": "Enter a reason for declining (at most 300 characters).",
  "preq.fixErrors": "Correct what is shown below.",
  "preq.fact.who": "Citizen",
  "preq.fact.email": "Email address",
  "preq.fact.what": "Request",
  "preq.fact.when": "Received",
  "preq.fact.status": "Status",
  "preq.takeOn": "Take on and make contact",
  "preq.takeOnHint":
    "You then see the name, address and phone, and the resident hears that you will contact them. You enrol or decline afterwards.",
  "preq.takenOn": "You took the request on at {at}. Contact the resident.",
};
