// The layout shell (name, menu, footer, language switch), roles, shared words and the error pages.
// Dutch: the default language. Citizens are addressed with "u".
export const commonNl = {
  "site.name": "Hulpwijzer",
  "site.tagline": "Hulp in het huishouden die bij u past",
  "layout.skipLink": "Direct naar de inhoud",
  "layout.mainNav": "Hoofdmenu",
  "layout.loggedInAs": "Ingelogd als {name} ({role})",
  "layout.footer.about": "Hulpwijzer helpt inwoners, gemeenten en aanbieders de lichtste passende hulp te vinden.",
  "layout.footer.data":
    "Postcodegegevens © GeoNames (www.geonames.org), CC BY 4.0, bewerkt. Gemeentecodes en -namen: CBS Gebiedsindelingen 2024 (Bron: CBS), CC BY 4.0.",
  "layout.switchLanguage": "English",
  "layout.switchLanguageLabel": "Switch to English",

  "nav.home": "Home",
  "nav.login": "Inloggen",
  "nav.register": "Registreren",
  "nav.sessions": "Waar u bent ingelogd",
  "nav.logout": "Uitloggen",
  "nav.citizen": "Mijn overzicht",
  "nav.provider": "Werkruimte aanbieder",
  "nav.consultant": "Werkruimte consulent",
  "nav.admin": "Beheer",
  "nav.adminUsers": "Medewerkers",

  "role.citizen": "inwoner",
  "role.provider_staff": "medewerker aanbieder",
  "role.consultant": "Wmo-consulent",
  "role.admin": "beheerder gemeente",

  "providerKind.zin": "Zorg in natura (thuiszorg)",
  "providerKind.private_cleaner": "Particuliere schoonmaakhulp",
  "providerKind.pgb_mediator": "Bemiddelaar informeel pgb",
  "providerKind.physio": "Fysiotherapiepraktijk (Powerful Ageing)",

  "form.errorSummary": "Er ging iets mis. Verbeter de volgende punten:",
  "form.otherErrors": "Een deel van het formulier klopt niet. Kijk uw antwoorden na en verstuur het formulier opnieuw.",
  "form.required": "(verplicht)",

  "validation.invalid": "Deze waarde klopt niet.",

  "nav.help": "Hulp zoeken",

  "nav.providerRequests": "Aanvragen",

  "nav.providerCapacity": "Capaciteit",
  "nav.providerHistory": "Geschiedenis",
  "nav.providerKeys": "API-sleutels",
  "nav.providerColleagues": "Collega's",

  "weekday.1": "maandag",
  "weekday.2": "dinsdag",
  "weekday.3": "woensdag",
  "weekday.4": "donderdag",
  "weekday.5": "vrijdag",
  "weekday.6": "zaterdag",
  "weekday.7": "zondag",

  "nav.adminProviders": "Aanbieders",

  "error.404.title": "Pagina niet gevonden",
  "error.404.text": "Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de startpagina.",
  "error.403.title": "Geen toegang",
  "error.403.text": "U heeft geen toegang tot deze pagina. Log in met een account dat hier wel bij mag.",
  "error.400.title": "Dit verzoek klopt niet",
  "error.400.text": "De gegevens in dit verzoek kloppen niet. Ga terug en probeer het opnieuw.",
  "error.405.title": "Dat kan hier niet",
  "error.405.page": "Dat kan op deze pagina niet. Ga terug naar de pagina en gebruik de knoppen en formulieren daar.",
  "error.405.text": "Op dit adres kunt u alleen iets opvragen, niet versturen.",
  "error.413.title": "Dit is te veel om te versturen",
  "error.413.text":
    "Wat u verstuurde is groter dan dit formulier aankan. Ga terug, maak de tekst korter en probeer het opnieuw.",
  "error.500.title": "Er ging iets mis",
  "error.500.text":
    "Er ging bij ons iets mis. Uw gegevens zijn niet verloren. Probeer het over een paar minuten opnieuw.",
  "error.backHome": "Naar de startpagina",
  "layout.menu": "Menu",
  "layout.menuClose": "Sluit menu",
  "nav.account": "Mijn account",
  "account.title": "Mijn account",
  "account.password.text": "Kies een nieuw wachtwoord.",
  "account.twoStep.text": "Inloggen met een code uit een app, en uw herstelcodes.",
  "account.sessions.text": "Op welke apparaten u bent ingelogd, en overal uitloggen.",
  "account.prefs.text": "Welke e-mails u van ons krijgt.",
  "account.privacy.text": "Uw adres en telefoonnummer, en uw gegevens downloaden.",
} as const;
