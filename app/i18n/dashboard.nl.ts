// The quality dashboard of a municipality or region (dash.*).
// Dutch: the default language. Citizens are addressed with "u".
export const dashboardNl = {
  "nav.adminDashboard": "Dashboard",
  "dash.title": "Dashboard kwaliteit en wachtlijsten",
  "dash.intro":
    "Cijfers over {scope} van {from} tot en met {to}: wachtlijsten, doorlooptijden, sturing, kwaliteit per aanbieder, capaciteit en productie. Alleen totalen, geen namen.",
  "dash.filter.scope": "Gebied",
  "dash.filter.region": "Hele regio {region}",
  "dash.filter.from": "Van",
  "dash.filter.to": "Tot en met",
  "dash.filter.submit": "Toon",
  "dash.filter.error": "Kies een geldige periode van hoogstens twee jaar: de einddatum ligt op of na de begindatum.",
  "dash.csv": "Download deze tabel als CSV (komma's, RFC 4180)",
  "dash.empty": "Geen gegevens in deze periode.",
  "dash.waiting.title": "Wachtenden nu",
  "dash.waiting.intro":
    "Inwoners die op een besluit of een start wachten, per aanbieder en soort hulp, met hun wachttijd tot nu in dagen.",
  "dash.published.title": "Wachtlijsten zoals aanbieders ze publiceren",
  "dash.trend.title": "Aantal wachtenden per week",
  "dash.lead.title": "Doorlooptijden (dagen)",
  "dash.lead.intro":
    "Voor aanvragen in de periode: van aanvraag tot besluit, van besluit tot start en van aanvraag tot start. Mediaan en 90e percentiel.",
  "dash.outcomes.title": "Sturing: waarop aanvragen uitkwamen",
  "dash.outcomes.intro":
    "{count} besluiten in de periode. Geschatte besparing tegenover alles via zorg in natura: {saved} per maand.",
  "dash.reasons.title": "Redenen van de consulenten",
  "dash.quality.title": "Kwaliteit per aanbieder",
  "dash.quality.intro":
    "Klachten per 100 cliënten, afgewezen verwijzingen, afgezegde of gemiste bezoeken, signalen en hoe snel de gemeente ze oppakte, evaluaties op tijd.",
  "dash.capacity.title": "Capaciteit: gepubliceerd en genomen",
  "dash.capacity.intro":
    "Zorg in natura: nieuwe cliënten per week tegen geaccepteerde verwijzingen; schoonmaak: tijden tegen boekingen; pgb: koppelingen; Powerful Ageing: plaatsen in groepen waarvoor men zich in de periode kon aanmelden.",
  "dash.stale.title": "Verouderde capaciteit per aanbieder (ouder dan 14 dagen)",
  "dash.production.title": "Productie: uren per aanbieder per maand",
  "dash.production.intro":
    "Schoonmaak: geboekte en doorgegane bezoeken. Zorg in natura: geïndiceerde uren zolang de hulp liep.",
  "dash.col.provider": "Aanbieder",
  "dash.col.kind": "Soort hulp",
  "dash.col.waiting": "Wachtend",
  "dash.col.median": "Mediaan (dagen)",
  "dash.col.p90": "90e percentiel (dagen)",
  "dash.col.publishedList": "Op de wachtlijst",
  "dash.col.week": "Week van",
  "dash.col.requests": "Aanvragen",
  "dash.col.toDecisionMedian": "Tot besluit, mediaan",
  "dash.col.toDecisionP90": "Tot besluit, p90",
  "dash.col.toStartMedian": "Besluit tot start, mediaan",
  "dash.col.toStartP90": "Besluit tot start, p90",
  "dash.col.totalMedian": "Aanvraag tot start, mediaan",
  "dash.col.totalP90": "Aanvraag tot start, p90",
  "dash.col.outcome": "Uitkomst",
  "dash.col.count": "Aantal",
  "dash.col.share": "Aandeel (%)",
  "dash.col.reason": "Reden",
  "dash.col.clients": "Cliënten",
  "dash.col.complaints": "Klachten",
  "dash.col.complaintsPer100": "Klachten per 100 cliënten",
  "dash.col.declined": "Afgewezen verwijzingen",
  "dash.col.cancelledMissed": "Laat afgezegd of gemist",
  "dash.col.signals": "Signalen",
  "dash.col.pickup": "Opgepakt na (uur, mediaan)",
  "dash.col.evaluationsOnTime": "Evaluaties op tijd",
  "dash.col.published": "Gepubliceerd",
  "dash.col.taken": "Genomen",
  "dash.col.staleRecords": "Verouderde records",
  "dash.col.month": "Maand",
  "dash.col.bookedHours": "Uren geboekt",
  "dash.col.deliveredHours": "Uren geleverd",
  "dash.unit.person": "persoon",
  "dash.unit.day": "dag",
  "dash.unit.decision": "besluit",
  "dash.unit.people": "mensen",
  "dash.unit.days": "dagen",
  "dash.unit.decisions": "besluiten",
  "dash.unit.per100": "per 100",
  "dash.unit.hours": "uur",
  "dash.kind.own_strength": "Eigen kracht",
  "dash.kind.powerful_ageing": "Powerful Ageing",
  "dash.kind.private_cleaner": "Particuliere schoonmaakhulp",
  "dash.kind.pgb_informal": "Informele hulp met pgb",
  "dash.kind.zin": "Zorg in natura",
  "dash.kind.consultation": "Gesprek met de consulent",
  "dash.csvExcel": "Download deze tabel voor Excel (puntkomma's, decimale komma)",
  "dash.col.evaluationsDue": "Evaluaties gepland",
  "dash.waiting.definition":
    "Zo is het geteld: een aanvraag (geen boeking bij een schoonmaakhulp) die nog niet is gestart en niet is afgesloten (afgewezen, anders gestuurd of geannuleerd). Gestart is: zorg in natura begonnen, de eerste dag van de Powerful Ageing-groep, de startdatum van de pgb-hulp. Wachttijd: dagen van de aanvraag tot vandaag; mediaan is de middelste waarde, het 90e percentiel een echt gemeten waarde (nearest rank).",
  "dash.published.definition":
    "Zo is het geteld: de lengte van de wachtlijsten die aanbieders van zorg in natura zelf publiceren voor dit gebied, opgeteld per aanbieder.",
  "dash.trend.definition":
    "Zo is het geteld: aan het eind van elke week (of nu, voor deze week) het aantal aanvragen dat toen was gedaan en nog niet was gestart of afgesloten, volgens dezelfde regel als 'Wachtenden nu'.",
  "dash.lead.definition":
    "Zo is het geteld: alleen aanvragen gedaan in de periode. Tot besluit: van de aanvraag tot het eerste besluit (toegekend, gestuurd, geboekt, ingeschreven, gekoppeld of afgewezen); besluit tot start en aanvraag tot start: tot de start zoals bij 'Wachtenden nu'. In dagen met één decimaal.",
  "dash.outcomes.definition":
    "Zo is het geteld: aanvragen met een besluit in de periode, naar wat ze werden (de keuze van de consulent, of de soort hulp zelf bij een directe boeking). Aandeel: van alle besluiten, in hele procenten. Besparing: per besluit dat geen zorg in natura werd, wat zorg in natura de gemeente per maand had gekost min wat de gekozen hulp kost.",
  "dash.reasons.definition":
    "Zo is het geteld: de redenen die consulenten opgaven bij hun besluiten in de periode, per reden.",
  "dash.quality.definition":
    "Zo is het geteld: per aanbieder die in dit gebied werkt. Cliënten: inwoners uit dit gebied (gemeente of regio die u koos) met hulp van deze aanbieder die vóór het eind van de periode startte en niet vóór het begin eindigde; cliënten uit andere gemeenten tellen alleen in hun eigen gemeente. Klachten per 100 cliënten: klachten in de periode gedeeld door cliënten. Evaluaties op tijd: vastgelegd op of vóór de geplande dag, van de evaluaties gepland in de periode.",
  "dash.capacity.definition":
    "Zo is het geteld: gepubliceerd in het gebied tegen genomen in de periode. Zorg in natura: plaatsen voor nieuwe cliënten in weken die in de periode beginnen, tegen geaccepteerde verwijzingen. Schoonmaak: tijden in de periode tegen geboekte. Pgb: nieuwe koppelingen in de maanden van de periode tegen gekoppelde aanvragen. Powerful Ageing: plaatsen in groepen waarvoor u zich in de periode kon aanmelden (start op of na de eerste dag, gepubliceerd vóór het eind) tegen aanmeldingen. Aandeel: genomen gedeeld door gepubliceerd; '–' als niets is gepubliceerd (dan is er geen aandeel en ook geen balk).",
  "dash.stale.definition":
    "Zo is het geteld: capaciteitsrecords van aanbieders in dit gebied die langer dan 14 dagen niet zijn bijgewerkt of bevestigd.",
  "dash.production.definition":
    "Zo is het geteld: per maand. Schoonmaak: geboekte bezoeken in uren, en daarvan de doorgegane. Zorg in natura: de geïndiceerde uren per week verdeeld over de dagen dat de hulp liep.",
  "dash.noProvider": "nog geen aanbieder",
  "dash.tableRegion": "Tabel: {table}",
} as const;
