// Accounts (issue 16): a forgotten password, changing it, the first own password of staff, last login.
// Dutch: the default language. Citizens are addressed with "u".
export const accountsNl = {
  "login.forgotLink": "Wachtwoord vergeten?",
  "login.passwordReset":
    "Uw wachtwoord is gewijzigd. U bent overal uitgelogd. Log hieronder in met uw nieuwe wachtwoord.",

  "forgot.title": "Wachtwoord vergeten",
  "forgot.intro":
    "Vul het e-mailadres van uw account in. U krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen.",
  "forgot.email": "E-mailadres",
  "forgot.submit": "Stuur mij een link",
  "forgot.submitting": "Bezig met versturen…",
  "forgot.sent.title": "Kijk in uw e-mail",
  "forgot.sent.text":
    "Als er een account is met het e-mailadres {email}, krijgt u binnen een paar minuten een e-mail met een link. De link werkt één keer en is een uur geldig. Geen e-mail gekregen? Kijk ook bij uw ongewenste e-mail, of vraag hieronder een nieuwe link aan.",
  "forgot.again": "Een nieuwe link aanvragen",
  "forgot.blocked.one": "Er zijn te veel links aangevraagd. Probeer het over {count} minuut opnieuw.",
  "forgot.blocked.other": "Er zijn te veel links aangevraagd. Probeer het over {count} minuten opnieuw.",
  "forgot.backToLogin": "Terug naar inloggen",

  "reset.title": "Nieuw wachtwoord kiezen",
  "reset.intro": "Kies een nieuw wachtwoord voor het account van {email}. Daarna logt u overal opnieuw in.",
  "reset.submit": "Wachtwoord opslaan",
  "reset.submitting": "Bezig met opslaan…",
  "reset.refused.title": "Deze link werkt niet meer",
  "reset.refused.expired": "Deze link is verlopen. Een link is een uur geldig.",
  "reset.refused.used":
    "Deze link is al gebruikt, of er is daarna een nieuwere link aangevraagd. Alleen de nieuwste link werkt, en maar één keer.",
  "reset.refused.unknown": "Deze link klopt niet. Misschien is hij niet helemaal overgenomen uit de e-mail.",
  "reset.refused.askNew": "Vraag een nieuwe link aan",

  "password.title": "Wachtwoord wijzigen",
  "password.intro": "Vul eerst uw huidige wachtwoord in. Na het wijzigen wordt u overal uitgelogd, behalve hier.",
  "password.first.title": "Kies uw eigen wachtwoord",
  "password.first.intro":
    "U bent ingelogd met een eenmalig wachtwoord. Kies eerst een eigen wachtwoord dat alleen u kent; daarna kunt u verder.",
  "password.sameAsGiven":
    "Kies een ander wachtwoord dan het eenmalige wachtwoord dat u kreeg. Alleen u mag uw wachtwoord kennen.",
  "password.current": "Huidig wachtwoord",
  "password.currentOneTime": "Eenmalig wachtwoord",
  "password.first.pendingIntro":
    "U bent ingelogd met een eenmalig wachtwoord. Kies eerst een eigen wachtwoord dat alleen u kent. Daarna stelt u tweestapsverificatie in.",
  "password.new": "Nieuw wachtwoord",
  "password.newAgain": "Herhaal het nieuwe wachtwoord",
  "password.submit": "Wachtwoord wijzigen",
  "password.first.submit": "Wachtwoord opslaan en verder",
  "password.submitting": "Bezig met opslaan…",
  "password.wrong": "Het huidige wachtwoord klopt niet. Controleer het en probeer het opnieuw.",
  "password.blocked.one": "Er is te vaak een verkeerd wachtwoord ingevuld. Probeer het over {count} minuut opnieuw.",
  "password.blocked.other": "Er is te vaak een verkeerd wachtwoord ingevuld. Probeer het over {count} minuten opnieuw.",
  "password.changed": "Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd.",
  "password.link": "Wachtwoord wijzigen",
  "password.forgotten": "Huidig wachtwoord vergeten? Log uit en kies op de inlogpagina voor ‘Wachtwoord vergeten?’.",

  "validation.passwordAgain.required": "Vul het nieuwe wachtwoord nog een keer in.",
  "validation.passwordAgain.mismatch": "De twee wachtwoorden zijn niet gelijk. Vul twee keer hetzelfde wachtwoord in.",
  "validation.currentPassword.required": "Vul uw huidige wachtwoord in.",
  "validation.password.sameAsCurrent": "Kies een ander wachtwoord dan uw huidige.",

  "users.col.lastLogin": "Laatst ingelogd",
  "users.lastLogin.never": "Nog nooit ingelogd",
  "colleagues.deactivated": "(gedeactiveerd)",

  "auditlog.action.password.reset_requested": "Link voor nieuw wachtwoord aangevraagd",
  "auditlog.action.password.reset": "Nieuw wachtwoord gekozen via e-mail",
  "auditlog.action.password.changed": "Wachtwoord gewijzigd",
  "auditlog.action.password.chosen": "Eigen wachtwoord gekozen na eenmalig wachtwoord",
  "auditlog.action.password.change_failed": "Wachtwoord wijzigen mislukt (huidig wachtwoord fout)",
} as const;
