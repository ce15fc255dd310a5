// Paying for private cleaning over real HTTP: the price split with HHT, a visit that took place
// becoming a payment, Stripe Checkout (against a local stand-in for Stripe's API: there is no
// internet here) and the signed webhook — wrong signatures, replays and out-of-order events —,
// late cancellation, the cleaner's view and the municipality's HHT statement.
import http from "node:http";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO, textOf } from "../support/client";
import {
  bookCleaner,
  caseOf,
  helpQuery,
  loggedIn,
  moveVisit,
  newCitizen,
  providerId,
  readersOf,
  requestThroughForm,
} from "../support/factories";

const WEBHOOK_SECRET = "whsec_test_hulpwijzer";
const HOUR = 3_600_000;

type Recorded = { method: string; path: string; headers: http.IncomingHttpHeaders; body: URLSearchParams };

/** A stand-in for Stripe's API: records what we send and answers like Stripe would. */
function fakeStripe() {
  const requests: Recorded[] = [];
  const expired = new Set<string>();
  let sessions = 0;
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => {
      raw += c;
    });
    req.on("end", () => {
      requests.push({
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: new URLSearchParams(raw),
      });
      if (req.method === "POST" && req.url === "/v1/checkout/sessions") {
        sessions += 1;
        const id = `cs_test_${sessions}`;
        res.writeHead(200, { "Content-Type": "application/json", "Request-Id": `req_${sessions}` });
        res.end(
          JSON.stringify({
            id,
            object: "checkout.session",
            mode: "payment",
            status: "open",
            payment_status: "unpaid",
            url: `https://checkout.stripe.test/c/pay/${id}`,
          }),
        );
        return;
      }
      const known = /^\/v1\/checkout\/sessions\/(cs_test_\d+)$/.exec(req.url ?? "");
      if (req.method === "GET" && known) {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(
          JSON.stringify({
            id: known[1],
            object: "checkout.session",
            status: expired.has(known[1] ?? "") ? "expired" : "open",
            url: `https://checkout.stripe.test/c/pay/${known[1]}`,
          }),
        );
        return;
      }
      res.writeHead(404, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: { type: "invalid_request_error", message: "not here" } }));
    });
  });
  return {
    requests,
    expire: (id: string) => expired.add(id),
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let app: AppServer;
let stripeApi: ReturnType<typeof fakeStripe>;
let citizen: Client;
let cleaner: Client;
const signer = new Stripe("sk_test_signer");

let ans: number; // Schoonmaakhulp Ans de Vries, who accepts HHT
const { one } = readersOf(() => app);

function webhook(event: Record<string, unknown>, secret = WEBHOOK_SECRET) {
  const payload = JSON.stringify(event);
  const header = signer.webhooks.generateTestHeaderString({ payload, secret });
  return fetch(`${app.baseUrl}/api/webhooks/stripe`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Stripe-Signature": header },
    body: payload,
  });
}

let eventSeq = 0;
function event(type: string, object: Record<string, unknown>, created = Math.floor(Date.now() / 1000)) {
  eventSeq += 1;
  return { id: `evt_test_${eventSeq}`, object: "event", type, created, data: { object } };
}

beforeAll(async () => {
  stripeApi = fakeStripe();
  const port = await stripeApi.listen();
  app = await startApp({
    STRIPE_SECRET_KEY: "sk_test_hulpwijzer",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: `http://127.0.0.1:${port}`,
  });
  ans = providerId(app, "Schoonmaakhulp Ans de Vries");
  // Woerden offers HHT in this test: €16 an hour, which Ans de Vries accepts.
  app
    .db()
    .prepare("UPDATE municipality_policies SET hht_subsidy_per_hour_cents = 1600 WHERE municipality_code = 'GM0632'")
    .run();
  cleaner = await loggedIn(app, DEMO.cleaner);
  citizen = new Client(app.baseUrl);
  await citizen.login(DEMO.citizen);
});
afterAll(async () => {
  await app?.stop();
  await stripeApi?.close();
});

