// Stripe, when configured: STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET from the environment.
// Without them the app runs in "pay the cleaner directly" mode. STRIPE_API_BASE points the
// client at another API address (tests use a local stand-in; there is no internet there).
// The only module that imports `stripe` and knows its API: Checkout sessions, webhook
// signatures, and what Stripe's events mean for one of our payments.
import Stripe from "stripe";
import { z } from "zod";
import type { PaymentChange } from "~/domain/payments";

type StripeSetup = { client: Stripe; webhookSecret: string };

let cached: { key: string; setup: StripeSetup | null } | undefined;

function stripeSetup(): StripeSetup | null {
  const secretKey = process.env.STRIPE_SECRET_KEY?.trim() ?? "";
  const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET?.trim() ?? "";
  const base = process.env.STRIPE_API_BASE?.trim() ?? "";
  const key = `${secretKey}|${webhookSecret}|${base}`;
  if (cached?.key === key) return cached.setup;
  let setup: StripeSetup | null = null;
  if (secretKey && webhookSecret) {
    const url = base ? new URL(base) : null;
    const client = new Stripe(secretKey, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      telemetry: false,
      ...(url
        ? {
            host: url.hostname,
            port: url.port || (url.protocol === "http:" ? 80 : 443),
            protocol: url.protocol === "http:" ? "http" : "https",
          }
        : {}),
    });
    setup = { client, webhookSecret };
  }
  cached = { key, setup };
  return setup;
}

export function onlinePaymentsEnabled(): boolean {
  return stripeSetup() !== null;
}

function client(): Stripe {
  const setup = stripeSetup();
  if (!setup) throw new Error("Stripe is not configured");
  return setup.client;
}

// ── Checkout ────────────────────────────────────────────────────────────────────────────────
export type CheckoutSessionState = { status: string | null; url: string | null };

/** Where a Checkout session stands (Stripe lets the customer retry a failed card in an open one). */
export async function checkoutSessionState(sessionId: string): Promise<CheckoutSessionState> {
  const session = await client().checkout.sessions.retrieve(sessionId);
  return { status: session.status, url: session.url };
}

export type CheckoutRequest = {
  payment: { id: number; requestId: number; amountCents: number; currency: string; attempt: number };
  /** The line the citizen sees on Stripe's page. */
  description: string;
  locale: "nl" | "en";
  successUrl: string;
  cancelUrl: string;
};

/** A Checkout session for one payment by iDEAL or card, with the payment's id on it and its intent. */
export async function createCheckoutSession(request: CheckoutRequest): Promise<{ id: string; url: string | null }> {
  const { payment } = request;
  const session = await client().checkout.sessions.create(
    {
      mode: "payment",
      allowed_payment_method_types: ["ideal", "card"],
      locale: request.locale,
      client_reference_id: String(payment.id),
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: payment.currency,
            unit_amount: payment.amountCents,
            product_data: { name: request.description },
          },
        },
      ],
      metadata: { paymentId: String(payment.id), requestId: String(payment.requestId) },
      payment_intent_data: { metadata: { paymentId: String(payment.id) } },
      success_url: request.successUrl,
      cancel_url: request.cancelUrl,
    },
    // One key per attempt: a double click is the same session; the next attempt a new one.
    { idempotencyKey: `checkout-${payment.id}-${payment.attempt}` },
  );
  return { id: session.id, url: session.url };
}

// ── Webhooks ────────────────────────────────────────────────────────────────────────────────
export type VerifiedWebhook = { ok: true; event: unknown } | { ok: false; error: "not_configured" | "bad_signature" };

/** Checks the Stripe-Signature header against the raw body (and its timestamp's age). */
export function verifyWebhook(payload: string, signature: string): VerifiedWebhook {
  const setup = stripeSetup();
  if (!setup) return { ok: false, error: "not_configured" };
  try {
    return { ok: true, event: setup.client.webhooks.constructEvent(payload, signature, setup.webhookSecret) };
  } catch {
    return { ok: false, error: "bad_signature" };
  }
}

/** A Stripe event as our payments understand it. */
export type StripeNotice = {
  id: string;
  /** Stripe's event type, kept as the record of what came in. */
  type: string;
  /** The event's own time, in epoch milliseconds. */
  at: number;
  intentId: string | null;
  /** The object's id: for a Checkout event, the session. */
  objectId: string | null;
  /** The payment id in the metadata, when it is one (not yet checked to exist). */
  paymentId: number | null;
  /** What it does to the payment; null when it changes nothing. */
  change: PaymentChange | null;
  /** The amount the event is about (a session's total, a charge's or intent's amount), in cents. */
  amountCents: number | null;
  /** Its currency, lower case as Stripe writes it. */
  currency: string | null;
};

// Seconds up to the last moment a JavaScript Date can hold; nothing later is a real event.
const MAX_CREATED = 8_640_000_000_000;

const eventSchema = z.object({
  id: z.string().min(1).max(255),
  type: z.string().min(1).max(255),
  created: z.number().int().nonnegative().max(MAX_CREATED),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});

type StripeObject = Record<string, unknown>;

const str = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : null);

function intentOf(type: string, o: StripeObject): string | null {
  if (type.startsWith("payment_intent.")) return str(o.id);
  const intent = o.payment_intent;
  if (typeof intent === "object" && intent !== null && "id" in intent) return str(intent.id);
  return str(intent);
}

function amountOf(o: StripeObject): number | null {
  const amount = o.amount_total ?? o.amount;
  return typeof amount === "number" && Number.isSafeInteger(amount) ? amount : null;
}

function paymentIdOf(o: StripeObject): number | null {
  const metadata = o.metadata;
  const raw = typeof metadata === "object" && metadata !== null && "paymentId" in metadata ? metadata.paymentId : null;
  const id = Number(str(raw));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** The change an event type stands for, once the event was found to change a payment. */
export function changeOfEventType(type: string): PaymentChange | null {
  switch (type) {
    case "checkout.session.completed":
      return "paid";
    case "checkout.session.expired":
      return "expired";
    case "payment_intent.payment_failed":
      return "failed";
    case "charge.refunded":
      return "refunded";
    default:
      return null;
  }
}

/** Whether an event moves a payment: a paid checkout, an expired one, a failure, a full refund. */
function changesPayment(type: string, o: StripeObject): boolean {
  switch (type) {
    case "checkout.session.completed":
      return o.payment_status === "paid";
    case "checkout.session.expired":
    case "payment_intent.payment_failed":
      return true;
    case "charge.refunded":
      // Only a full refund ends a payment.
      return (
        o.refunded === true ||
        (typeof o.amount === "number" && typeof o.amount_refunded === "number" && o.amount_refunded >= o.amount)
      );
    default:
      return false;
  }
}

/** A verified event in our terms, or null when it does not have the shape of a Stripe event. */
export function readStripeEvent(raw: unknown): StripeNotice | null {
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { id, type, created, data } = parsed.data;
  const o = data.object;
  return {
    id,
    type,
    at: created * 1000,
    intentId: intentOf(type, o),
    objectId: str(o.id),
    paymentId: paymentIdOf(o),
    change: changesPayment(type, o) ? changeOfEventType(type) : null,
    amountCents: amountOf(o),
    currency: str(o.currency)?.toLowerCase() ?? null,
  };
}
