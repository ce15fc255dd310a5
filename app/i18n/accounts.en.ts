// Accounts (issue 16): a forgotten password, changing it, the first own password of staff, last login.
// English: the compiler checks that it has exactly the Dutch keys.
import type { accountsNl } from "./accounts.nl";

export const accountsEn: Record<keyof typeof accountsNl, string> = {
  "login.forgotLink": "Forgotten your password?",
  "login.passwordReset":
    "Your password was changed. You were logged out everywhere. Log in below with your new password.",

  "forgot.title": "Forgotten password",
  "forgot.intro":
    "Enter the email address of your account. You will get an email with a link to choose a new password.",
  "forgot.email": "Email address",
  "forgot.submit": "Send me a link",
  "forgot.submitting": "Sending…",
  "forgot.sent.title": "Check your email",
  "forgot.sent.text":
    "If there is an account with the email address {email}, you will get an email with a link within a few minutes. The link works once and for one hour. No email? Also look in your spam folder, or ask for a new link below.",
  "forgot.again": "Ask for a new link",
  "forgot.blocked.one": "Too many links were asked for. Try again in {count} minute.",
  "forgot.blocked.other": "Too many links were asked for. Try again in {count} minutes.",
  "forgot.backToLogin": "Back to log in",

  "reset.title": "Choose a new password",
  "reset.intro": "Choose a new password for the account of {email}. Afterwards you log in again everywhere.",
  "reset.submit": "Save password",
  "reset.submitting": "Saving…",
  "reset.refused.title": "This link no longer works",
  "reset.refused.expired": "This link has expired. A link works for one hour.",
  "reset.refused.used":
    "This link was used already, or a newer link was asked for since. Only the newest link works, and only once.",
  "reset.refused.unknown": "This link is not right. Perhaps it was not copied whole from the email.",
  "reset.refused.askNew": "Ask for a new link",

  "password.title": "Change password",
  "password.intro": "First enter your current password. After the change you are logged out everywhere except here.",
  "password.first.title": "Choose your own password",
  "password.first.intro":
    "You logged in with a one-time password. First choose a password of your own that only you know; then you can go on.",
  "password.sameAsGiven":
    "Choose a password other than the one-time password you were given. Only you should know your password.",
  "password.current": "Current password",
  "password.currentOneTime": "One-time password",
  "password.first.pendingIntro":
    "You logged in with a one-time password. First choose a password of your own that only you know. Then you set up two-step verification.",
  "password.new": "New password",
  "password.newAgain": "Repeat the new password",
  "password.submit": "Change password",
  "password.first.submit": "Save password and go on",
  "password.submitting": "Saving…",
  "password.wrong": "The current password is not right. Check it and try again.",
  "password.blocked.one": "A wrong password was entered too often. Try again in {count} minute.",
  "password.blocked.other": "A wrong password was entered too often. Try again in {count} minutes.",
  "password.changed": "Your password was changed. You were logged out on other devices.",
  "password.link": "Change password",
  "password.forgotten":
    "Forgotten your current password? Log out and choose ‘Forgotten your password?’ on the login page.",

  "validation.passwordAgain.required": "Enter the new password once more.",
  "validation.passwordAgain.mismatch": "The two passwords are not the same. Enter the same password twice.",
  "validation.currentPassword.required": "Enter your current password.",
  "validation.password.sameAsCurrent": "Choose a password other than your current one.",

  "users.col.lastLogin": "Last logged in",
  "users.lastLogin.never": "Never logged in",
  "colleagues.deactivated": "(deactivated)",

  "auditlog.action.password.reset_requested": "Link for a new password asked for",
  "auditlog.action.password.reset": "New password chosen by email link",
  "auditlog.action.password.changed": "Password changed",
  "auditlog.action.password.chosen": "Own password chosen after a one-time password",
  "auditlog.action.password.change_failed": "Password change failed (current password wrong)",
};
