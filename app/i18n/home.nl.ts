// The start page.
// Dutch: the default language. Citizens are addressed with "u".
export const homeNl = {
  "home.title": "Hulp in het huishouden, zo licht als het kan",
  "home.intro":
    "Heeft u moeite met het huishouden? Hulpwijzer zoekt met u naar hulp die past: van hulp uit uw eigen omgeving tot een vaste schoonmaakhulp of thuiszorg.",
  "home.cta": "Zoek hulp die bij u past",
  "home.ladder.title": "Welke hulp is er?",
  "home.ladder.own_strength": "Zelf of met hulp van familie, buren of een voorziening in de wijk.",
  "home.ladder.powerful_ageing":
    "Powerful Ageing: 14 weken oefenen bij een fysiotherapeut, zodat u weer meer zelf kunt.",
  "home.ladder.private_cleaner": "Een gecontroleerde particuliere schoonmaakhulp, op een vaste dag in de week.",
  "home.ladder.pgb_informal": "Een bekende of een hulp uit de buurt, betaald uit een persoonsgebonden budget (pgb).",
  "home.ladder.zin": "Huishoudelijke hulp van een thuiszorgaanbieder (zorg in natura), na een gesprek met de gemeente.",
  "home.participating":
    "Hulpwijzer werkt nu in De Ronde Venen, Montfoort, Oudewater, Stichtse Vecht, Woerden en Groningen.",
  "home.account.title": "Een account",
  "home.account.text":
    "Kijken kan zonder account. Om hulp aan te vragen of een afspraak te maken, maakt u een account aan.",
  "home.staff.title": "Voor medewerkers",
  "home.staff.text": "Consulenten, aanbieders en beheerders van de gemeente loggen hier in.",

  "home.apply": "Biedt u hulp aan? Meld uw organisatie aan",
} as const;
