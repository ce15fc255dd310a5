// POST /api/webhooks/stripe: Stripe's payment events. The signature is checked on the raw body;
// each event id is processed once (a replay is answered 200 and changes nothing).
import type { ActionFunctionArgs } from "@remix-run/node";
import { applyStripeEvent } from "~/services/payments.server";
import { stripeSetup } from "~/services/stripe.server";
import { apiError, json, readText } from "~/utils/api.server";

export async function loader() {
  return apiError(405, "method_not_allowed", "Gebruik POST.", { Allow: "POST" });
}

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return apiError(405, "method_not_allowed", "Gebruik POST.", { Allow: "POST" });
  const setup = stripeSetup();
  if (!setup) return apiError(404, "not_configured", "Online betalen staat uit.");
  const signature = request.headers.get("stripe-signature");
  if (!signature) return apiError(400, "no_signature", "De handtekening (Stripe-Signature) ontbreekt.");
  const body = await readText(request, 512 * 1024);
  if (!body.ok) return body.response;
  let event: unknown;
  try {
    event = setup.client.webhooks.constructEvent(body.text, signature, setup.webhookSecret);
  } catch {
    return apiError(400, "bad_signature", "De handtekening klopt niet.");
  }
  const outcome = applyStripeEvent(event);
  if (outcome === "malformed")
    return apiError(400, "bad_event", "Dit bericht heeft niet de vorm van een Stripe-event.");
  return json({ received: true, outcome });
}
