// Every kind of notification has its line and its message, in Dutch and English, and a message
// carries its sender and link.
import { describe, expect, it } from "vitest";
import { emailSwitchedOff, NOTIFICATION_RULES, retryDelayMs } from "~/domain/notifications";
import { isMessageKey, loadCatalogue, translate } from "~/i18n";
import { renderMessage } from "~/services/notifications/render.server";
import { NOTIFICATION_KINDS } from "~db/enums";

describe("notification texts", () => {
  it("has a subject and a body for every kind, in both languages", async () => {
    await loadCatalogue("en");
    for (const kind of NOTIFICATION_KINDS) {
      for (const part of ["subject", "body"]) {
        const key = `notify.${kind}.${part}`;
        expect(isMessageKey(key), key).toBe(true);
        if (isMessageKey(key)) expect(translate("en", key)).not.toBe(translate("nl", key));
      }
      expect(NOTIFICATION_RULES[kind]).toBeDefined();
    }
  });

  it("writes out dates, amounts and extra lines, with the municipality as sender", () => {
    const m = renderMessage({
      kind: "visit_cancelled",
      params: {
        providerName: "Ans de Vries",
        startAt: "2026-12-11T08:00:00.000Z",
        byKey: "notify.by.citizen",
        feeCents: 1250,
        feeLineKey: "notify.line.fee",
      },
      url: "https://hulp.example.nl/mijn/aanvragen/3",
      locale: "nl",
      recipientName: "Greet Jansen",
      municipality: { name: "Woerden", contactPhone: "14 0348" },
    });
    expect(m.subject).toBe("Een bezoek is afgezegd");
    expect(m.text).toContain("Beste Greet Jansen,");
    expect(m.text).toContain("afgezegd door u");
    expect(m.text).toMatch(/Hiervoor betaalt u €\s12,50\./);
    expect(m.text).toContain("https://hulp.example.nl/mijn/aanvragen/3");
    expect(m.text).toContain("Gemeente Woerden");
    expect(m.text).toContain("14 0348");
    expect(m.text).not.toMatch(/\{\w+\}/);
    expect(m.html).toContain('<a href="https://hulp.example.nl/mijn/aanvragen/3">');
  });

  it("keeps receipts and decisions on e-mail whatever was switched off", () => {
    expect(emailSwitchedOff("request_received", ["request_received"])).toBe(false);
    expect(emailSwitchedOff("decision_made", ["decision_made"])).toBe(false);
    expect(emailSwitchedOff("visit_reminder", ["visit_reminder"])).toBe(true);
    expect(emailSwitchedOff("visit_reminder", null)).toBe(false);
  });

  it("waits longer after each failed attempt, at most six hours", () => {
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(2)).toBe(120_000);
    expect(retryDelayMs(30)).toBe(6 * 60 * 60_000);
  });

  it("gives a reset its own link sentence and says account messages always come", () => {
    const m = renderMessage({
      kind: "password_reset",
      params: { validUntilAt: "2026-12-11T08:00:00.000Z" },
      url: "https://hulp.example.nl/wachtwoord-herstellen/abc",
      locale: "nl",
      recipientName: "Greet Jansen",
    });
    expect(m.text).toContain("Kies uw nieuwe wachtwoord: https://hulp.example.nl/wachtwoord-herstellen/abc");
    expect(m.text).not.toContain("Bekijk het in Hulpwijzer");
    expect(m.text).toContain("Zulke berichten krijgt u altijd.");
    expect(m.text).not.toContain("Berichten instellen");
  });
});
