// The second factor: a code from an app at login, setting it up, recovery codes (ADR 025).
// Dutch: the default language. Everyone is addressed with "u".
export const secondFactorNl = {
  "secondFactor.code.title": "Code uit uw app",
  "secondFactor.code.intro":
    "Uw wachtwoord klopt. Open nu de app op uw telefoon waarmee u de tweestapsverificatie hebt ingesteld (bijvoorbeeld Google Authenticator of Microsoft Authenticator) en vul de code in.",
  "secondFactor.code.label": "Code van 6 cijfers",
  "secondFactor.code.labelOrRecovery": "Code van 6 cijfers of een herstelcode",
  "secondFactor.enrol.openInApp": "Open in uw authenticator-app",
  "secondFactor.code.hint": "Telefoon kwijt? Vul dan een van uw herstelcodes in.",
  "secondFactor.code.submit": "Verder",
  "secondFactor.code.submitting": "Bezig met controleren…",
  "secondFactor.code.wrong":
    "Deze code klopt niet of is al gebruikt. Vul de code in die nu in uw app staat, of een herstelcode.",
  "secondFactor.code.blocked.one":
    "Er is te vaak een verkeerde code ingevuld. Probeer het over {count} minuut opnieuw.",
  "secondFactor.code.blocked.other":
    "Er is te vaak een verkeerde code ingevuld. Probeer het over {count} minuten opnieuw.",
  "secondFactor.back": "Terug naar inloggen",
  "secondFactor.expired": "Inloggen duurde te lang of is afgebroken. Log opnieuw in met uw e-mailadres en wachtwoord.",

  "secondFactor.enrol.title": "Tweestapsverificatie instellen",
  "secondFactor.enrol.intro":
    "Medewerkers loggen in met hun wachtwoord én een code uit een app op hun telefoon. Zo komt niemand binnen met alleen uw wachtwoord. U stelt dit nu één keer in.",
  "secondFactor.enrol.step1":
    "Installeer een authenticator-app op uw telefoon, bijvoorbeeld Google Authenticator, Microsoft Authenticator of FreeOTP.",
  "secondFactor.enrol.step2": "Scan deze QR-code met de app.",
  "secondFactor.enrol.qrLabel": "QR-code om de tweestapsverificatie in uw app in te stellen",
  "secondFactor.enrol.manual": "Kunt u niet scannen? Typ dan deze sleutel in de app:",
  "secondFactor.enrol.step3": "Vul de code van 6 cijfers in die de app nu laat zien.",
  "secondFactor.enrol.submit": "Instellen",
  "secondFactor.enrol.wrong":
    "Deze code klopt niet. Controleer of u de QR-code van deze pagina hebt gescand en vul de code in die nu in de app staat.",
  "secondFactor.enrol.noCandidate":
    "Deze pagina is verlopen. Scan de QR-code die nu op de pagina staat en vul de code uit de app in.",

  "secondFactor.recovery.title": "Bewaar uw herstelcodes",
  "secondFactor.recovery.account": "Voor het account {account} bij Hulpwijzer.",
  "secondFactor.recovery.text":
    "De tweestapsverificatie is ingesteld. Bent u uw telefoon kwijt? Dan logt u in met een van deze codes in plaats van de code uit de app. Elke code werkt één keer. Schrijf ze op of print ze, en bewaar ze op een veilige plek: u ziet ze maar één keer.",
  "secondFactor.recovery.listLabel": "Uw herstelcodes",
  "secondFactor.recovery.continue": "Ik heb de codes bewaard, ga verder",

  "validation.code.required": "Vul de code in.",
  "validation.code.invalid": "Vul de 6 cijfers uit uw app in, of een herstelcode.",

  "twoStep.link": "Inloggen met een code uit een app (tweestapsverificatie)",
  "twoStep.title": "Tweestapsverificatie",
  "twoStep.intro":
    "Met tweestapsverificatie logt u in met uw wachtwoord én een code uit een app op uw telefoon. Dan komt niemand binnen die alleen uw wachtwoord kent.",
  "twoStep.on": "Tweestapsverificatie staat aan sinds {date}.",
  "twoStep.off": "Tweestapsverificatie staat uit: u logt in met alleen uw wachtwoord.",
  "twoStep.recoveryLeft.one": "U heeft nog {count} ongebruikte herstelcode.",
  "twoStep.recoveryLeft.other": "U heeft nog {count} ongebruikte herstelcodes.",
  "twoStep.required":
    "Voor medewerkers staat tweestapsverificatie altijd aan. Telefoon kwijt en geen herstelcode meer? Vraag de beheerder van uw gemeente om haar opnieuw te laten instellen.",
  "twoStep.enable.title": "Tweestapsverificatie aanzetten",
  "twoStep.enable.submit": "Aanzetten",
  "twoStep.enabled": "Tweestapsverificatie staat nu aan. Vanaf nu vragen we bij het inloggen ook een code.",
  "twoStep.disable.title": "Tweestapsverificatie uitzetten",
  "twoStep.disable.text": "Vul een code uit uw app (of een herstelcode) in om de tweestapsverificatie uit te zetten.",
  "twoStep.disable.submit": "Uitzetten",
  "twoStep.disable.wrong":
    "Deze code klopt niet of is al gebruikt. Vul de code in die nu in uw app staat, of een herstelcode.",
  "twoStep.disabled": "Tweestapsverificatie staat nu uit.",
  "twoStep.back": "Terug naar uw account",

  "twoStep.reset.col": "Tweestapsverificatie",
  "twoStep.list.on": "Ingesteld sinds {date}",
  "twoStep.list.off": "Nog niet ingesteld",
  "twoStep.reset.linkFor": "Opnieuw laten instellen voor {name}",

  "twoStep.reset.title": "Tweestapsverificatie opnieuw laten instellen",
  "twoStep.reset.text":
    "{name} ({email}) logt daarna in met het wachtwoord en stelt de tweestapsverificatie opnieuw in, met een nieuwe telefoon of app. De codes en herstelcodes van nu werken dan niet meer. Doe dit alleen als u zeker weet dat u met deze medewerker zelf spreekt.",
  "twoStep.reset.submit": "Ja, opnieuw laten instellen",
  "twoStep.reset.cancel": "Nee, terug naar de medewerkers",
  "twoStep.reset.done":
    "De tweestapsverificatie van {name} is gewist. Bij de volgende keer inloggen stelt deze medewerker haar opnieuw in.",
  "twoStep.reset.notYours": "Deze medewerker kunt u hier niet opnieuw laten instellen.",

  "auditlog.action.second_factor.enrolled": "Tweestapsverificatie ingesteld",
  "auditlog.action.second_factor.enrol_failed": "Tweestapsverificatie instellen mislukt (verkeerde code)",
  "auditlog.action.second_factor.passed": "Code bij inloggen goed",
  "auditlog.action.second_factor.failed": "Code bij inloggen fout",
  "auditlog.action.second_factor.recovery_used": "Ingelogd met een herstelcode",
  "auditlog.action.second_factor.disabled": "Tweestapsverificatie uitgezet",
  "auditlog.action.second_factor.reset": "Tweestapsverificatie gewist door beheerder",
  "twoStep.regenerated": "Er zijn nieuwe herstelcodes gemaakt. De oude herstelcodes werken niet meer.",
  "twoStep.recoveryLow.one":
    "Let op: u heeft nog maar {count} ongebruikte herstelcode. Maak nieuwe herstelcodes, zodat u ook zonder uw telefoon kunt inloggen.",
  "twoStep.recoveryLow.other":
    "Let op: u heeft nog maar {count} ongebruikte herstelcodes. Maak nieuwe herstelcodes, zodat u ook zonder uw telefoon kunt inloggen.",
  "twoStep.regenerate.title": "Nieuwe herstelcodes maken",
  "twoStep.regenerate.text":
    "U krijgt 10 nieuwe herstelcodes. Uw oude herstelcodes werken daarna niet meer, ook de ongebruikte niet. Vul ter bevestiging de code van 6 cijfers in die nu in uw app staat.",
  "twoStep.regenerate.submit": "Nieuwe herstelcodes maken",
  "twoStep.regenerate.wrong":
    "Deze code klopt niet of is al gebruikt. Vul de code van 6 cijfers in die nu in uw app staat (een herstelcode kan hier niet).",
  "twoStep.print.button": "Herstelcodes afdrukken",
  "twoStep.print.hint":
    "Wilt u de codes op papier? Druk deze pagina af met de afdrukknop van uw browser (Ctrl+P, of Cmd+P op een Mac).",
  "auditlog.action.second_factor.recovery_regenerated": "Nieuwe herstelcodes gemaakt",
} as const;
