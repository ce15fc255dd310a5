// Provider staff: the workspace start page and the requests of residents.
// Dutch: the default language. Citizens are addressed with "u".
export const providersNl = {
  "provider.title": "Werkruimte aanbieder",
  "provider.welcome": "Welkom, {name}. U werkt voor {provider}.",
  "provider.details": "Gegevens van uw organisatie",
  "provider.kind": "Soort aanbieder",
  "provider.kvk": "KvK-nummer",
  "provider.status": "Status",
  "provider.serves": "Werkgebied",
  "provider.contact": "Contactpersoon",

  "colleagues.title": "Collega's",
  "colleagues.intro":
    "Maak een account aan voor een collega bij {provider}. Het account ziet dezelfde aanvragen en verwijzingen als u, uit alle gemeenten waar {provider} werkt.",
  "colleagues.list.title": "Accounts van {provider}",
  "colleagues.create.title": "Nieuwe collega",
  "colleagues.created.text":
    "Het account voor {email} is aangemaakt. Geef dit eenmalige wachtwoord op een veilige manier door; het wordt niet nog eens getoond:",

  "provider.capacity.title": "Uw capaciteit",
  "provider.capacity.records": "{count} gepubliceerd, {stale} verouderd",
  "provider.capacity.manage": "Capaciteit bekijken en bijwerken",
  "provider.capacity.slots": "Bezoeken komende 8 weken: {free} vrij, {taken} bezet",
  "provider.capacity.staleWarning": "Let op: {count} record(s) zijn verouderd en worden niet aan inwoners getoond.",
  "provider.free.zin":
    "Vrij voor nieuwe cliënten (komende weken): {clients} cliënten, {hours} uur per week in totaal. Op uw wachtlijst: {waiting}.",
  "provider.free.pgb_mediator": "Vrij deze maand: {matches} nieuwe koppelingen. Hulpen in uw pool: {helpers}.",
  "provider.free.physio": "Vrije plaatsen in komende groepen: {seats}.",
  "provider.notifications.title": "Meldingen",
  "provider.notifications.none": "Geen nieuwe meldingen.",
  "provider.notifications.stale":
    "{type} ({ref}) is {days} dagen niet bevestigd. Bevestig of wijzig het, dan tonen we het weer.",
  "provider.notifications.markRead": "Markeer als gelezen",
  "provider.pending": "Uw organisatie wacht nog op controle door de gemeente. Tot dan ziet niemand uw capaciteit.",
  "provider.suspended": "Uw organisatie is geschorst door de gemeente. Niemand ziet uw capaciteit. Reden: {reason}",

  "preq.title": "Aanvragen van inwoners",
  "preq.intro":
    "Aanvragen en boekingen voor uw organisatie. U ziet alleen wat u nodig heeft voor de kennismaking of de koppeling.",
  "preq.none": "Er zijn nog geen aanvragen.",
  "preq.col.when": "Ontvangen",
  "preq.col.who": "Inwoner",
  "preq.col.what": "Hulpvraag",
  "preq.col.status": "Status",
  "preq.col.action": "Actie",
  "preq.actedBy": "aangevraagd door {name}, {relation}",
  "preq.enrol": "Inschrijven na de kennismaking",
  "preq.helperFirstName": "Voornaam van de hulp",
  "preq.helperStartDate": "Startdatum",
  "preq.match": "Koppeling vastleggen",
  "preq.declineReason": "Reden van afwijzen",
  "preq.decline": "Afwijzen",
  "preq.matched": "Gekoppeld aan {name} vanaf {date}",
  "preq.saved": "Vastgelegd.",
  "preq.failed": "Dit kon niet: de aanvraag is al afgehandeld of de gegevens kloppen niet.",
  "need.cleaning": "schoonmaken",
  "need.laundry": "was",
  "need.heavy_cleaning": "zwaar huishoudelijk werk",
  "mobility.stairs": "traplopen moeilijk",
  "mobility.chair_rise": "opstaan moeilijk",
} as const;