describe("a visit that took place, paid online", () => {
  let requestId: number;
  let paymentId: number;

  it("shows the price per visit split into the citizen's part and the municipality's HHT", async () => {
    requestId = await bookCleaner(citizen);
    const rate = one<{ r: number }>("SELECT hourly_rate_cents AS r FROM providers WHERE id = ?", ans).r;
    const minutes = one<{ m: number }>(
      "SELECT (ends_at - starts_at) / 60000 AS m FROM cleaner_slots WHERE request_id = ? LIMIT 1",
      requestId,
    ).m;
    const total = Math.round((minutes * rate) / 60);
    const hht = Math.round((minutes * 1600) / 60);
    const page = textOf(await (await citizen.get(`/mijn/aanvragen/${requestId}`)).text());
    const euro = (c: number) =>
      new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(c / 100).replace(/\s/g, " ");
    expect(page).toContain(`kost ${euro(total)}. U betaalt ${euro(total - hht)}; de gemeente betaalt ${euro(hht)}`);
    expect(page).not.toContain("Online betalen staat uit");
    expect(one<{ m: string }>("SELECT payment_method AS m FROM help_requests WHERE id = ?", requestId).m).toBe(
      "online",
    );
  });

  it("becomes a payment once the cleaner marks it done — not before its time, and only once", async () => {
    const future = one<{ id: number }>(
      "SELECT id FROM cleaner_slots WHERE request_id = ? ORDER BY starts_at DESC LIMIT 1",
      requestId,
    ).id;
    const early = await cleaner.post("/aanbieder/bezoeken", { intent: "done", id: String(future) });
    expect(early.headers.get("location")).toContain("melding=failed");
    const slotId = moveVisit(app, requestId, 0, Date.now() - 30 * 24 * HOUR);
    expect(textOf(await (await cleaner.get("/aanbieder/bezoeken")).text())).toContain("Bezoeken om af te ronden");
    const done = await cleaner.post("/aanbieder/bezoeken", { intent: "done", id: String(slotId) });
    expect(done.headers.get("location")).toContain("melding=done");
    const again = await cleaner.post("/aanbieder/bezoeken", { intent: "done", id: String(slotId) });
    expect(again.headers.get("location")).toContain("melding=failed");
    const payment = one<{ id: number; amount: number; hht: number; status: string; method: string; n: number }>(
      `SELECT id, amount_cents AS amount, municipality_cents AS hht, status, method,
         (SELECT count(*) FROM payments WHERE slot_id = ?) AS n FROM payments WHERE slot_id = ?`,
      slotId,
      slotId,
    );
    expect(payment).toMatchObject({ status: "open", method: "online", n: 1 });
    expect(payment.hht).toBeGreaterThan(0);
    paymentId = payment.id;
  });

  it("sends the citizen to Stripe Checkout with the server's amount, in euros, Dutch, with an idempotency key", async () => {
    const amount = one<{ a: number }>("SELECT amount_cents AS a FROM payments WHERE id = ?", paymentId).a;
    // A price from the browser is ignored: only the payment id is read.
    const res = await citizen.post(`/mijn/aanvragen/${requestId}`, {
      intent: "pay",
      paymentId: String(paymentId),
      amount: "1",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_\d+$/);
    const sent = stripeApi.requests.at(-1);
    expect(sent?.path).toBe("/v1/checkout/sessions");
    expect(sent?.headers.authorization).toBe("Bearer sk_test_hulpwijzer");
    expect(sent?.headers["idempotency-key"]).toBe(`checkout-${paymentId}-0`);
    const body = sent?.body;
    expect(body?.get("mode")).toBe("payment");
    expect(body?.get("locale")).toBe("nl");
    expect(body?.get("line_items[0][price_data][currency]")).toBe("eur");
    expect(body?.get("line_items[0][price_data][unit_amount]")).toBe(String(amount));
    expect(body?.get("line_items[0][quantity]")).toBe("1");
    expect(
      body?.getAll("allowed_payment_method_types[0]").concat(body?.getAll("allowed_payment_method_types[1]")),
    ).toEqual(["ideal", "card"]);
    expect(body?.get("metadata[paymentId]")).toBe(String(paymentId));
    expect(body?.get("payment_intent_data[metadata][paymentId]")).toBe(String(paymentId));
    expect(body?.get("success_url")).toBe(`${app.baseUrl}/mijn/aanvragen/${requestId}?melding=paid`);
    // A second click returns to the same open session: never two that could both be paid.
    const posts = () => stripeApi.requests.filter((r) => r.method === "POST").length;
    const before = posts();
    const again = await citizen.post(`/mijn/aanvragen/${requestId}`, { intent: "pay", paymentId: String(paymentId) });
    expect(again.headers.get("location")).toBe(res.headers.get("location"));
    expect(posts()).toBe(before);
    // Once that session has expired, the next attempt is a new session with a new key.
    const first = /cs_test_\d+/.exec(res.headers.get("location") ?? "")?.[0] ?? "";
    stripeApi.expire(first);
    const third = await citizen.post(`/mijn/aanvragen/${requestId}`, { intent: "pay", paymentId: String(paymentId) });
    expect(third.headers.get("location")).not.toBe(res.headers.get("location"));
    expect(stripeApi.requests.at(-1)?.headers["idempotency-key"]).toBe(`checkout-${paymentId}-1`);
    // Someone else's payment cannot be started.
    const other = new Client(app.baseUrl);
    await other.login(DEMO.consultant);
    expect(
      (await other.post(`/mijn/aanvragen/${requestId}`, { intent: "pay", paymentId: String(paymentId) })).status,
    ).toBe(403);
  });

  it("is marked paid by a signed webhook; a wrong signature is refused and a replay changes nothing", async () => {
    const amount = one<{ a: number }>("SELECT amount_cents AS a FROM payments WHERE id = ?", paymentId).a;
    const completed = event("checkout.session.completed", {
      id: "cs_test_1",
      object: "checkout.session",
      payment_status: "paid",
      payment_intent: "pi_test_1",
      amount_total: amount,
      currency: "eur",
      metadata: { paymentId: String(paymentId) },
    });
    const forged = await webhook(completed, "whsec_wrong");
    expect(forged.status).toBe(400);
    expect(one<{ s: string }>("SELECT status AS s FROM payments WHERE id = ?", paymentId).s).toBe("open");
    const unsigned = await fetch(`${app.baseUrl}/api/webhooks/stripe`, { method: "POST", body: "{}" });
    expect(unsigned.status).toBe(400);

    const ok = await webhook(completed);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ received: true, outcome: "processed" });
    expect(one("SELECT status, stripe_payment_intent_id AS pi FROM payments WHERE id = ?", paymentId)).toEqual({
      status: "paid",
      pi: "pi_test_1",
    });
    const replay = await webhook(completed);
    expect(await replay.json()).toEqual({ received: true, outcome: "duplicate" });
    expect(one<{ n: number }>("SELECT count(*) AS n FROM stripe_events WHERE id = ?", completed.id).n).toBe(1);
    // A late "expired" for the same payment does not reopen it; a full refund does end it.
    await webhook(event("checkout.session.expired", { id: "cs_test_0", metadata: { paymentId: String(paymentId) } }));
    expect(one<{ s: string }>("SELECT status AS s FROM payments WHERE id = ?", paymentId).s).toBe("paid");
    await webhook(
      event("charge.refunded", {
        id: "ch_1",
        object: "charge",
        payment_intent: "pi_test_1",
        amount,
        amount_refunded: amount,
        currency: "eur",
        refunded: true,
      }),
    );
    expect(one<{ s: string }>("SELECT status AS s FROM payments WHERE id = ?", paymentId).s).toBe("refunded");
    expect(textOf(await (await citizen.get(`/mijn/aanvragen/${requestId}`)).text())).toContain("terugbetaald");
  });
});

