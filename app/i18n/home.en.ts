// The start page.
// English: the compiler checks that it has exactly the Dutch keys.
import type { homeNl } from "./home.nl";

export const homeEn: Record<keyof typeof homeNl, string> = {
  "home.title": "Household help, as light as it can be",
  "home.intro":
    "Finding housework hard? Hulpwijzer looks with you for help that fits: from help from people around you to a regular cleaner or home care.",
  "home.cta": "Find help that fits you",
  "home.ladder.title": "What help is there?",
  "home.ladder.own_strength": "Yourself, or with help from family, neighbours or a local facility.",
  "home.ladder.powerful_ageing":
    "Powerful Ageing: 14 weeks of exercise with a physiotherapist, so you can do more yourself again.",
  "home.ladder.private_cleaner": "A checked private cleaner, on a fixed day each week.",
  "home.ladder.pgb_informal": "Someone you know or a helper nearby, paid from a personal budget (pgb).",
  "home.ladder.zin": "Household help from a home-care provider (care in kind), after a talk with the municipality.",
  "home.participating":
    "Hulpwijzer now works in De Ronde Venen, Montfoort, Oudewater, Stichtse Vecht, Woerden and Groningen.",
  "home.account.title": "An account",
  "home.account.text": "You can look without an account. To request help or book a visit, you create an account.",
  "home.staff.title": "For staff",
  "home.staff.text": "Consultants, providers and municipal administrators log in here.",

  "home.apply": "Do you offer help? Register your organisation",
};
