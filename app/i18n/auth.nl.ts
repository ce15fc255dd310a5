// Logging in and creating an account.
// Dutch: the default language. Citizens are addressed with "u".
export const authNl = {
  "login.title": "Inloggen",
  "login.intro": "Log in met uw e-mailadres en wachtwoord.",
  // Why this browser was logged out (ADR 040): said once, on the next visit to this page.
  "login.ended.password_changed":
    "U bent uitgelogd omdat het wachtwoord van dit account is gewijzigd. Log opnieuw in met het nieuwe wachtwoord.",
  "login.ended.deactivated":
    "U bent uitgelogd omdat dit account is gedeactiveerd. U kunt er niet meer mee inloggen. Denkt u dat dit niet klopt? Neem dan contact op met de beheerder van uw organisatie.",
  "login.ended.second_factor_reset":
    "U bent uitgelogd omdat de beheerder de tweestapsverificatie van dit account heeft teruggezet. Log opnieuw in; daarna stelt u de tweestapsverificatie opnieuw in.",
  "login.ended.ended_elsewhere":
    "U bent uitgelogd omdat op een ander apparaat is gekozen om overal anders uit te loggen. Log opnieuw in als u verder wilt.",
  "login.ended.expired":
    "U bent uitgelogd omdat u een tijd niets heeft gedaan, of omdat u al lang was ingelogd. Log opnieuw in om verder te gaan.",
  "login.email": "E-mailadres",
  "login.password": "Wachtwoord",
  "login.submit": "Inloggen",
  "login.submitting": "Bezig met inloggen…",
  "login.failed": "Het e-mailadres of het wachtwoord klopt niet. Controleer uw gegevens en probeer het opnieuw.",
  "login.blocked.one":
    "Er is te vaak een verkeerd wachtwoord ingevuld. Probeer het over {count} minuut opnieuw. Wachtwoord vergeten? Vraag met de link onder het formulier een nieuw wachtwoord aan.",
  "login.blocked.other":
    "Er is te vaak een verkeerd wachtwoord ingevuld. Probeer het over {count} minuten opnieuw. Wachtwoord vergeten? Vraag met de link onder het formulier een nieuw wachtwoord aan.",
  "login.noAccount": "Nog geen account?",
  "login.registerLink": "Maak een account aan",

  "register.title": "Account aanmaken",
  "register.intro": "Met een account kunt u hulp aanvragen en de voortgang volgen.",
  "register.name": "Uw naam",
  "register.email": "E-mailadres",
  "register.password": "Wachtwoord",
  "register.passwordHint": "Minimaal 12 tekens. Een zin van een paar woorden is goed te onthouden.",
  "register.submit": "Account aanmaken",
  "register.submitting": "Bezig met aanmaken…",
  "register.done.title": "Log in om verder te gaan",
  "register.done.text":
    "Als dit e-mailadres nog niet bij ons bekend was, is uw account aangemaakt: log hieronder in met het wachtwoord dat u net koos. Had u al een account met dit e-mailadres? Dan blijft uw eerdere wachtwoord gelden; log daarmee in.",
  "register.blocked.one":
    "Er zijn de afgelopen tijd te veel accounts aangemaakt. Probeer het over {count} minuut opnieuw.",
  "register.blocked.other":
    "Er zijn de afgelopen tijd te veel accounts aangemaakt. Probeer het over {count} minuten opnieuw.",
  "register.busy": "Het is op dit moment erg druk. Probeer het over een minuut opnieuw.",
  "register.haveAccount": "Heeft u al een account?",
  "register.loginLink": "Log in",

  "sessions.title": "Waar u bent ingelogd",
  "sessions.intro":
    "Hier ziet u op welke apparaten en in welke browsers u bent ingelogd. Herkent u er een niet? Log dan overal elders uit.",
  "sessions.col.device": "Browser en apparaat",
  "sessions.col.started": "Ingelogd op",
  "sessions.col.lastSeen": "Laatst gebruikt",
  "sessions.current": "deze sessie",
  "sessions.unknownDevice": "Onbekende browser",
  "sessions.end.title": "Overal elders uitloggen",
  "sessions.end.text": "U blijft alleen hier ingelogd. Op alle andere apparaten moet daarna opnieuw worden ingelogd.",
  "sessions.end.none": "U bent nergens anders ingelogd.",
  "sessions.end.submit": "Overal uitloggen",
  "sessions.end.confirm":
    "Weet u het zeker? Op alle andere plekken waar u bent ingelogd (aantal: {count}) wordt u uitgelogd. Hier blijft u ingelogd.",
  "sessions.end.yes": "Ja, log overal elders uit",
  "sessions.end.cancel": "Annuleren",
  "sessions.ended": "U bent op alle andere apparaten uitgelogd.",

  "validation.name.required": "Vul uw naam in.",
  "validation.name.tooLong": "Een naam is hoogstens 100 tekens.",
  "validation.name.notAName": "Vul hier alleen een naam in, zonder e-mailadres, webadres of de tekens < en >.",
  "validation.email.required": "Vul uw e-mailadres in.",
  "validation.email.invalid": "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
  "validation.password.required": "Vul uw wachtwoord in.",
  "validation.password.tooShort": "Een wachtwoord is minimaal 12 tekens.",
  "validation.password.tooLong": "Een wachtwoord is hoogstens 200 tekens.",
} as const;
