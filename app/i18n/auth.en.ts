// Logging in and creating an account.
// English: the compiler checks that it has exactly the Dutch keys.
import type { authNl } from "./auth.nl";

export const authEn: Record<keyof typeof authNl, string> = {
  "login.title": "Log in",
  "login.intro": "Log in with your email address and password.",
  "login.ended.password_changed":
    "You were logged out because the password of this account was changed. Log in again with the new password.",
  "login.ended.deactivated":
    "You were logged out because this account was deactivated. It can no longer be used to log in. If you think this is wrong, contact your organisation's administrator.",
  "login.ended.second_factor_reset":
    "You were logged out because the administrator reset this account's two-step verification. Log in again; you will then set up two-step verification anew.",
  "login.ended.ended_elsewhere":
    "You were logged out because someone chose on another device to log out everywhere else. Log in again to continue.",
  "login.ended.expired":
    "You were logged out because you were inactive for a while, or had been logged in for a long time. Log in again to continue.",
  "login.email": "Email address",
  "login.password": "Password",
  "login.submit": "Log in",
  "login.submitting": "Logging in…",
  "login.failed": "The email address or password is not right. Check your details and try again.",
  "login.blocked.one":
    "A wrong password was entered too often. Try again in {count} minute. Forgotten your password? Ask for a new one with the link below the form.",
  "login.blocked.other":
    "A wrong password was entered too often. Try again in {count} minutes. Forgotten your password? Ask for a new one with the link below the form.",
  "login.noAccount": "No account yet?",
  "login.registerLink": "Create an account",

  "register.title": "Create an account",
  "register.intro": "With an account you can request help and follow its progress.",
  "register.name": "Your name",
  "register.email": "Email address",
  "register.password": "Password",
  "register.passwordHint": "At least 12 characters. A sentence of a few words is easy to remember.",
  "register.submit": "Create account",
  "register.submitting": "Creating…",
  "register.done.title": "Log in to continue",
  "register.done.text":
    "If this email address was not yet known to us, your account has been created: log in below with the password you just chose. Did you already have an account with this address? Then your earlier password still holds; log in with that.",
  "register.blocked.one": "Too many accounts have been created recently. Try again in {count} minute.",
  "register.blocked.other": "Too many accounts have been created recently. Try again in {count} minutes.",
  "register.busy": "It is very busy right now. Try again in a minute.",
  "register.haveAccount": "Already have an account?",
  "register.loginLink": "Log in",

  "sessions.title": "Where you are logged in",
  "sessions.intro":
    "Here you can see on which devices and in which browsers you are logged in. Do you not recognise one? Then log out everywhere else.",
  "sessions.col.device": "Browser and device",
  "sessions.col.started": "Logged in on",
  "sessions.col.lastSeen": "Last used",
  "sessions.current": "this session",
  "sessions.unknownDevice": "Unknown browser",
  "sessions.end.title": "Log out everywhere else",
  "sessions.end.text": "You stay logged in here only. Every other device will have to log in again.",
  "sessions.end.none": "You are not logged in anywhere else.",
  "sessions.end.submit": "Log out everywhere",
  "sessions.end.confirm":
    "Are you sure? You will be logged out everywhere else you are logged in (count: {count}). You stay logged in here.",
  "sessions.end.yes": "Yes, log out everywhere else",
  "sessions.end.cancel": "Cancel",
  "sessions.ended": "You have been logged out on every other device.",

  "validation.name.required": "Enter your name.",
  "validation.name.tooLong": "A name is at most 100 characters.",
  "validation.name.notAName": "Enter only a name here, without an e-mail or web address or the characters < and >.",
  "validation.email.required": "Enter your email address.",
  "validation.email.invalid": "Enter a valid email address, for example name@example.com.",
  "validation.password.required": "Enter your password.",
  "validation.password.tooShort": "A password has at least 12 characters.",
  "validation.password.tooLong": "A password has at most 200 characters.",
};
