// The citizen's overview (/mijn) and their data (inspect, download, erase).
// English: the compiler checks that it has exactly the Dutch keys.
import type { citizenNl } from "./citizen.nl";

export const citizenEn: Record<keyof typeof citizenNl, string> = {
  "citizen.title": "My overview",
  "citizen.welcome": "Welcome, {name}.",
  "citizen.loggedIn": "You are logged in as a resident with {email}.",
  "citizen.requests.title": "My requests",
  "citizen.requests.empty": "You have not requested help yet.",

  "citizen.requests.open": "View",
  "citizen.findHelp": "Find help that fits you",

  "citizen.privacy": "See, download or erase your data",
  "privacy.title": "Your data",
  "privacy.intro":
    "Hulpwijzer keeps your requests, the answers you gave and what the municipality and providers did with them. You may see all of it and have it erased (GDPR).",
  "privacy.export.title": "Download everything",
  "privacy.export.text":
    "A file (JSON) with all your data: your account, requests, visits, payments, complaints and your case at the municipality.",
  "privacy.export.link": "Download my data",
  "privacy.erase.title": "Erase my data",
  "privacy.erase.text":
    "Your account disappears and everything that names or describes you is wiped. Only counts and dates without a name remain, so the municipality's figures stay right. Help that is running does not stop by itself: cancel it first. This cannot be undone.",
  "privacy.erase.confirm": "I understand that this cannot be undone",
  "privacy.erase.password": "Your password, to confirm",
  "privacy.erase.submit": "Erase my data",
  "privacy.erase.confirmNeeded": "First tick that you understand this cannot be undone.",
  "privacy.erase.wrongPassword": "The password is not right. Nothing was erased.",
  "privacy.erase.failed": "Erasing did not work. Nothing was erased.",
  "privacy.erase.done": "Your data has been erased and you are logged out.",
  "citizen.calendar": "Your calendar",
  "citizen.calendarText":
    "Put your visits and sessions in your own calendar. Add this address as a calendar subscription (for example in Google Calendar or your phone's calendar). Do not share it: anyone with the address sees your appointments.",
};
