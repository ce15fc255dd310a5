// Every kind of notification has its line and its message, in Dutch and English, and a message
// carries its sender and link.
import { describe, expect, it } from "vitest";
import { bookingFactParams } from "~/components/booking-facts-text";
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

  it("states a booking's series, price and terms, and a hold's end, in English as in Dutch", async () => {
    await loadCatalogue("en");
    // Friday 11 December 2026, 09:00–11:00 Amsterdam, weekly until 5 February 2027.
    const facts = {
      weekly: { startsAt: Date.UTC(2027, 1, 5, 8), endsAt: Date.UTC(2027, 1, 5, 10) },
      series: { first: Date.UTC(2026, 11, 11, 8), last: Date.UTC(2027, 1, 5, 8), count: 9 },
      price: { minutes: 120, totalCents: 6000, citizenCents: 4000, municipalityCents: 2000 },
      perMonthCents: 17333,
      lateCancellationPercent: 50,
      // The cleaner is off on New Year's Eve; Christmas Day is a visit on a public holiday.
      skipped: ["2026-12-31"],
      holidays: ["2026-12-25"],
      firstLate: { startsAt: Date.UTC(2026, 11, 11, 8), cancelCents: 2450 },
    };
    const booked = (locale: "nl" | "en") =>
      renderMessage({
        kind: "booking_confirmed",
        params: { number: 7, providerName: "Ans de Vries", ...bookingFactParams(facts), icsLineKey: "notify.line.ics" },
        url: "https://hulp.example.nl/mijn/aanvragen/7",
        locale,
        recipientName: "Greet Jansen",
      }).text.replace(/\s+/g, " ");
    const nl = booked("nl");
    expect(nl).toContain(
      "Elke vrijdag 09:00–11:00, 2 uur per bezoek. Het eerste bezoek is op vrijdag 11 december 2026",
    );
    expect(nl).toContain("9 bezoeken staan vast, het laatste op vrijdag 5 februari 2027");
    expect(nl).toMatch(/kost € 60,00\. U betaalt € 40,00; de gemeente betaalt € 20,00/);
    expect(nl).toContain("gemiddeld € 173,33 per maand");
    expect(nl).toContain("Zegt u later af, dan betaalt u 50%");
    expect(nl).toContain("Geen bezoek op 31 december 2026: dan is de schoonmaakhulp vrij.");
    expect(nl).toContain("Let op: 25 december 2026 is een feestdag.");
    expect(nl).toMatch(/binnen 24 uur\. Zegt u dat bezoek af, dan kost dat € 24,50\./);
    const en = booked("en");
    expect(en).toContain("Every Friday 09:00–11:00, 2 hours a visit. The first visit is on Friday, 11 December 2026");
    expect(en).toContain("9 visits are fixed, the last on Friday, 5 February 2027");
    expect(en).toContain("€173.33");
    expect(en).not.toMatch(/\{\w+\}/);
    const hold = renderMessage({
      kind: "hold_expiring",
      params: { providerName: "Ans de Vries", untilAt: "2026-12-04T09:15:00.000Z", holdLineKey: "request.holdUntil" },
      url: "https://hulp.example.nl/mijn/aanvragen/7",
      locale: "en",
      recipientName: "Greet Jansen",
    }).text;
    expect(hold).toMatch(/We hold this time for you until Friday,? 4 December 2026.*10:15/);
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
