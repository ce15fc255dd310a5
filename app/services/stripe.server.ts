// Stripe, when configured: STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET from the environment.
// Without them the app runs in "pay the cleaner directly" mode. STRIPE_API_BASE points the
// client at another API address (tests use a local stand-in; there is no internet there).
import Stripe from "stripe";

export type StripeSetup = { client: Stripe; webhookSecret: string };

let cached: { key: string; setup: StripeSetup | null } | undefined;

export function stripeSetup(): StripeSetup | null {
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
