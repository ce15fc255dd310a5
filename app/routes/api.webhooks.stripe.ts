// POST /api/webhooks/stripe: Stripe's payment events. The signature is checked on the raw body;
// each event id is processed once (a replay is answered 200 and changes nothing).
import type { ActionFunctionArgs } from "@remix-run/node";
import { onlinePaymentsEnabled, verifyWebhook } from "~/services/payments/stripe.server";
import { applyStripeEvent } from "~/services/payments/webhook-events.server";
import { apiError, apiRoute, json, readText } from "~/utils/api.server";

async function receiveEvent({ request }: ActionFunctionArgs) {
  if (!onlinePaymentsEnabled()) return apiError(404, "not_configured", "Online betalen staat uit.");
  const signature = request.headers.get("stripe-signature");
  if (!signature) return apiError(400, "no_signature", "De handtekening (Stripe-Signature) ontbreekt.");
  const body = await readText(request, 512 * 1024);
  if (!body.ok) return body.response;
  const verified = verifyWebhook(body.text, signature);
  if (!verified.ok)
    return verified.error === "not_configured"
      ? apiError(404, "not_configured", "Online betalen staat uit.")
      : apiError(400, "bad_signature", "De handtekening klopt niet.");
  const outcome = applyStripeEvent(verified.event);
  if (outcome === "malformed")
    return apiError(400, "bad_event", "Dit bericht heeft niet de vorm van een Stripe-event.");
  return json({ received: true, outcome });
}

const route = apiRoute({ POST: receiveEvent });
export const loader = route.loader;
export const action = route.action;