describe("events out of order", () => {
  it("applies a refund that arrives before the payment it refunds", async () => {
    const client = await newCitizen(app, "order@example.nl", "Meneer Volgorde");
    const requestId = await bookCleaner(client);
    const slotId = moveVisit(app, requestId, 0, Date.now() - 20 * 24 * HOUR);
    await client.post(`/mijn/aanvragen/${requestId}`, { intent: "visit-done", slotId: String(slotId) });
    const { id: paymentId, amount } = one<{ id: number; amount: number }>(
      "SELECT id, amount_cents AS amount FROM payments WHERE slot_id = ?",
      slotId,
    );
    // The citizen went to Stripe Checkout (only such a payment can change through Stripe).
    await client.post(`/mijn/aanvragen/${requestId}`, { intent: "pay", paymentId: String(paymentId) });
    const t = Math.floor(Date.now() / 1000);
    // The charge's refund (no payment id on a charge) comes first, then the failed attempt, then the completion.
    const refund = await webhook(
      event(
        "charge.refunded",
        {
          id: "ch_2",
          object: "charge",
          payment_intent: "pi_test_2",
          amount,
          amount_refunded: amount,
          currency: "eur",
          refunded: true,
        },
        t + 30,
      ),
    );
    expect(await refund.json()).toEqual({ received: true, outcome: "processed" });
    expect(one<{ s: string }>("SELECT status AS s FROM payments WHERE id = ?", paymentId).s).toBe("open");
    await webhook(
      event(
        "payment_intent.payment_failed",
        { id: "pi_test_2", object: "payment_intent", metadata: { paymentId: String(paymentId) } },
        t,
      ),
    );
    // The intent is now known as this payment's: the refund waiting for it applies.
    expect(one<{ s: string }>("SELECT status AS s FROM payments WHERE id = ?", paymentId).s).toBe("refunded");
    await webhook(
      event(
        "checkout.session.completed",
        {
          id: "cs_x",
          payment_status: "paid",
          payment_intent: "pi_test_2",
          amount_total: amount,
          currency: "eur",
          metadata: { paymentId: String(paymentId) },
        },
        t + 10,
      ),
    );
    expect(one<{ s: string }>("SELECT status AS s FROM payments WHERE id = ?", paymentId).s).toBe("refunded");
    // Events about something else are recorded once and ignored.
    const other = await webhook(event("customer.created", { id: "cus_1", object: "customer" }));
    expect(await other.json()).toEqual({ received: true, outcome: "ignored" });
  });
});

