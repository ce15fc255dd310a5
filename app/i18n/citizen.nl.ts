// The citizen's overview (/mijn) and their data (inspect, download, erase).
// Dutch: the default language. Citizens are addressed with "u".
export const citizenNl = {
  "citizen.title": "Mijn overzicht",
  "citizen.welcome": "Welkom, {name}.",
  "citizen.loggedIn": "U bent ingelogd als inwoner met {email}.",
  "citizen.requests.title": "Mijn aanvragen",
  "citizen.requests.empty": "U heeft nog geen hulp aangevraagd.",

  "citizen.requests.open": "Bekijken",
  "citizen.findHelp": "Zoek hulp die bij u past",

  "citizen.calendar": "Uw agenda",
  "citizen.privacy": "Uw gegevens inzien, downloaden of laten verwijderen",
  "privacy.title": "Uw gegevens",
  "privacy.intro":
    "Hulpwijzer bewaart uw aanvragen, de antwoorden die u gaf en wat de gemeente en aanbieders daarmee deden. U mag alles inzien en laten verwijderen (AVG).",
  "privacy.export.title": "Alles downloaden",
  "privacy.export.text":
    "Een bestand (JSON) met al uw gegevens: uw account, aanvragen, bezoeken, betalingen, klachten en uw dossier bij de gemeente.",
  "privacy.export.link": "Download mijn gegevens",
  "privacy.erase.title": "Mijn gegevens verwijderen",
  "privacy.erase.text":
    "Uw account verdwijnt en alles wat u noemt of beschrijft wordt gewist. Wat overblijft zijn alleen aantallen en data zonder naam, zodat de cijfers van de gemeente kloppen. Lopende hulp stopt niet vanzelf: zeg die eerst af. Dit kan niet ongedaan worden gemaakt.",
  "privacy.erase.confirm": "Ik begrijp dat dit niet ongedaan kan worden gemaakt",
  "privacy.erase.password": "Uw wachtwoord, ter bevestiging",
  "privacy.erase.submit": "Verwijder mijn gegevens",
  "privacy.erase.confirmNeeded": "Vink eerst aan dat u begrijpt dat dit niet ongedaan kan worden gemaakt.",
  "privacy.erase.wrongPassword": "Het wachtwoord klopt niet. Er is niets verwijderd.",
  "privacy.erase.failed": "Verwijderen lukte niet. Er is niets verwijderd.",
  "privacy.erase.done": "Uw gegevens zijn verwijderd en u bent uitgelogd.",
  "citizen.calendarText":
    "Zet uw bezoeken en trainingen in uw eigen agenda. Voeg dit adres toe als agenda-abonnement (bijvoorbeeld in Google Agenda of de agenda op uw telefoon). Deel het niet: wie het adres heeft, ziet uw afspraken.",
} as const;
