// The notifications in English (for people who chose English). See notify.nl.ts.
import type { notifyNl } from "./notify.nl";

export const notifyEn: Record<keyof typeof notifyNl, string> = {
  "notify.greeting": "Dear {name},",
  "notify.linkReset": "Choose your new password: {url}",
  "notify.link": "See it in Hulpwijzer: {url}",
  "notify.closing": "Kind regards,",
  "notify.sender": "Municipality of {municipality}",
  "notify.senderNone": "Hulpwijzer",
  "notify.senderPhone": "Questions? Call the municipality: {phone}.",
  "notify.why":
    "You receive this message because you use Hulpwijzer. Choose which messages you get by e-mail in Hulpwijzer under ‘Message settings’ in the menu.",
  "notify.whyAccount":
    "You receive this message about the security of your Hulpwijzer account. Such messages always come.",
  "notify.whyStaff":
    "You receive this message because you work in Hulpwijzer. Choose which messages you get by e-mail in Hulpwijzer under ‘Message settings’ in the menu.",

  "notify.by.citizen": "by you",
  "notify.by.client": "by the client",
  "notify.by.cleaner": "by the cleaner",
  "notify.by.provider": "by the provider",
  "notify.by.municipality": "by the municipality",
  "notify.by.system": "because the time ran out",
  "notify.line.fee": "You pay {fee} for this.",
  "notify.line.noFee": "You pay nothing for this.",
  "notify.line.clientFee": "Cancelled within 24 hours: the client pays {fee}.",
  "notify.line.providerPhone": "The phone number of {providerName} is {providerPhone}.",
  "notify.line.ics": "The appointments are attached. Open the attachment to add them to your calendar.",
  "notify.line.icsCancel":
    "Is the appointment in your calendar? Then open the attachment: it removes the cancelled appointment from your calendar.",
  "notify.line.icsCancelAll":
    "Are the appointments in your calendar? Then open the attachment: it removes the cancelled appointments from your calendar.",

  "notify.help.private_cleaner": "a cleaner",
  "notify.help.pgb_informal": "help through a personal budget (pgb)",
  "notify.help.zin": "help from a home care organisation",
  "notify.help.powerful_ageing": "a Powerful Ageing group",
  "notify.help.consultation": "a talk with the municipality",

  "notify.next.private_cleaner": "Confirm the chosen time in Hulpwijzer within 15 minutes. Then the visits are booked.",
  "notify.next.provider": "{providerName} will let you know by {answerDay} whether it can help.",
  "notify.next.providerUnnamed": "The provider will let you know by {answerDay} whether it can help.",
  "notify.next.municipality":
    "The municipality will contact you to plan a talk. Within 6 weeks of your request the municipality works out with you which help fits. Would you like to write down yourself what you need? Then send a personal plan within 7 days. You can also get free help from an independent client supporter.",

  "notify.request_received.subject": "We received your request (no. {number})",
  "notify.request_received.body":
    "On {receivedAt} we received your request for {help}. Its number is {number}.\n\nWhat happens next? {next}",
  "notify.hold_expiring.subject": "Your chosen time will soon be released",
  "notify.hold_expiring.body": "You chose a time with {providerName} but have not confirmed it yet.",
  "notify.booking_confirmed.subject": "Your cleaner is booked",
  "notify.booking_confirmed.body": "Your booking with {providerName} is confirmed (no. {number}).",
  "notify.visit_reminder.subject": "Your cleaner comes tomorrow",
  "notify.visit_reminder.body":
    "Reminder: {providerName} comes tomorrow, {startAt}. Can't make it? Cancel the visit in Hulpwijzer.",
  "notify.session_reminder.subject": "Your group trains tomorrow",
  "notify.session_reminder.body": "Reminder: your Powerful Ageing group at {providerName} trains tomorrow, {startAt}.",
  "notify.visit_cancelled.subject": "A visit was cancelled",
  "notify.visit_cancelled.body": "The visit of {providerName} on {startAt} was cancelled {by}.",
  "notify.booking_cancelled.subject": "Your request was stopped (no. {number})",
  "notify.booking_cancelled.body":
    "Your request no. {number} with {providerName} was stopped {by}. No more visits will take place.",
  "notify.visit_moved.subject": "Your cleaner comes at another time",
  "notify.visit_moved.body":
    "{providerName} will come at another weekly time from now on. The first visit at the new time is {firstAt}.",
  "notify.decision_made.subject": "The municipality has made a decision",
  "notify.decision_made.body":
    "The municipality has made a decision on your request (no. {number}). Read what was decided in Hulpwijzer.",
  "notify.referral_accepted.subject": "{providerName} will help you",
  "notify.referral_accepted.body": "{providerName} has accepted your request. The help starts on {startDay}.",
  "notify.help_started.subject": "Your help has started",
  "notify.help_started.body": "{providerName} started helping you on {startDay}.",
  "notify.complaint_received.subject": "We received your complaint (no. {number})",
  "notify.complaint_received.body":
    "We received your complaint on {receivedAt}. The municipality handles it and will tell you within 6 weeks what was done.",
  "notify.complaint_resolved.subject": "Your complaint has been handled (no. {number})",
  "notify.complaint_resolved.body":
    "The municipality has handled your complaint no. {number}. Read the answer in Hulpwijzer.",

  "notify.new_booking.subject": "New booking by {who}",
  "notify.new_booking.body": "{who} booked a weekly time with you. The first visit is {firstAt}.",
  "notify.client_visit_cancelled.subject": "Visit cancelled: {who}, {startAt}",
  "notify.client_visit_cancelled.body":
    "The visit to {who} on {startAt} was cancelled {by}. Your agenda now shows it as cancelled.",
  "notify.client_booking_cancelled.subject": "Client stops: {who}",
  "notify.client_booking_cancelled.body": "{who} stopped the weekly visits. The time is free again in your agenda.",
  "notify.client_note_changed.subject": "New note from {who}",
  "notify.client_note_changed.body":
    "{who} has changed the note for you (no. {number}). You can read it in your agenda, with the visits to {who}.",
  "notify.client_time_changed.subject": "New weekly time: {who}",
  "notify.client_time_changed.body":
    "{who} now has another weekly time with you. The first visit at the new time is {firstAt}.",
  "notify.new_intake.subject": "New request for {help}",
  "notify.new_intake.body":
    "There is a new request for {help} (no. {number}). Let the citizen know by {answerDay} whether you can help.",
  "notify.new_referral.subject": "New referral from the municipality (no. {number})",
  "notify.new_referral.body":
    "The municipality of {municipality} sent you a referral (no. {number}). Accept or decline it in Hulpwijzer.",
  "notify.referral_withdrawn.subject": "Referral withdrawn (no. {number})",
  "notify.referral_withdrawn.body":
    "The municipality withdrew referral no. {number}. You need not do anything with it.",
  "notify.evaluation_due.subject": "Evaluation needed (no. {number})",
  "notify.evaluation_due.body": "Referral no. {number} needs an evaluation before {dueDay}.",
  "notify.new_case_request.subject": "New question from a citizen: {help}",
  "notify.new_case_request.body": "A citizen asks for {help} (case no. {number}). See the case in Hulpwijzer.",
  "notify.urgent_signal.subject": "Urgent signal about a citizen",
  "notify.urgent_signal.body":
    "{providerName} raised an urgent signal about case no. {number}. Look at it in Hulpwijzer today.",
  "notify.referral_declined.subject": "Referral declined (no. {number})",
  "notify.referral_declined.body":
    "{providerName} declined referral no. {number}. Choose another provider in Hulpwijzer.",
  "notify.new_provider_application.subject": "New provider application: {providerName}",
  "notify.new_provider_application.body": "{providerName} applied as a provider. Check the application in Hulpwijzer.",
  "notify.new_complaint.subject": "New complaint (no. {number})",
  "notify.new_complaint.body":
    "A new complaint came in (no. {number}). The resident has received an acknowledgement. Handle it in Hulpwijzer.",

  "notify.password_reset.subject": "Choose a new password",
  "notify.password_reset.body":
    "You asked for a new password for Hulpwijzer. Choose it with this link. The link works once and until {validUntilAt}.\n\nDid you not ask for this? Then do nothing; your password stays as it was.",
  "notify.password_changed.subject": "Your password was changed",
  "notify.password_changed.body":
    "The password of your Hulpwijzer account was changed on {changedAt}.\n\nWas this not you? Then ask for a new password at once with ‘Forgot your password?’ on the login page, and contact your municipality.",
  "notify.line.objection": "Do you disagree with the decision? Then you can object to the municipality within 6 weeks.",
  "notify.request_declined.subject": "{providerName} cannot help you (no. {number})",
  "notify.request_declined.body":
    "Unfortunately {providerName} cannot help you with {help} (request no. {number}). Hulpwijzer shows what other help there is. You can also call the municipality.",
  // Added with the events not yet produced (issue 16, lane D).
  "notify.visit_called_off.subject": "Your visit of {startAt} will not take place",
  "notify.visit_called_off.body":
    "{providerName} cannot come on {startAt}. The visit was cancelled {by}. Your other visits go ahead as planned.",
  "notify.line.paidSettled":
    "You paid {paidEarlier} for this visit earlier. Hulpwijzer does not pay this back by itself: the municipality and the cleaner will settle it with you. Questions? Call the municipality.",
  "notify.payment_failed.subject": "Your payment did not go through (no. {number})",
  "notify.payment_failed.body":
    "Your payment of {amount} to {providerName} did not go through: {why}\n\nYour visits stay booked. The amount is still open. You can pay again in Hulpwijzer, under ‘Price and payment’.",
  "notify.payment.failed": "the payment was refused.",
  "notify.payment.expired": "the time to pay ran out.",
  "notify.request_withdrawn.subject": "Request withdrawn (no. {number})",
  "notify.request_withdrawn.body":
    "The resident withdrew request no. {number} for {help}. You do not need to do anything more with it.",
  // Added with the second factor's security mails (issue 16, lane E). Never a code or secret.
  "notify.second_factor_on.subject": "Two-step verification is on",
  "notify.second_factor_on.body":
    "On {changedAt} two-step verification was turned on for your Hulpwijzer account. When you log in, Hulpwijzer now also asks for a code from your app.\n\nWas this not you? Then choose a new password at once with ‘Forgot your password?’ on the login page, and contact your municipality.",
  "notify.second_factor_off.subject": "Two-step verification is off",
  "notify.second_factor_off.body": "On {changedAt} two-step verification was turned off for your Hulpwijzer account.",
  "notify.line.secondFactorBySelf":
    "This was done on the two-step verification page, with a code.\n\nWas this not you? Then choose a new password at once with ‘Forgot your password?’ on the login page, and contact your municipality.",
  "notify.line.secondFactorByAdmin":
    "An administrator did this, for instance because you lost your phone. The next time you log in, you set it up again.\n\nDid you not know about this? Then contact your organisation's administrator.",
  "notify.recovery_code_used.subject": "Someone logged in with a recovery code",
  "notify.recovery_code_used.body":
    "On {changedAt} someone logged in to your Hulpwijzer account with a recovery code. You have {left} recovery codes left.\n\nWas this not you? Then choose a new password at once with ‘Forgot your password?’ on the login page, and contact your municipality.",
  // Added with taking a request on (ADR 038).
  "notify.request_taken_on.subject": "{providerName} will contact you",
  "notify.request_taken_on.body": "{providerName} has taken on your request no. {number} and will contact you. {next}",
  "notify.takenOn.next.powerful_ageing":
    "Together you make an appointment to get acquainted. After that you hear whether you can join the group.",
  "notify.takenOn.next.pgb_informal":
    "Together you talk about a helper who suits you. After that you hear who your helper will be and when they start.",
  // The cleaner stopped the whole booking (ADR 041). Never her reason.
  "notify.booking_ended_by_cleaner.subject": "{providerName} stops your cleaning help (no. {number})",
  "notify.booking_ended_by_cleaner.body":
    "Your weekly appointment with {providerName} (request no. {number}) was stopped {by}. From {fromAt} on, no visits will take place.",
  "notify.line.paidSettledAll":
    "You paid {paidEarlier} for these visits earlier. Hulpwijzer does not pay this back by itself: the municipality and the cleaner will settle it with you. Questions? Call the municipality.",
  "notify.line.findAnotherCleaner":
    "Do you want cleaning help again? Then look for another cleaner in Hulpwijzer: your request's page has the button ‘Find another cleaner’. You can also call the municipality.",
};