describe("events that do not match their payment", () => {
  it("settle nothing: a wrong amount or currency, or a payment that never went to Stripe", async () => {
    const client = await newCitizen(app, "bedrag@example.nl", "Mevrouw Bedrag");
    const requestId = await bookCleaner(client);
    const slotId = moveVisit(app, requestId, 0, Date.now() - 20 * 24 * HOUR);
    await client.post(`/mijn/aanvragen/${requestId}`, { intent: "visit-done", slotId: String(slotId) });
    const { id: paymentId, amount } = one<{ id: number; amount: number }>(
      "SELECT id, amount_cents AS amount FROM payments WHERE slot_id = ?",
      slotId,
    );
    const status = () => one<{ s: string }>("SELECT status AS s FROM payments WHERE id = ?", paymentId).s;
    const paid = (object: Record<string, unknown>) =>
      webhook(
        event("checkout.session.completed", {
          id: `cs_m_${eventSeq}`,
          payment_status: "paid",
          payment_intent: `pi_m_${eventSeq}`,
          metadata: { paymentId: String(paymentId) },
          ...object,
        }),
      );
    // Never sent to Checkout (the citizen pays directly or by invoice): Stripe cannot settle it.
    expect((await paid({ amount_total: amount, currency: "eur" })).status).toBe(200);
    expect(status()).toBe("open");
    await client.post(`/mijn/aanvragen/${requestId}`, { intent: "pay", paymentId: String(paymentId) });
    // 1 US cent, or the right number in another currency, or no amount at all: still open.
    await paid({ amount_total: 1, currency: "usd" });
    await paid({ amount_total: amount, currency: "usd" });
    await paid({ amount_total: amount + 1, currency: "eur" });
    await paid({ currency: "eur" });
    expect(status()).toBe("open");
    const refused = one<{ n: number }>(
      "SELECT count(*) AS n FROM audit_events WHERE action = 'stripe.event_refused' AND subject_id = ?",
      String(requestId),
    ).n;
    expect(refused).toBe(5);
    // The right amount in euros settles it.
    await paid({ amount_total: amount, currency: "eur" });
    expect(status()).toBe("paid");
  });
});

