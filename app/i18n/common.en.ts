// The layout shell (name, menu, footer, language switch), roles, shared words and the error pages.
// English: the compiler checks that it has exactly the Dutch keys.
import type { commonNl } from "./common.nl";

export const commonEn: Record<keyof typeof commonNl, string> = {
  "site.name": "Hulpwijzer",
  "site.tagline": "Household help that fits you",
  "layout.skipLink": "Skip to content",
  "layout.mainNav": "Main menu",
  "layout.loggedInAs": "Logged in as {name} ({role})",
  "layout.footer.about": "Hulpwijzer helps residents, municipalities and providers find the lightest help that fits.",
  "layout.footer.data":
    "Postcode data © GeoNames (www.geonames.org), CC BY 4.0, modified. Municipality codes and names: CBS Gebiedsindelingen 2024 (Bron: CBS), CC BY 4.0.",
  "layout.switchLanguage": "Nederlands",
  "layout.switchLanguageLabel": "Wissel naar Nederlands",

  "nav.home": "Home",
  "nav.login": "Log in",
  "nav.register": "Register",
  "nav.sessions": "Where you are logged in",
  "nav.logout": "Log out",
  "nav.citizen": "My overview",
  "nav.provider": "Provider workspace",
  "nav.consultant": "Consultant workspace",
  "nav.admin": "Administration",
  "nav.adminUsers": "Staff",

  "role.citizen": "resident",
  "role.provider_staff": "provider staff",
  "role.consultant": "Wmo consultant",
  "role.admin": "municipality administrator",

  "providerKind.zin": "Care in kind (home care)",
  "providerKind.private_cleaner": "Private cleaner",
  "providerKind.pgb_mediator": "Informal personal-budget mediator",
  "providerKind.physio": "Physiotherapy practice (Powerful Ageing)",

  "form.errorSummary": "Something went wrong. Please correct the following:",
  "form.otherErrors": "Part of the form is not right. Check your answers and send the form again.",
  "form.required": "(required)",

  "validation.invalid": "This value is not right.",

  "nav.help": "Find help",

  "nav.providerRequests": "Requests",

  "nav.providerCapacity": "Capacity",
  "nav.providerHistory": "History",
  "nav.providerKeys": "API keys",
  "nav.providerColleagues": "Colleagues",

  "weekday.1": "Monday",
  "weekday.2": "Tuesday",
  "weekday.3": "Wednesday",
  "weekday.4": "Thursday",
  "weekday.5": "Friday",
  "weekday.6": "Saturday",
  "weekday.7": "Sunday",

  "nav.adminProviders": "Providers",

  "error.404.title": "Page not found",
  "error.404.text": "This page does not exist (any more). Check the address or go back to the start page.",
  "error.403.title": "No access",
  "error.403.text": "You do not have access to this page. Log in with an account that does.",
  "error.400.title": "This request is not right",
  "error.400.text": "The data in this request is not right. Go back and try again.",
  "error.405.title": "That is not possible here",
  "error.405.page": "That is not possible on this page. Go back to the page and use its buttons and forms.",
  "error.405.text": "This address can only be read, not sent to.",
  "error.413.title": "This is too much to send",
  "error.413.text": "What you sent is larger than this form takes. Go back, shorten the text and try again.",
  "error.500.title": "Something went wrong",
  "error.500.text": "Something went wrong on our side. Your data is not lost. Please try again in a few minutes.",
  "error.backHome": "Go to the start page",
  "layout.menu": "Menu",
  "layout.menuClose": "Close menu",
  "nav.account": "My account",
  "account.title": "My account",
  "account.password.text": "Choose a new password.",
  "account.twoStep.text": "Logging in with a code from an app, and your recovery codes.",
  "account.sessions.text": "Which devices you are logged in on, and logging out everywhere.",
  "account.prefs.text": "Which e-mails you get from us.",
  "account.privacy.text": "Your address and phone number, and downloading your data.",
};
