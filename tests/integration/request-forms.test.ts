// A mediator's and a practice's forms on their requests (issue 15): a card per request, not a
// squeezed table cell; no browser bubble (noValidate); a refusal says in Dutch what to fix, in the
// error summary and at the field, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import { dayAfter } from "../support/days";
import { addStaff, readersOf, requestOffer } from "../support/factories";

let app: AppServer;
let citizen: Client;
let staff: Client;
let requestId: number;
const { one, providerId } = readersOf(() => app);
const PAGE = "/aanbieder/aanvragen";

beforeAll(async () => {
  app = await startApp();
  citizen = new Client(app.baseUrl);
  await citizen.login(DEMO.citizen);
  addStaff(app, "bemiddeling@example.nl", "Burenhulp Bemiddeling Utrecht West");
  staff = new Client(app.baseUrl);
  await staff.login("bemiddeling@example.nl");
  requestId = (await requestOffer(citizen, `mediation:${providerId("Burenhulp Bemiddeling Utrecht West")}`)).id;
});
afterAll(async () => {
  await app?.stop();
});

const statusOf = (id: number) => one<{ status: string }>("SELECT status FROM help_requests WHERE id = ?", id).status;

describe("the mediator's requests page", () => {
  it("shows each request as a card with its forms outside any table, validated by the server", async () => {
    const html = await (await staff.get(PAGE)).text();
    expect(html).toContain(`id="aanvraag-${requestId}"`);
    expect(html).not.toContain("<table");
    const forms = (html.match(/<form[^>]*>/g) ?? []).filter((tag) => tag.includes(`-${requestId}"`));
    expect(forms.map((tag) => /id="(\w+)-/.exec(tag)?.[1])).toEqual(["match", "decline"]);
    for (const tag of forms) expect(tag).toContain("novalidate");
  });

  it("refuses a match without a name or with an impossible date, in Dutch at the summary and the field", async () => {
    const res = await staff.post(PAGE, {
      action: "match",
      requestId: String(requestId),
      helperFirstName: " ",
      helperStartDate: "2027-02-30",
    });
    expect(res.status).toBe(400);
    const text = textOf(await res.text());
    expect(text).toContain("Er ging iets mis. Verbeter de volgende punten:");
    expect(text).toMatch(/Voornaam van de hulp ?: Vul de voornaam van de hulp in \(hoogstens 60 tekens\)\./);
    expect(text).toMatch(/Startdatum ?: Vul de startdatum in als een geldige datum\./);
    // The message also stands at the field itself (so twice: the summary and the field).
    expect(text.match(/Vul de startdatum in als een geldige datum\./g)?.length).toBe(2);
    expect(statusOf(requestId)).toBe("mediation_requested");
  });

  it("refuses a start date far ahead or long past, in Dutch at the field", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const cases: [string, string][] = [
      ["9999-12-31", "Die startdatum ligt te ver vooruit: kies een dag binnen een jaar vanaf vandaag."],
      [dayAfter(today, 400), "Die startdatum ligt te ver vooruit"],
      [dayAfter(today, -30), "Die startdatum ligt te ver terug: kies een dag van hoogstens 14 dagen geleden."],
    ];
    for (const [day, message] of cases) {
      const res = await staff.post(PAGE, {
        action: "match",
        requestId: String(requestId),
        helperFirstName: "Fatima",
        helperStartDate: day,
      });
      expect(res.status, day).toBe(400);
      expect(textOf(await res.text()), day).toContain(message);
    }
    expect(statusOf(requestId)).toBe("mediation_requested");
  });

  it("reads a posted request id as decimal digits only, with one answer for any id that is none", async () => {
    // Taking on: an id that is none is as unknown as another provider's request (404).
    for (const id of [`0x${requestId.toString(16)}`, "1e3", "-1", "99999999999999999999", `${requestId}.0`, " 1"]) {
      const res = await staff.post(PAGE, { action: "take-on", requestId: id });
      expect(res.status, id).toBe(404);
    }
    // Deciding: the general notice, and nothing changes.
    const hex = await staff.post(PAGE, {
      action: "decline",
      requestId: `0x${requestId.toString(16)}`,
      reason: "Geen hulp beschikbaar",
    });
    expect(hex.headers.get("location")).toBe(`${PAGE}?melding=failed`);
    expect(statusOf(requestId)).toBe("mediation_requested");
    expect(
      one<{ at: number | null }>("SELECT taken_on_at AS at FROM help_requests WHERE id = ?", requestId).at,
    ).toBeNull();
  });

  it("refuses a decline without a reason, and then records the match", async () => {
    const decline = await staff.post(PAGE, { action: "decline", requestId: String(requestId), reason: "" });
    expect(decline.status).toBe(400);
    expect(textOf(await decline.text())).toContain("Vul een reden van afwijzen in (hoogstens 300 tekens).");
    const start = dayAfter(new Date().toISOString().slice(0, 10), 10);
    const match = await staff.post(PAGE, {
      action: "match",
      requestId: String(requestId),
      helperFirstName: "Fatima",
      helperStartDate: start,
    });
    expect(match.headers.get("location")).toBe(`${PAGE}?melding=saved`);
    expect(statusOf(requestId)).toBe("matched");
  });
});