describe("cancelling a visit", () => {
  it("is free more than 24 hours ahead, and costs half the citizen's part later", async () => {
    const client = await newCitizen(app, "afzeggen@example.nl", "Mevrouw Afzeg");
    const requestId = await bookCleaner(client);
    const soon = moveVisit(app, requestId, 0, Date.now() + 5 * HOUR + 17_000);
    const later = moveVisit(app, requestId, 1, Date.now() + 72 * HOUR + 13_000);
    const page = textOf(await (await client.get(`/mijn/aanvragen/${requestId}`)).text());
    expect(page).toMatch(/Dit bezoek afzeggen \(kost € [\d.,]+\)/);
    expect(page).toContain("Dit bezoek afzeggen (gratis)");

    expect(
      (
        await client.post(`/mijn/aanvragen/${requestId}`, { intent: "cancel-visit", slotId: String(later) })
      ).headers.get("location"),
    ).toContain("melding=visit_cancelled");
    expect(one<{ n: number }>("SELECT count(*) AS n FROM payments WHERE slot_id = ?", later).n).toBe(0);
    expect(one<{ s: string }>("SELECT status AS s FROM cleaner_slots WHERE id = ?", later).s).toBe("free");

    // A late cancellation is confirmed with its price first: nothing is charged without it.
    const unconfirmed = await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(soon),
    });
    expect(unconfirmed.headers.get("location")).toContain(`afzeggen=${soon}`);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM payments WHERE slot_id = ?", soon).n).toBe(0);
    const confirm = textOf(await (await client.get(`/mijn/aanvragen/${requestId}?afzeggen=${soon}`)).text());
    const quoted = /Ja, afzeggen en € ([\d.,]+) betalen/.exec(confirm)?.[1] ?? "";
    expect(quoted).not.toBe("");
    const quotedCents = Math.round(Number(quoted.replace(/\./g, "").replace(",", ".")) * 100);
    const done = await client.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(soon),
      quoted: String(quotedCents),
    });
    expect(done.headers.get("location")).toContain("melding=visit_cancelled");
    const charge = one<{ kind: string; amount: number; hht: number; rate: number; minutes: number }>(
      `SELECT kind, amount_cents AS amount, municipality_cents AS hht, hourly_rate_cents AS rate, visit_minutes AS minutes
       FROM payments WHERE slot_id = ?`,
      soon,
    );
    const citizenPart = Math.round((charge.minutes * charge.rate) / 60) - Math.round((charge.minutes * 1600) / 60);
    expect(charge).toMatchObject({ kind: "late_cancellation", hht: 0, amount: Math.round(citizenPart / 2) });
    // Someone else's visit cannot be cancelled.
    const stranger = await citizen.post(`/mijn/aanvragen/${requestId}`, {
      intent: "cancel-visit",
      slotId: String(soon),
    });
    expect(stranger.status).toBe(404);
  });
});

