// The words of the public directory (Open Referral HSDS 3.1) in Dutch, for municipalities' social
// maps: what each kind of provider offers, the capacity units, language names and the time note.
import type { ProviderKind } from "~db/schema";

/** What each kind of provider offers, in the words of a municipality's social map. */
export const KIND_TEXTS: Record<
  ProviderKind,
  { service: string; description: string; organization: string; application: string }
> = {
  zin: {
    service: "Huishoudelijke hulp (zorg in natura)",
    description:
      "Hulp bij het huishouden van een thuiszorgaanbieder met een contract met de gemeente (Wmo). De gemeente " +
      "bespreekt met u wat nodig is en beslist over de hulp; u betaalt alleen het abonnementstarief.",
    organization: "Thuiszorgaanbieder met een contract met de gemeente voor huishoudelijke hulp (Wmo).",
    application:
      "Vraag hulp aan via Hulpwijzer of bij het Wmo-loket van uw gemeente. Een consulent van de gemeente " +
      "bespreekt met u wat nodig is.",
  },
  private_cleaner: {
    service: "Particuliere schoonmaakhulp",
    description:
      "Een vaste schoonmaakhulp die elke week op een vast moment komt en die u zelf betaalt. De gemeente heeft " +
      "de hulp gecontroleerd, onder meer op een verklaring omtrent het gedrag (VOG). Sommige gemeenten geven " +
      "subsidie op de uurprijs (HHT).",
    organization: "Zelfstandige schoonmaakhulp, gecontroleerd door de gemeente.",
    application: "Kies en boek een vrij moment via Hulpwijzer.",
  },
  pgb_mediator: {
    service: "Bemiddeling naar informele hulp met een pgb",
    description:
      "Bemiddeling naar iemand uit de buurt die u helpt in het huishouden. U betaalt deze hulp uit een " +
      "persoonsgebonden budget (pgb) van de gemeente.",
    organization: "Bemiddelingsbureau voor informele hulp in het huishouden, betaald uit een pgb.",
    application: "Vraag bemiddeling aan via Hulpwijzer; het bureau neemt daarna contact met u op.",
  },
  physio: {
    service: "Sterk ouder worden (Powerful Ageing)",
    description:
      "Een trainingsprogramma in een groep bij de fysiotherapeut, twee keer per week, voor meer kracht en " +
      "balans, zodat u het huishouden weer beter zelf kunt doen. Meedoen is vrijwillig en kost u niets.",
    organization: "Fysiotherapiepraktijk die het programma Sterk ouder worden (Powerful Ageing) geeft.",
    application: "Meld u aan voor een groep via Hulpwijzer; de praktijk nodigt u uit voor een kennismaking.",
  },
};

/** The units of service_capacity, named as a social map shows them; identifier is stable for machines. */
export const CAPACITY_UNITS = {
  zin_new_clients_per_week: "plaatsen per week",
  cleaner_free_visits: "vrije bezoeken",
  mediation_matches_this_month: "koppelingen deze maand",
  cohort_free_seats: "vrije plaatsen",
} as const;
export type CapacityUnitKey = keyof typeof CAPACITY_UNITS;

export const LANGUAGE_NAMES: Record<string, string> = {
  nl: "Nederlands",
  en: "Engels",
  tr: "Turks",
  ar: "Arabisch",
  pl: "Pools",
  de: "Duits",
  fy: "Fries",
};

export const TIME_NOTE =
  "Tijden in Nederlandse tijd (Europe/Amsterdam). De tijdzone bij de tijden geldt voor de eerste week; bij de " +
  "overgang naar zomer- of wintertijd blijft de kloktijd gelijk.";
