// The citizen's options (/hulp/opties): the ladder, the kinds of help and the reasons given.
// Dutch: the default language. Citizens are addressed with "u".
export const optionsNl = {
  "options.title": "Uw mogelijkheden",
  "options.intro":
    "Voor {place} in de gemeente {municipality}. Bovenaan staat wat we u aanraden, daarna wat ook kan, en als laatste wat nu niet past. In elk deel staat de lichtste hulp eerst.",
  "options.introSame":
    "Voor {municipality}. Bovenaan staat wat we u aanraden, daarna wat ook kan, en als laatste wat nu niet past. In elk deel staat de lichtste hulp eerst.",
  "options.forPerson": "U zoekt hulp voor {person}. Waar hieronder 'u' staat, gaat het om {person}.",
  "options.leftOut": "{provider} staat niet in deze lijst: deze schoonmaakhulp is met uw afspraak gestopt.",
  "options.leftOutNoOther":
    "Er is nu geen andere schoonmaakhulp in uw buurt. Kijk hieronder naar de andere vormen van hulp, of bel de gemeente.",
  "options.change": "Antwoorden wijzigen",
  "options.print": "Afdrukken of bewaren als pdf",
  "options.printHint":
    "Gebruik de printfunctie van uw browser (Ctrl+P) en kies 'Opslaan als pdf' om dit te bewaren of door te sturen.",
  "options.printedOn": "Overzicht van {date}",
  "options.recommended": "Aanbevolen voor u",
  "options.notEligible": "Past nu niet",
  "options.why": "Waarom",
  "options.cost": "Wat betaalt u",
  "options.costPerMonth": "{amount} per maand",
  "options.costRange": "gemiddeld {low} – {high} per maand, afhankelijk van hoe lang het bezoek duurt",
  "slot.line": "{when}, {hours} uur: {visit} per bezoek, {month}",
  "slot.subsidy": "De gemeente betaalt daarnaast {visit} per bezoek ({month}) als huishoudelijke hulp toelage (HHT).",
  "options.costFree": "Niets",
  "options.municipalityCost": "De gemeente betaalt {amount} per maand",
  "options.start": "Wanneer",
  "options.startFrom": "Kan beginnen op {date}",
  "options.startPgb":
    "Eerst zoekt de bemiddelaar een helper bij u in de buurt; samen spreekt u daarna de startdatum af",
  "options.wait.one": "Verwachte wachttijd: ongeveer {count} week",
  "options.wait.other": "Verwachte wachttijd: ongeveer {count} weken",
  "options.waitUnknown": "De wachttijd is nog niet bekend",
  "options.distance": "Afstand",
  "options.distanceKm": "Ongeveer {km} km van uw huis",
  "options.distanceSameArea": "Dichtbij: in hetzelfde postcodegebied als uw huis",
  "options.distanceNear": "Minder dan 1 km van uw huis",
  "options.hours": "Voor uw situatie rekent de gemeente met ongeveer {hours} uur hulp per week",
  "options.hoursRange":
    "Voor uw situatie rekent de gemeente met ongeveer {hours} uur per week; de vrije tijden hieronder duren {low} tot {high} uur",
  "options.hoursLabel": "Hoeveel hulp",
  "options.provider": "Aanbieder",
  "options.slots": "Vrije tijden, elke week",
  "options.request": "Aanvragen",
  "options.book": "Kies een tijd en boek",
  "options.bookSlot": "deze tijd boeken bij {name}",
  "options.none": "Geen",
  "options.showAll": "Toon alle {count} mogelijkheden in deze groep",
  "options.answers": "Uw antwoorden",
  "options.cohortTitle": "{name}: groep vanaf {date}",
  "options.cohorts.one": "Er is {count} groep met plek.",
  "options.cohorts.other":
    "Er zijn {count} groepen met plek. Het zijn verschillende groepen: ze beginnen op een andere datum of oefenen op een andere plek. U kiest er één.",
  "options.tone.for": "Pluspunt:",
  "options.tone.against": "Minpunt:",
  "options.tone.note": "Goed om te weten:",
  "options.why.tariffOnly": "U betaalt alleen de eigen bijdrage: {amount} per maand. De gemeente betaalt de rest.",
  "options.sooner": "Wilt u niet wachten? {name} kan al op {date} beginnen; u betaalt dan {amount} per maand.",
  "options.soonerOwn": "Wilt u niet wachten? {name} kan al op {date} komen. Die hulp betaalt u zelf: vanaf {amount}.",
  "options.soonerFree": "Wilt u niet wachten? {name} kan al op {date} beginnen, zonder kosten voor u.",
  "glossary.link": "Uitleg van de woorden",
  "glossary.title": "Wat betekenen de woorden op deze pagina?",
  "glossary.powerfulAgeing.term": "Powerful Ageing",
  "glossary.powerfulAgeing":
    "Een oefenprogramma bij een fysiotherapeut: 14 weken, twee keer per week in een kleine groep. U wordt sterker, zodat traplopen en opstaan weer beter gaan. Meedoen is vrijwillig en kost u niets.",
  "glossary.pgb.term": "Pgb (persoonsgebonden budget)",
  "glossary.pgb":
    "Geld van de gemeente waarmee u zelf iemand betaalt die u helpt, bijvoorbeeld iemand uit uw omgeving. Een bemiddelaar helpt met het zoeken en regelen.",
  "glossary.zin.term": "Zorg in natura",
  "glossary.zin":
    "Hulp die de gemeente voor u regelt bij een thuiszorgaanbieder. De gemeente betaalt de aanbieder; u betaalt alleen de eigen bijdrage.",
  "glossary.tariff.term": "Eigen bijdrage",
  "glossary.tariff":
    "Het vaste bedrag per maand dat u zelf betaalt voor hulp via de gemeente (het abonnementstarief). Het is voor iedereen even hoog, wat uw inkomen ook is.",
  "glossary.indication.term": "Indicatie",
  "glossary.indication":
    "Het besluit van de gemeente over hoeveel uur hulp u krijgt en voor hoe lang. Voor zorg in natura is een indicatie nodig; die volgt na een gesprek met een consulent.",
  "ladder.own_strength": "Zelf, met uw omgeving of een voorziening in de wijk",
  "ladder.powerful_ageing": "Powerful Ageing: sterker worden met een fysiotherapeut",
  "ladder.private_cleaner": "Een vaste particuliere schoonmaakhulp",
  "ladder.pgb_informal": "Hulp uit uw omgeving of de buurt, betaald uit een pgb",
  "ladder.zin": "Huishoudelijke hulp van een thuiszorgaanbieder",
  "kind.own_strength": "Iemand uit uw omgeving helpt u, eventueel met een algemene voorziening in de wijk.",
  "kind.powerful_ageing":
    "14 weken, twee keer per week 45 minuten oefenen bij een fysiotherapeut, zodat traplopen en opstaan weer makkelijker gaan. De gemeente betaalt.",
  "kind.private_cleaner":
    "Een gecontroleerde schoonmaakhulp komt elke week op een vaste tijd. U betaalt zelf het uurtarief.",
  "kind.pgb_informal":
    "Een bemiddelaar zoekt iemand in de buurt die u helpt. Die wordt betaald uit een persoonsgebonden budget (pgb); u betaalt alleen de eigen bijdrage.",
  "kind.zin":
    "Een thuiszorgaanbieder helpt u in het huishouden. Eerst heeft u een gesprek met de gemeente; u betaalt alleen de eigen bijdrage.",
  "reason.network_can_provide": "Iemand in uw omgeving kan u gratis helpen.",
  "reason.mobility_limit": "U heeft moeite met traplopen of opstaan: oefenen kan helpen.",
  "reason.too_young": "Dit programma is er vanaf een bepaalde leeftijd.",
  "reason.no_mobility_limit": "U heeft geen moeite met traplopen of opstaan.",
  "reason.no_cohort_nearby": "Er start binnen 8 weken geen groep met plek binnen 15 km.",
  "reason.free_slot": "Er is een vaste tijd vrij.",
  "reason.no_rate": "Deze hulp heeft nog geen uurtarief doorgegeven.",
  "reason.no_free_slot": "Er is geen vrije tijd vanaf uw startdatum.",
  "reason.outside_travel_distance": "U woont buiten het gebied waar deze hulp naartoe reist.",
  "reason.financially_able": "Met uw inkomen kunt u deze hulp waarschijnlijk zelf betalen.",
  "reason.hht_subsidy": "De gemeente betaalt een deel van het uurtarief (HHT).",
  "reason.no_need": "U heeft geen hulp in het huishouden gekozen.",
  "reason.mediation_capacity": "De bemiddelaar heeft deze maand ruimte.",
  "reason.no_mediation_capacity": "De bemiddelaar heeft deze maand geen ruimte.",
  "reason.network_if_paid": "Iemand in uw omgeving kan helpen als die betaald wordt.",
  "reason.need_present": "U heeft hulp in het huishouden nodig.",
  "reason.place_available": "De aanbieder heeft plek voor nieuwe cliënten.",
  "reason.waiting_list": "De aanbieder heeft nu geen plek: u komt op de wachtlijst.",
  "reason.income_unknown":
    "U heeft uw inkomen niet opgegeven. Dat hoeft ook niet: we gaan er dan niet van uit dat u de hulp zelf kunt betalen.",
  "reason.zin.financially_able":
    "Met uw inkomen kunt u hulp waarschijnlijk zelf betalen. Daarom raden we eerst andere hulp aan; deze hulp kunt u nog steeds aanvragen.",
  "reason.tariff_exempt": "U betaalt geen eigen bijdrage.",
  "reason.no_capacity_published": "De aanbieders hebben nog geen ruimte doorgegeven; de consulent zoekt met u verder.",
  "reason.no_provider": "Er is nu geen aanbieder van deze hulp bij u in de buurt.",
  "options.tier.recommended": "Aanbevolen voor u",
  "options.tier.possible": "Ook mogelijk",
  "options.tier.possible.text":
    "Deze hulp past ook bij uw antwoorden. We raden eerst de hulp hierboven aan; bij elke mogelijkheid staat waarom.",
  "options.tier.notFitting": "Past nu niet",
  "options.tier.notFitting.text": "Deze hulp past nu niet bij uw antwoorden. Bij elke mogelijkheid staat waarom.",
  // A cleaner's monthly price is 52 weekly visits over 12 months: a month with 4 visits costs less.
  "options.costPerMonthAverage": "gemiddeld {amount} per maand",
  // A mediator has no start date until a helper is found; a group starts on its own date.
  "options.soonerPgb": "Wilt u niet wachten? {name} zoekt nu al een helper voor u; u betaalt dan {amount} per maand.",
  "options.soonerPgbFree": "Wilt u niet wachten? {name} zoekt nu al een helper voor u, zonder kosten voor u.",
  "options.soonerCohort": "Wilt u niet wachten? De groep van {name} begint op {date}.",
  "options.soonerOwnStrength": "Wilt u niet wachten? Iemand uit uw omgeving kan u nu al helpen, zonder kosten voor u.",
  "options.rateLabel": "Uurtarief",
  "options.rate": "{amount} per uur",
  // The same texts on the consultant's case page, about the citizen (components/voice.ts).
  "options.recommended.staff": "Aanbevolen voor de inwoner",
  "options.cost.staff": "Wat betaalt de inwoner",
  "options.startPgb.staff":
    "Eerst zoekt de bemiddelaar een helper bij de inwoner in de buurt; samen spreken zij daarna de startdatum af",
  "options.distanceKm.staff": "Ongeveer {km} km van het huis van de inwoner",
  "options.distanceSameArea.staff": "Dichtbij: in hetzelfde postcodegebied als het huis van de inwoner",
  "options.distanceNear.staff": "Minder dan 1 km van het huis van de inwoner",
  "options.hours.staff": "Voor de situatie van de inwoner rekent de gemeente met ongeveer {hours} uur hulp per week",
  "options.hoursRange.staff":
    "Voor de situatie van de inwoner rekent de gemeente met ongeveer {hours} uur per week; de vrije tijden hieronder duren {low} tot {high} uur",
  "options.why.tariffOnly.staff":
    "De inwoner betaalt alleen de eigen bijdrage: {amount} per maand. De gemeente betaalt de rest.",
  "ladder.own_strength.staff": "Zelf, met de eigen omgeving of een voorziening in de wijk",
  "ladder.pgb_informal.staff": "Hulp uit de omgeving of de buurt, betaald uit een pgb",
  "kind.own_strength.staff":
    "Iemand uit de omgeving van de inwoner helpt, eventueel met een algemene voorziening in de wijk.",
  "kind.private_cleaner.staff":
    "Een gecontroleerde schoonmaakhulp komt elke week op een vaste tijd. De inwoner betaalt zelf het uurtarief.",
  "kind.pgb_informal.staff":
    "Een bemiddelaar zoekt iemand in de buurt die de inwoner helpt. Die wordt betaald uit een persoonsgebonden budget (pgb); de inwoner betaalt alleen de eigen bijdrage.",
  "kind.zin.staff":
    "Een thuiszorgaanbieder helpt de inwoner in het huishouden, na een gesprek met de gemeente; de inwoner betaalt alleen de eigen bijdrage.",
  "reason.network_can_provide.staff": "Iemand in de omgeving van de inwoner kan gratis helpen.",
  "reason.mobility_limit.staff": "De inwoner heeft moeite met traplopen of opstaan: oefenen kan helpen.",
  "reason.no_mobility_limit.staff": "De inwoner heeft geen moeite met traplopen of opstaan.",
  "reason.no_free_slot.staff": "Er is geen vrije tijd vanaf de startdatum die de inwoner wil.",
  "reason.outside_travel_distance.staff": "De inwoner woont buiten het gebied waar deze hulp naartoe reist.",
  "reason.financially_able.staff": "Met dit inkomen kan de inwoner deze hulp waarschijnlijk zelf betalen.",
  "reason.no_need.staff": "De inwoner heeft geen hulp in het huishouden gekozen.",
  "reason.network_if_paid.staff": "Iemand in de omgeving van de inwoner kan helpen als die betaald wordt.",
  "reason.need_present.staff": "De inwoner heeft hulp in het huishouden nodig.",
  "reason.waiting_list.staff": "De aanbieder heeft nu geen plek: de inwoner komt op de wachtlijst.",
  "reason.income_unknown.staff":
    "De inwoner heeft het inkomen niet opgegeven. Dat hoeft ook niet: er wordt dan niet van uitgegaan dat de inwoner de hulp zelf kan betalen.",
  "reason.zin.financially_able.staff":
    "Met dit inkomen kan de inwoner hulp waarschijnlijk zelf betalen. Daarom wordt eerst andere hulp aangeraden; de inwoner kan deze hulp nog steeds aanvragen.",
  "reason.tariff_exempt.staff": "De inwoner betaalt geen eigen bijdrage.",
  "reason.no_capacity_published.staff":
    "De aanbieders hebben nog geen ruimte doorgegeven; zoek samen met de inwoner verder.",
  "reason.no_provider.staff": "Er is nu geen aanbieder van deze hulp bij de inwoner in de buurt.",
} as const;