describe("the cleaner and the municipality", () => {
  it("lets the cleaner record a direct payment, shows totals, and gives the municipality its HHT statement as CSV", async () => {
    const client = await newCitizen(app, "direct@example.nl", "Meneer Contant");
    const requestId = await bookCleaner(client);
    const bad = await client.post(`/mijn/aanvragen/${requestId}`, { intent: "payment-method", method: "cash" });
    expect(bad.headers.get("location")).toContain("melding=method_failed");
    const set = await client.post(`/mijn/aanvragen/${requestId}`, { intent: "payment-method", method: "direct" });
    expect(set.headers.get("location")).toContain("melding=method_set");
    expect(one<{ m: string }>("SELECT payment_method AS m FROM help_requests WHERE id = ?", requestId).m).toBe(
      "direct",
    );
    const visitAt = Date.now() - 4 * HOUR; // over: a 3-hour visit can be marked
    const slotId = moveVisit(app, requestId, 0, visitAt);
    await cleaner.post("/aanbieder/bezoeken", { intent: "done", id: String(slotId) });
    const payment = one<{ id: number; method: string; amount: number; hht: number }>(
      "SELECT id, method, amount_cents AS amount, municipality_cents AS hht FROM payments WHERE slot_id = ? AND request_id = ? AND kind = 'visit'",
      slotId,
      requestId,
    );
    expect(payment.method).toBe("direct");

    // Another provider's staff cannot mark it received.
    const otherStaff = await loggedIn(app, DEMO.provider);
    await otherStaff.post("/aanbieder/bezoeken", { intent: "received", id: String(payment.id) });
    expect(one<{ s: string }>("SELECT status AS s FROM payments WHERE id = ?", payment.id).s).toBe("open");
    await cleaner.post("/aanbieder/bezoeken", { intent: "received", id: String(payment.id) });
    expect(one<{ s: string }>("SELECT status AS s FROM payments WHERE id = ?", payment.id).s).toBe("paid");

    const month = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit" })
      .format(visitAt)
      .slice(0, 7);
    const page = textOf(await (await cleaner.get(`/aanbieder/bezoeken?maand=${month}`)).text());
    expect(page).toContain("Ontvangen van inwoners");
    expect(page).toContain("Meneer Contant");

    const admin = new Client(app.baseUrl);
    await admin.login(DEMO.admin);
    const html = textOf(await (await admin.get(`/beheer/hht?maand=${month}`)).text());
    expect(html).toContain("Schoonmaakhulp Ans de Vries");
    const csv = await admin.get(`/beheer/hht.csv?maand=${month}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toBe("maand,aanbieder,kvk,bezoeken,uren,hht_euro");
    const expected = app
      .db()
      .prepare(
        `SELECT count(*) AS visits, sum(visit_minutes) AS minutes, sum(municipality_cents) AS hht FROM payments
                  WHERE municipality_code = 'GM0632' AND kind = 'visit' AND municipality_cents > 0 AND provider_id = ?
           AND strftime('%Y-%m', visit_starts_at / 1000, 'unixepoch') = ?`,
      )
      .get(ans, month) as { visits: number; minutes: number; hht: number };
    const row = lines.find((l) => l.includes("Schoonmaakhulp Ans de Vries"))?.split(",");
    expect(row?.[3]).toBe(String(expected.visits));
    expect(Number(row?.[4])).toBe(Math.round((expected.minutes / 60) * 100) / 100);
    expect(Number(row?.[5])).toBe(expected.hht / 100);
    // The Dutch Excel flavour: the same cells with a BOM, semicolons and decimal commas.
    const bytes = new Uint8Array(await (await admin.get(`/beheer/hht.csv?maand=${month}&formaat=excel`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const excel = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const excelRow = excel
      .slice(1)
      .trim()
      .split("\r\n")
      .find((l) => l.includes("Schoonmaakhulp Ans de Vries"))
      ?.split(";");
    expect(excelRow?.map((c) => (/^\d+,\d+$/.test(c) ? c.replace(",", ".") : c))).toEqual(row);
    expect((await admin.get("/beheer/hht.csv?maand=2026-13")).status).toBe(400);
    // Groningen's admin sees none of Woerden's subsidy.
    const groningen = new Client(app.baseUrl);
    await groningen.login(DEMO.adminGroningen);
    expect(await (await groningen.get(`/beheer/hht.csv?maand=${month}`)).text()).not.toContain("Ans de Vries");
  });
});

describe("a monthly invoice chosen by the consultant", () => {
  it("collects the visits of a month on the citizen's overview", async () => {
    const client = await newCitizen(app, "factuur@example.nl", "Mevrouw Factuur");
    const requestId = await bookCleaner(client);
    // She asks for a talk: the consultant sees her case, with the booking on it.
    const caseId = caseOf(app, await requestThroughForm(client, "consultation"));
    const consultant = new Client(app.baseUrl);
    await consultant.login(DEMO.consultant);
    const set = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "paymentMethod",
      requestId: String(requestId),
      method: "invoice",
    });
    expect(set.headers.get("location")).toContain("melding=saved");
    expect(one<{ m: string }>("SELECT payment_method AS m FROM help_requests WHERE id = ?", requestId).m).toBe(
      "invoice",
    );
    // Not for a request that is not on this case.
    const elsewhere = await consultant.post(`/consulent/zaken/${caseId}`, {
      intent: "paymentMethod",
      requestId: "1",
      method: "direct",
    });
    expect(elsewhere.headers.get("location")).toContain("melding=failed");

    const slotId = moveVisit(app, requestId, 0, Date.now() - 4 * HOUR);
    await cleaner.post("/aanbieder/bezoeken", { intent: "done", id: String(slotId) });
    const amount = one<{ a: number }>(
      "SELECT amount_cents AS a FROM payments WHERE request_id = ? AND kind = 'visit'",
      requestId,
    ).a;
    const page = textOf(await (await client.get("/mijn")).text());
    expect(page).toContain("Maandfacturen");
    const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" })
      .format(amount / 100)
      .replace(/\s/g, " ");
    expect(page).toContain(euro);
  });
});

describe("without Stripe keys", () => {
  it("runs in 'pay the cleaner directly' mode and has no webhook", async () => {
    const plain = await startApp();
    try {
      const res = await fetch(`${plain.baseUrl}/api/webhooks/stripe`, { method: "POST", body: "{}" });
      expect(res.status).toBe(404);
      const client = new Client(plain.baseUrl);
      await client.login(DEMO.citizen);
      const offer = providerId(plain, "Schoonmaakhulp Ans de Vries");
      const page = textOf(await (await client.get(`/hulp/aanvragen?offer=cleaner:${offer}&${helpQuery()}`)).text());
      expect(page).toContain("Online betalen staat uit. U betaalt de schoonmaakhulp rechtstreeks");
    } finally {
      await plain.stop();
    }
  });
});
