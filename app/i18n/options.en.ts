// The citizen's options (/hulp/opties): the ladder, the kinds of help and the reasons given.
// English: the compiler checks that it has exactly the Dutch keys.
import type { optionsNl } from "./options.nl";

export const optionsEn: Record<keyof typeof optionsNl, string> = {
  "options.title": "Your options",
  "options.intro":
    "For {place} in the municipality of {municipality}. At the top is what we recommend, then what is also possible, and last what does not fit now. In each part the lightest help comes first.",
  "options.introSame":
    "For {municipality}. At the top is what we recommend, then what is also possible, and last what does not fit now. In each part the lightest help comes first.",
  "options.forPerson": "You are looking for help for {person}. Where it says 'you' below, it means {person}.",
  "options.leftOut": "{provider} is not in this list: this cleaner stopped your booking.",
  "options.leftOutNoOther":
    "There is no other cleaner near you now. Look below at the other kinds of help, or call the municipality.",
  "options.change": "Change answers",
  "options.print": "Print or save as PDF",
  "options.printHint": "Use your browser's print function (Ctrl+P) and choose 'Save as PDF' to keep or forward this.",
  "options.printedOn": "Overview of {date}",
  "options.recommended": "Recommended for you",
  "options.notEligible": "Does not fit now",
  "options.why": "Why",
  "options.cost": "What you pay",
  "options.costPerMonth": "{amount} per month",
  "options.costRange": "on average {low} – {high} per month, depending on how long the visit lasts",
  "slot.line": "{when}, {hours} hours: {visit} per visit, {month}",
  "slot.subsidy": "The municipality also pays {visit} per visit ({month}) as household help subsidy (HHT).",
  "options.costFree": "Nothing",
  "options.municipalityCost": "The municipality pays {amount} per month",
  "options.start": "When",
  "options.startFrom": "Can start on {date}",
  "options.startPgb": "First the mediator finds a helper near you; together you then agree the start date",
  "options.wait.one": "Expected wait: about {count} week",
  "options.wait.other": "Expected wait: about {count} weeks",
  "options.waitUnknown": "The wait is not known yet",
  "options.distance": "Distance",
  "options.distanceKm": "About {km} km from your home",
  "options.distanceSameArea": "Close by: in the same postcode area as your home",
  "options.distanceNear": "Less than 1 km from your home",
  "options.hours": "For your situation the municipality counts on about {hours} hours of help per week",
  "options.hoursRange":
    "For your situation the municipality counts on about {hours} hours a week; the free times below last {low} to {high} hours",
  "options.hoursLabel": "How much help",
  "options.provider": "Provider",
  "options.slots": "Free times, every week",
  "options.request": "Request",
  "options.book": "Choose a time and book",
  "options.bookSlot": "book this time with {name}",
  "options.none": "None",
  "options.showAll": "Show all {count} options in this group",
  "options.answers": "Your answers",
  "options.cohortTitle": "{name}: group from {date}",
  "options.cohorts.one": "There is {count} group with a free place.",
  "options.cohorts.other":
    "There are {count} groups with a free place. They are different groups: they start on another date or exercise at another place. You choose one.",
  "options.tone.for": "In favour:",
  "options.tone.against": "Against:",
  "options.tone.note": "Good to know:",
  "options.why.tariffOnly": "You only pay the personal contribution: {amount} a month. The municipality pays the rest.",
  "options.sooner": "Rather not wait? {name} can start on {date}; you then pay {amount} a month.",
  "options.soonerOwn": "Rather not wait? {name} can come on {date}. You pay for that help yourself: from {amount}.",
  "options.soonerFree": "Rather not wait? {name} can start on {date}, at no cost to you.",
  "glossary.link": "What the words mean",
  "glossary.title": "What do the words on this page mean?",
  "glossary.powerfulAgeing.term": "Powerful Ageing",
  "glossary.powerfulAgeing":
    "An exercise programme with a physiotherapist: 14 weeks, twice a week in a small group. You get stronger, so climbing stairs and getting up become easier again. Taking part is voluntary and costs you nothing.",
  "glossary.pgb.term": "Pgb (personal budget)",
  "glossary.pgb":
    "Money from the municipality with which you pay someone who helps you yourself, for example someone you know. A mediator helps to find and arrange this.",
  "glossary.zin.term": "Care in kind (zorg in natura)",
  "glossary.zin":
    "Help the municipality arranges for you with a home-care provider. The municipality pays the provider; you only pay the personal contribution.",
  "glossary.tariff.term": "Personal contribution (eigen bijdrage)",
  "glossary.tariff":
    "The fixed amount a month you pay yourself for help through the municipality (the abonnementstarief). It is the same for everyone, whatever their income.",
  "glossary.indication.term": "Indication (indicatie)",
  "glossary.indication":
    "The municipality's decision on how many hours of help you get and for how long. Care in kind needs an indication; it follows a talk with a consultant.",
  "ladder.own_strength": "Yourself, with people around you or a local facility",
  "ladder.powerful_ageing": "Powerful Ageing: getting stronger with a physiotherapist",
  "ladder.private_cleaner": "A regular private cleaner",
  "ladder.pgb_informal": "Help from people around you or nearby, paid from a personal budget",
  "ladder.zin": "Household help from a home-care provider",
  "kind.own_strength": "Someone around you helps, possibly with a general facility in the neighbourhood.",
  "kind.powerful_ageing":
    "14 weeks of 45-minute exercise twice a week with a physiotherapist, so stairs and getting up become easier again. The municipality pays.",
  "kind.private_cleaner": "A checked cleaner comes every week at a fixed time. You pay the hourly rate yourself.",
  "kind.pgb_informal":
    "A mediator finds someone nearby to help you, paid from a personal budget (pgb); you only pay the contribution.",
  "kind.zin":
    "A home-care provider helps with the housework. First you talk with the municipality; you only pay the contribution.",
  "reason.network_can_provide": "Someone around you can help for free.",
  "reason.mobility_limit": "Stairs or getting up are hard for you: exercise can help.",
  "reason.too_young": "This programme is for people from a certain age.",
  "reason.no_mobility_limit": "Stairs and getting up are not hard for you.",
  "reason.no_cohort_nearby": "No group with a free seat starts within 8 weeks within 15 km.",
  "reason.free_slot": "A regular time is free.",
  "reason.no_rate": "This helper has not given an hourly rate yet.",
  "reason.no_free_slot": "No time is free from your start date.",
  "reason.outside_travel_distance": "You live outside the area this help travels to.",
  "reason.financially_able": "With your income you can probably pay for this help yourself.",
  "reason.hht_subsidy": "The municipality pays part of the hourly rate (HHT).",
  "reason.no_need": "You did not choose any household help.",
  "reason.mediation_capacity": "The mediator has room this month.",
  "reason.no_mediation_capacity": "The mediator has no room this month.",
  "reason.network_if_paid": "Someone around you can help if they are paid.",
  "reason.need_present": "You need help with the housework.",
  "reason.place_available": "The provider has room for new clients.",
  "reason.waiting_list": "The provider has no room now: you go on the waiting list.",
  "reason.income_unknown":
    "You did not give your income. You do not have to: we then do not assume that you can pay for the help yourself.",
  "reason.zin.financially_able":
    "With your income you can probably pay for help yourself. That is why we advise other help first; you can still apply for this help.",
  "reason.tariff_exempt": "You pay no contribution.",
  "reason.no_capacity_published": "Providers have not published room yet; the consultant will look further with you.",
  "reason.no_provider": "There is no provider of this help near you at the moment.",
  "options.tier.recommended": "Recommended for you",
  "options.tier.possible": "Also possible",
  "options.tier.possible.text":
    "This help also fits your answers. We recommend the help above first; each option says why.",
  "options.tier.notFitting": "Does not fit now",
  "options.tier.notFitting.text": "This help does not fit your answers now. Each option says why.",
  "options.costPerMonthAverage": "on average {amount} per month",
  "options.soonerPgb":
    "Rather not wait? {name} is already looking for a helper for you; you then pay {amount} a month.",
  "options.soonerPgbFree": "Rather not wait? {name} is already looking for a helper for you, at no cost to you.",
  "options.soonerCohort": "Rather not wait? The group of {name} starts on {date}.",
  "options.soonerOwnStrength": "Rather not wait? Someone around you can help you right away, at no cost to you.",
  "options.rateLabel": "Hourly rate",
  "options.rate": "{amount} per hour",
  // The same texts on the consultant's case page, about the citizen (components/voice.ts).
  "options.recommended.staff": "Recommended for the resident",
  "options.cost.staff": "What the resident pays",
  "options.startPgb.staff":
    "First the mediator finds a helper near the resident; together they then agree the start date",
  "options.distanceKm.staff": "About {km} km from the resident's home",
  "options.distanceSameArea.staff": "Close by: in the same postcode area as the resident's home",
  "options.distanceNear.staff": "Less than 1 km from the resident's home",
  "options.hours.staff": "For the resident's situation the municipality counts on about {hours} hours of help per week",
  "options.hoursRange.staff":
    "For the resident's situation the municipality counts on about {hours} hours a week; the free times below last {low} to {high} hours",
  "options.why.tariffOnly.staff":
    "The resident only pays the personal contribution: {amount} a month. The municipality pays the rest.",
  "ladder.own_strength.staff": "Themselves, with people around them or a local facility",
  "ladder.pgb_informal.staff": "Help from people around them or nearby, paid from a personal budget",
  "kind.own_strength.staff":
    "Someone around the resident helps, possibly with a general facility in the neighbourhood.",
  "kind.private_cleaner.staff":
    "A checked cleaner comes every week at a fixed time. The resident pays the hourly rate themselves.",
  "kind.pgb_informal.staff":
    "A mediator finds someone nearby who helps the resident, paid from a personal budget (pgb); the resident only pays the personal contribution.",
  "kind.zin.staff":
    "A home-care provider helps the resident with the housework, after a talk with the municipality; the resident only pays the personal contribution.",
  "reason.network_can_provide.staff": "Someone around the resident can help for free.",
  "reason.mobility_limit.staff": "Stairs or getting up are hard for the resident: exercise can help.",
  "reason.no_mobility_limit.staff": "Stairs and getting up are not hard for the resident.",
  "reason.no_free_slot.staff": "No time is free from the start date the resident wants.",
  "reason.outside_travel_distance.staff": "The resident lives outside the area this help travels to.",
  "reason.financially_able.staff": "With this income the resident can probably pay for this help themselves.",
  "reason.no_need.staff": "The resident did not choose any household help.",
  "reason.network_if_paid.staff": "Someone around the resident can help if they are paid.",
  "reason.need_present.staff": "The resident needs help with the housework.",
  "reason.waiting_list.staff": "The provider has no room now: the resident goes on the waiting list.",
  "reason.income_unknown.staff":
    "The resident did not give their income. That is not required: it is then not assumed that they can pay for the help themselves.",
  "reason.zin.financially_able.staff":
    "With this income the resident can probably pay for help themselves. That is why other help is recommended first; the resident can still apply for this help.",
  "reason.tariff_exempt.staff": "The resident pays no contribution.",
  "reason.no_capacity_published.staff":
    "Providers have not published room yet; look further together with the resident.",
  "reason.no_provider.staff": "There is no provider of this help near the resident at the moment.",
};
