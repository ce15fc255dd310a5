// The notifications: the short line in the notice list (subject) and the e-mail's text (body).
// Plain B1 Dutch. Never health data: who, what kind of step, when, and a link to the portal.
// Param names say how they are written out (app/services/notifications/render.server.ts):
// …At a moment, …Day a day, …Cents an amount, …Key another message, …LineKey an extra paragraph.
export const notifyNl = {
  "notify.greeting": "Beste {name},",
  "notify.linkReset": "Kies uw nieuwe wachtwoord: {url}",
  "notify.link": "Bekijk het in Hulpwijzer: {url}",
  "notify.closing": "Met vriendelijke groet,",
  "notify.sender": "Gemeente {municipality}",
  "notify.senderNone": "Hulpwijzer",
  "notify.senderPhone": "Vragen? Bel de gemeente: {phone}.",
  "notify.why":
    "U krijgt dit bericht omdat u Hulpwijzer gebruikt. Welke berichten u per e-mail krijgt, kiest u in Hulpwijzer bij ‘Berichten instellen’ in het menu.",
  "notify.whyAccount":
    "U krijgt dit bericht over de beveiliging van uw Hulpwijzer-account. Zulke berichten krijgt u altijd.",
  "notify.whyStaff":
    "U krijgt dit bericht omdat u in Hulpwijzer werkt. Welke berichten u per e-mail krijgt, kiest u in Hulpwijzer bij ‘Berichten instellen’ in het menu.",

  "notify.by.citizen": "door u",
  "notify.by.client": "door de klant",
  "notify.by.cleaner": "door de schoonmaakhulp",
  "notify.by.provider": "door de aanbieder",
  "notify.by.municipality": "door de gemeente",
  "notify.by.system": "omdat de tijd om was",
  "notify.line.fee": "Hiervoor betaalt u {fee}.",
  "notify.line.noFee": "U betaalt hiervoor niets.",
  "notify.line.clientFee": "Afgezegd binnen 24 uur: de klant betaalt {fee}.",
  "notify.line.providerPhone": "Het telefoonnummer van {providerName} is {providerPhone}.",
  "notify.line.ics": "In de bijlage staan de afspraken. Open die om ze in uw agenda te zetten.",
  "notify.line.icsCancel":
    "Staat de afspraak in uw agenda? Open dan de bijlage: die haalt de afgezegde afspraak uit uw agenda.",
  "notify.line.icsCancelAll":
    "Staan de afspraken in uw agenda? Open dan de bijlage: die haalt de afgezegde afspraken uit uw agenda.",

  "notify.help.private_cleaner": "schoonmaakhulp",
  "notify.help.pgb_informal": "hulp via een pgb",
  "notify.help.zin": "hulp van een thuiszorgorganisatie",
  "notify.help.powerful_ageing": "een Powerful Ageing-groep",
  "notify.help.consultation": "een gesprek met de gemeente",

  "notify.next.private_cleaner":
    "Bevestig de gekozen tijd binnen 15 minuten in Hulpwijzer. Daarna staan de bezoeken vast.",
  "notify.next.provider": "{providerName} laat u uiterlijk {answerDay} weten of het lukt.",
  "notify.next.providerUnnamed": "De aanbieder laat u uiterlijk {answerDay} weten of het lukt.",
  "notify.next.municipality":
    "De gemeente neemt contact met u op om een gesprek te plannen. Binnen 6 weken na uw melding zoekt de gemeente samen met u uit welke hulp past. Wilt u zelf opschrijven wat u nodig hebt? Stuur dan binnen 7 dagen een persoonlijk plan. U kunt ook gratis hulp krijgen van een onafhankelijke cliëntondersteuner.",

  "notify.request_received.subject": "We hebben uw aanvraag ontvangen (nr. {number})",
  "notify.request_received.body":
    "Wij hebben op {receivedAt} uw aanvraag voor {help} ontvangen. Het nummer is {number}.\n\nWat gebeurt er nu? {next}",
  "notify.hold_expiring.subject": "Uw gekozen tijd wordt bijna weer vrijgegeven",
  "notify.hold_expiring.body": "U koos een tijd bij {providerName}, maar hebt die nog niet bevestigd.",
  "notify.booking_confirmed.subject": "Uw schoonmaakhulp staat vast",
  "notify.booking_confirmed.body": "Uw boeking bij {providerName} staat vast (nr. {number}).",
  "notify.visit_reminder.subject": "Morgen komt uw schoonmaakhulp",
  "notify.visit_reminder.body":
    "Herinnering: {providerName} komt morgen, {startAt}. Kan het niet? Zeg het bezoek dan af in Hulpwijzer.",
  "notify.session_reminder.subject": "Morgen traint uw groep",
  "notify.session_reminder.body": "Herinnering: uw Powerful Ageing-groep bij {providerName} traint morgen, {startAt}.",
  "notify.visit_cancelled.subject": "Een bezoek is afgezegd",
  "notify.visit_cancelled.body": "Het bezoek van {providerName} op {startAt} is afgezegd {by}.",
  "notify.booking_cancelled.subject": "Uw aanvraag is stopgezet (nr. {number})",
  "notify.booking_cancelled.body":
    "Uw aanvraag nr. {number} bij {providerName} is stopgezet {by}. Er komen geen bezoeken meer.",
  "notify.visit_moved.subject": "Uw schoonmaakhulp komt op een andere tijd",
  "notify.visit_moved.body":
    "{providerName} komt voortaan op een andere vaste tijd. Het eerste bezoek op de nieuwe tijd is {firstAt}.",
  "notify.decision_made.subject": "De gemeente heeft een besluit genomen",
  "notify.decision_made.body":
    "De gemeente heeft een besluit genomen over uw aanvraag (nr. {number}). Wat er is besloten, leest u in Hulpwijzer.",
  "notify.referral_accepted.subject": "{providerName} gaat u helpen",
  "notify.referral_accepted.body": "{providerName} heeft uw aanvraag aangenomen. De hulp begint op {startDay}.",
  "notify.help_started.subject": "Uw hulp is begonnen",
  "notify.help_started.body": "{providerName} is op {startDay} begonnen met de hulp.",
  "notify.complaint_received.subject": "We hebben uw klacht ontvangen (nr. {number})",
  "notify.complaint_received.body":
    "Wij hebben uw klacht op {receivedAt} ontvangen. De gemeente behandelt hem en laat u binnen 6 weken weten wat er is gebeurd.",
  "notify.complaint_resolved.subject": "Uw klacht is afgehandeld (nr. {number})",
  "notify.complaint_resolved.body":
    "De gemeente heeft uw klacht nr. {number} afgehandeld. Het antwoord leest u in Hulpwijzer.",

  "notify.new_booking.subject": "Nieuwe boeking van {who}",
  "notify.new_booking.body": "{who} heeft een vaste tijd bij u geboekt. Het eerste bezoek is {firstAt}.",
  "notify.client_visit_cancelled.subject": "Bezoek afgezegd: {who}, {startAt}",
  "notify.client_visit_cancelled.body":
    "Het bezoek aan {who} op {startAt} is afgezegd {by}. In uw agenda staat het nu als afgezegd.",
  "notify.client_booking_cancelled.subject": "Klant stopt: {who}",
  "notify.client_booking_cancelled.body": "{who} heeft de vaste bezoeken stopgezet. De tijd is weer vrij in uw agenda.",
  "notify.client_note_changed.subject": "Nieuw bericht van {who}",
  "notify.client_note_changed.body":
    "{who} heeft het bericht voor u aangepast (nr. {number}). U leest het in uw agenda, bij de bezoeken aan {who}.",
  "notify.client_time_changed.subject": "Andere vaste tijd: {who}",
  "notify.client_time_changed.body":
    "{who} komt voortaan op een andere vaste tijd bij u. Het eerste bezoek op de nieuwe tijd is {firstAt}.",
  "notify.new_intake.subject": "Nieuwe aanvraag voor {help}",
  "notify.new_intake.body":
    "Er is een nieuwe aanvraag voor {help} (nr. {number}). Laat de inwoner uiterlijk {answerDay} weten of het lukt.",
  "notify.new_referral.subject": "Nieuwe verwijzing van de gemeente (nr. {number})",
  "notify.new_referral.body":
    "De gemeente {municipality} heeft u een verwijzing gestuurd (nr. {number}). Neem hem aan of wijs hem af in Hulpwijzer.",
  "notify.referral_withdrawn.subject": "Verwijzing ingetrokken (nr. {number})",
  "notify.referral_withdrawn.body":
    "De gemeente heeft verwijzing nr. {number} ingetrokken. U hoeft er niets meer mee te doen.",
  "notify.evaluation_due.subject": "Evaluatie nodig (nr. {number})",
  "notify.evaluation_due.body": "Voor verwijzing nr. {number} is een evaluatie nodig vóór {dueDay}.",
  "notify.new_case_request.subject": "Nieuwe vraag van een inwoner: {help}",
  "notify.new_case_request.body": "Een inwoner vraagt om {help} (zaak nr. {number}). Bekijk de zaak in Hulpwijzer.",
  "notify.urgent_signal.subject": "Dringend signaal over een inwoner",
  "notify.urgent_signal.body":
    "{providerName} heeft een dringend signaal gegeven over zaak nr. {number}. Bekijk het vandaag in Hulpwijzer.",
  "notify.referral_declined.subject": "Verwijzing afgewezen (nr. {number})",
  "notify.referral_declined.body":
    "{providerName} heeft verwijzing nr. {number} afgewezen. Kies een andere aanbieder in Hulpwijzer.",
  "notify.new_provider_application.subject": "Nieuwe aanmelding van een aanbieder: {providerName}",
  "notify.new_provider_application.body":
    "{providerName} heeft zich aangemeld als aanbieder. Controleer de aanmelding in Hulpwijzer.",
  "notify.new_complaint.subject": "Nieuwe klacht (nr. {number})",
  "notify.new_complaint.body":
    "Er is een nieuwe klacht binnengekomen (nr. {number}). De inwoner heeft een ontvangstbevestiging gekregen. Behandel de klacht in Hulpwijzer.",

  "notify.password_reset.subject": "Nieuw wachtwoord kiezen",
  "notify.password_reset.body":
    "U vroeg om een nieuw wachtwoord voor Hulpwijzer. Kies het met deze link. De link werkt één keer en tot {validUntilAt}.\n\nVroeg u dit niet? Dan hoeft u niets te doen; uw wachtwoord blijft zoals het was.",
  "notify.password_changed.subject": "Uw wachtwoord is gewijzigd",
  "notify.password_changed.body":
    "Het wachtwoord van uw Hulpwijzer-account is op {changedAt} gewijzigd.\n\nWas u dit niet? Vraag dan meteen een nieuw wachtwoord aan met ‘Wachtwoord vergeten?’ op de inlogpagina en neem contact op met uw gemeente.",
  "notify.line.objection":
    "Bent u het niet eens met het besluit? Dan kunt u binnen 6 weken bezwaar maken bij de gemeente.",
  "notify.request_declined.subject": "{providerName} kan u niet helpen (nr. {number})",
  "notify.request_declined.body":
    "{providerName} kan u helaas niet helpen met {help} (aanvraag nr. {number}). In Hulpwijzer ziet u welke andere hulp er is. U kunt ook de gemeente bellen.",
  // Added with the events not yet produced (issue 16, lane D).
  "notify.visit_called_off.subject": "Uw bezoek van {startAt} gaat niet door",
  "notify.visit_called_off.body":
    "{providerName} kan niet komen op {startAt}. Het bezoek is afgezegd {by}. Uw andere bezoeken gaan gewoon door.",
  "notify.line.paidSettled":
    "U hebt voor dit bezoek eerder {paidEarlier} betaald. Dat geld krijgt u niet vanzelf terug via Hulpwijzer: de gemeente en de schoonmaakhulp regelen dit met u. Hebt u vragen? Bel de gemeente.",
  "notify.payment_failed.subject": "Uw betaling is niet gelukt (nr. {number})",
  "notify.payment_failed.body":
    "Uw betaling van {amount} aan {providerName} is niet gelukt: {why}\n\nUw bezoeken blijven gewoon staan. Het bedrag staat nog open. U kunt opnieuw betalen in Hulpwijzer, bij ‘Prijs en betalen’.",
  "notify.payment.failed": "de betaling werd geweigerd.",
  "notify.payment.expired": "de tijd om te betalen was om.",
  "notify.request_withdrawn.subject": "Aanvraag ingetrokken (nr. {number})",
  "notify.request_withdrawn.body":
    "De inwoner heeft aanvraag nr. {number} voor {help} ingetrokken. U hoeft er niets meer mee te doen.",
  // Added with the second factor's security mails (issue 16, lane E). Never a code or secret.
  "notify.second_factor_on.subject": "Tweestapsverificatie staat aan",
  "notify.second_factor_on.body":
    "Op {changedAt} is tweestapsverificatie aangezet voor uw Hulpwijzer-account. Bij het inloggen vraagt Hulpwijzer nu ook een code uit uw app.\n\nWas u dit niet? Kies dan meteen een nieuw wachtwoord met ‘Wachtwoord vergeten?’ op de inlogpagina en neem contact op met uw gemeente.",
  "notify.second_factor_off.subject": "Tweestapsverificatie staat uit",
  "notify.second_factor_off.body": "Op {changedAt} is tweestapsverificatie uitgezet voor uw Hulpwijzer-account.",
  "notify.line.secondFactorBySelf":
    "Dit is gedaan op de pagina Tweestapsverificatie, met een code.\n\nWas u dit niet? Kies dan meteen een nieuw wachtwoord met ‘Wachtwoord vergeten?’ op de inlogpagina en neem contact op met uw gemeente.",
  "notify.line.secondFactorByAdmin":
    "Een beheerder heeft dit gedaan, bijvoorbeeld omdat u uw telefoon kwijt was. De volgende keer dat u inlogt, stelt u het opnieuw in.\n\nWist u hier niets van? Neem dan contact op met de beheerder van uw organisatie.",
  "notify.recovery_code_used.subject": "Er is ingelogd met een herstelcode",
  "notify.recovery_code_used.body":
    "Op {changedAt} is met een herstelcode ingelogd op uw Hulpwijzer-account. U hebt nog {left} herstelcodes over.\n\nWas u dit niet? Kies dan meteen een nieuw wachtwoord met ‘Wachtwoord vergeten?’ op de inlogpagina en neem contact op met uw gemeente.",
  // Added with taking a request on (ADR 038).
  "notify.request_taken_on.subject": "{providerName} neemt contact met u op",
  "notify.request_taken_on.body":
    "{providerName} heeft uw aanvraag nr. {number} aangenomen en neemt contact met u op. {next}",
  "notify.takenOn.next.powerful_ageing":
    "U maakt samen een afspraak voor een kennismaking. Daarna hoort u of u kunt meedoen met de groep.",
  "notify.takenOn.next.pgb_informal":
    "U praat samen over een hulp die bij u past. Daarna hoort u wie uw hulp wordt en wanneer die begint.",
  // The cleaner stopped the whole booking (ADR 041). Never her reason.
  "notify.booking_ended_by_cleaner.subject": "{providerName} stopt met uw schoonmaakhulp (nr. {number})",
  "notify.booking_ended_by_cleaner.body":
    "Uw vaste afspraak met {providerName} (aanvraag nr. {number}) is stopgezet {by}. Vanaf {fromAt} komen er geen bezoeken meer.",
  "notify.line.paidSettledAll":
    "U hebt voor deze bezoeken eerder {paidEarlier} betaald. Dat geld krijgt u niet vanzelf terug via Hulpwijzer: de gemeente en de schoonmaakhulp regelen dit met u. Hebt u vragen? Bel de gemeente.",
  "notify.line.findAnotherCleaner":
    "Wilt u weer schoonmaakhulp? Zoek dan een andere schoonmaakhulp in Hulpwijzer: op de pagina van uw aanvraag staat de knop ‘Zoek een andere schoonmaakhulp’. U kunt ook de gemeente bellen.",
} as const;
