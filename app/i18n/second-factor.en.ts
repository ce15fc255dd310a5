// The second factor: a code from an app at login, setting it up, recovery codes (ADR 025).
import type { secondFactorNl } from "./second-factor.nl";

export const secondFactorEn: Record<keyof typeof secondFactorNl, string> = {
  "secondFactor.code.title": "Code from your app",
  "secondFactor.code.intro":
    "Your password is right. Now open the app on your phone that you set up two-step verification with (for example Google Authenticator or Microsoft Authenticator) and enter the code.",
  "secondFactor.code.label": "6-digit code",
  "secondFactor.code.labelOrRecovery": "6-digit code or a recovery code",
  "secondFactor.enrol.openInApp": "Open in your authenticator app",
  "secondFactor.code.hint": "Lost your phone? Enter one of your recovery codes instead.",
  "secondFactor.code.submit": "Continue",
  "secondFactor.code.submitting": "Checking…",
  "secondFactor.code.wrong":
    "This code is not right or has been used already. Enter the code your app shows now, or a recovery code.",
  "secondFactor.code.blocked.one": "A wrong code was entered too often. Try again in {count} minute.",
  "secondFactor.code.blocked.other": "A wrong code was entered too often. Try again in {count} minutes.",
  "secondFactor.back": "Back to log in",
  "secondFactor.expired":
    "Logging in took too long or was broken off. Log in again with your email address and password.",

  "secondFactor.enrol.title": "Set up two-step verification",
  "secondFactor.enrol.intro":
    "Staff log in with their password and a code from an app on their phone, so nobody gets in with your password alone. You set this up once, now.",
  "secondFactor.enrol.step1":
    "Install an authenticator app on your phone, for example Google Authenticator, Microsoft Authenticator or FreeOTP.",
  "secondFactor.enrol.step2": "Scan this QR code with the app.",
  "secondFactor.enrol.qrLabel": "QR code to set up two-step verification in your app",
  "secondFactor.enrol.manual": "Cannot scan? Type this key into the app:",
  "secondFactor.enrol.step3": "Enter the 6-digit code the app shows now.",
  "secondFactor.enrol.submit": "Set up",
  "secondFactor.enrol.wrong":
    "This code is not right. Check that you scanned the QR code on this page and enter the code the app shows now.",
  "secondFactor.enrol.noCandidate":
    "This page has expired. Scan the QR code now on the page and enter the code from the app.",

  "secondFactor.recovery.title": "Keep your recovery codes",
  "secondFactor.recovery.account": "For the account {account} at Hulpwijzer.",
  "secondFactor.recovery.text":
    "Two-step verification is set up. If you lose your phone, log in with one of these codes instead of the code from the app. Each code works once. Write them down or print them and keep them somewhere safe: you see them only this once.",
  "secondFactor.recovery.listLabel": "Your recovery codes",
  "secondFactor.recovery.continue": "I have kept the codes, continue",

  "validation.code.required": "Enter the code.",
  "validation.code.invalid": "Enter the 6 digits from your app, or a recovery code.",

  "twoStep.link": "Log in with a code from an app (two-step verification)",
  "twoStep.title": "Two-step verification",
  "twoStep.intro":
    "With two-step verification you log in with your password and a code from an app on your phone. Then nobody who only knows your password gets in.",
  "twoStep.on": "Two-step verification is on since {date}.",
  "twoStep.off": "Two-step verification is off: you log in with your password only.",
  "twoStep.recoveryLeft.one": "You have {count} unused recovery code left.",
  "twoStep.recoveryLeft.other": "You have {count} unused recovery codes left.",
  "twoStep.required":
    "For staff, two-step verification is always on. Lost your phone and no recovery code left? Ask your municipality's administrator to have it set up again.",
  "twoStep.enable.title": "Turn on two-step verification",
  "twoStep.enable.submit": "Turn on",
  "twoStep.enabled": "Two-step verification is on now. From now on we also ask for a code when you log in.",
  "twoStep.disable.title": "Turn off two-step verification",
  "twoStep.disable.text": "Enter a code from your app (or a recovery code) to turn two-step verification off.",
  "twoStep.disable.submit": "Turn off",
  "twoStep.disable.wrong":
    "This code is not right or has been used already. Enter the code your app shows now, or a recovery code.",
  "twoStep.disabled": "Two-step verification is off now.",
  "twoStep.back": "Back to your account",

  "twoStep.reset.col": "Two-step verification",
  "twoStep.list.on": "Set up since {date}",
  "twoStep.list.off": "Not set up yet",
  "twoStep.reset.linkFor": "Have it set up again for {name}",

  "twoStep.reset.title": "Have two-step verification set up again",
  "twoStep.reset.text":
    "{name} ({email}) will then log in with the password and set up two-step verification again, with a new phone or app. Today's codes and recovery codes stop working. Only do this when you are sure you are talking to this staff member in person.",
  "twoStep.reset.submit": "Yes, have it set up again",
  "twoStep.reset.cancel": "No, back to the staff list",
  "twoStep.reset.done":
    "The two-step verification of {name} has been cleared. This staff member sets it up again at the next login.",
  "twoStep.reset.notYours": "You cannot have this staff member's two-step verification set up again here.",

  "auditlog.action.second_factor.enrolled": "Two-step verification set up",
  "auditlog.action.second_factor.enrol_failed": "Setting up two-step verification failed (wrong code)",
  "auditlog.action.second_factor.passed": "Login code right",
  "auditlog.action.second_factor.failed": "Login code wrong",
  "auditlog.action.second_factor.recovery_used": "Logged in with a recovery code",
  "auditlog.action.second_factor.disabled": "Two-step verification turned off",
  "auditlog.action.second_factor.reset": "Two-step verification cleared by an administrator",
  "twoStep.regenerated": "New recovery codes have been made. The old recovery codes no longer work.",
  "twoStep.recoveryLow.one":
    "Note: you only have {count} unused recovery code left. Make new recovery codes, so that you can also log in without your phone.",
  "twoStep.recoveryLow.other":
    "Note: you only have {count} unused recovery codes left. Make new recovery codes, so that you can also log in without your phone.",
  "twoStep.regenerate.title": "Make new recovery codes",
  "twoStep.regenerate.text":
    "You get 10 new recovery codes. Your old recovery codes then stop working, unused ones too. To confirm, enter the 6-digit code your app shows now.",
  "twoStep.regenerate.submit": "Make new recovery codes",
  "twoStep.regenerate.wrong":
    "This code is not right or has already been used. Enter the 6-digit code your app shows now (a recovery code cannot be used here).",
  "twoStep.print.button": "Print recovery codes",
  "twoStep.print.hint":
    "Want the codes on paper? Print this page with your browser's print button (Ctrl+P, or Cmd+P on a Mac).",
  "auditlog.action.second_factor.recovery_regenerated": "New recovery codes made",
};
