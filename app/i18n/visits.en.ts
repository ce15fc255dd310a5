// When help comes and calling it off (see visits.nl.ts).
// English: the compiler checks that it has exactly the Dutch keys.
import type { visitsNl } from "./visits.nl";

export const visitsEn: Record<keyof typeof visitsNl, string> = {
  "visits.next.title": "Next visit",
  "visits.next.text": "{when}: household help from {name}.",
  "visits.next.open": "View the appointment",
  "visits.next.cancel": "Cancel this visit",
  "visits.col.when": "When",
  "visits.when.unknown": "Not known yet",
  "visits.when.held": "Not confirmed yet",
  "visits.when.from": "From {date}",
  "visits.when.none": "No more visits",
  "visits.when.session": "Training: {when}",
  "visits.when.provider": "As you agree with the provider",
  "visits.nextFact": "Next visit",
  "visits.cancelled": "cancelled (free)",
  "visits.cancelledCost": "cancelled, you pay {amount}",
  "visits.confirmFree":
    "Do you want to cancel the visit of {when}? It is free: it starts more than 24 hours from now. It stays in your overview as cancelled.",
  "visits.confirmFreeYes": "Yes, cancel this visit",
  "visits.confirmAgain":
    "Do you want to cancel the visit of {when}? It costs nothing extra: you already pay {amount} for cancelling this visit earlier, and that stays. It stays in your overview as cancelled.",
  "visits.cancelAgain": "Cancel this visit (nothing extra)",
  "visits.request.cancelStart": "Cancel this request",
  "visits.request.confirmTitle": "Do you want to cancel this request?",
  "visits.request.confirmVisits":
    "The {count} booked visits from {first} will then not take place. They stay in your overview as cancelled.",
  "visits.request.confirmVisitsOne": "The booked visit of {first} will then not take place.",
  "visits.request.confirmFree": "Cancelling is free.",
  "visits.request.confirmCost": "The visit of {when} starts within 24 hours: for it you pay {amount}.",
  "visits.request.confirmTotal": "Cancelling costs you {amount}.",
  "visits.request.confirmEarlier":
    "For the visit of {when} you already pay {amount}, because you cancelled it earlier within 24 hours. That stays; nothing is added.",
  "visits.request.confirmPlace": "Your place becomes free for someone else. This cannot be undone.",
  "visits.request.confirmYes": "Yes, cancel",
  "visits.request.confirmYesCost": "Yes, cancel and pay {amount}",
  "visits.request.confirmNo": "No, do not cancel",
  "visits.notice.visitFree": "The visit of {when} is cancelled. That was free.",
  "visits.notice.visitCost":
    "The visit of {when} is cancelled. You pay {amount}, because it would start within 24 hours.",
  "visits.notice.request": "Your request is cancelled.",
  "visits.notice.requestVisits": "The {count} visits from {first} will not take place.",
  "visits.notice.requestVisitsOne": "The visit of {first} will not take place.",
  "visits.notice.requestFree": "That was free.",
  "visits.notice.requestCost": "You pay {amount} for the visit that would start within 24 hours.",
  "visits.notice.priceChanged": "Cancelling now costs more than you saw. Check the amount and confirm again.",
  "visits.calendar.title": "Put in my calendar",
  "visits.calendar.text":
    "Put your visits and training sessions in the calendar on your phone or computer. When you cancel something, you see that there too. Do not share the link: whoever has it sees your appointments.",
  "visits.calendar.subscribe": "Put in my calendar (subscribe)",
  "visits.calendar.download": "Download the appointments as a file",
  "visits.calendar.downloadNote": "A downloaded file does not change along: download it again when something changes.",
  "visits.ics.summary": "Household help: {name}",
  "visits.ics.summaryCancelled": "Cancelled: household help from {name}",
  "visits.ics.description": "Household help from {name}.",
  "visits.ics.descriptionCancelled": "This visit from {name} is cancelled and will not take place.",
  "visits.ics.session": "Powerful Ageing training at {name}.",
  "visits.ics.phone": "Phone: {phone}",
  "visits.ics.email": "E-mail: {email}",
  "visits.ics.link": "View or cancel: {url}",
};
