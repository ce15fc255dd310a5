// Paying a visit online: Stripe Checkout for an open payment, one live session per payment.
import { clock } from "~/clock.server";
import { amsterdamDay } from "~/domain/policy";
import { findPayableOnline, recordCheckoutSession } from "~/models/payments.server";
import { checkoutSessionState, createCheckoutSession, onlinePaymentsEnabled } from "./stripe.server";

export type CheckoutResult = { ok: true; url: string } | { ok: false; error: "not_found" | "unavailable" | "stripe" };

/**
 * Starts Stripe Checkout for an open online payment of this citizen, or returns to the session
 * already open for it (one payment, one live session: never two that could both be paid). The
 * amount comes from the payment row, computed on the server.
 */
export async function startCheckout(
  citizenUserId: number,
  paymentId: number,
  origin: string,
  locale: "nl" | "en",
): Promise<CheckoutResult> {
  if (!onlinePaymentsEnabled()) return { ok: false, error: "unavailable" };
  const payment = findPayableOnline({ citizenUserId }, paymentId);
  if (!payment) return { ok: false, error: "not_found" };
  try {
    if (payment.sessionId) {
      const existing = await checkoutSessionState(payment.sessionId);
      if (existing.status === "open" && existing.url) return { ok: true, url: existing.url };
      // A session that is complete is being settled by its webhook: no second one.
      if (existing.status === "complete") return { ok: false, error: "not_found" };
    }
    const day = amsterdamDay(new Date(payment.visitStartsAt));
    const description =
      payment.kind === "late_cancellation"
        ? `Afgezegd bezoek ${day} – ${payment.providerName}`
        : `Schoonmaakbezoek ${day} – ${payment.providerName}`;
    const back = `${origin}/mijn/aanvragen/${payment.requestId}`;
    const session = await createCheckoutSession({
      payment,
      description,
      locale,
      successUrl: `${back}?melding=paid`,
      cancelUrl: `${back}?melding=payment_cancelled`,
    });
    // Read after Stripe answered: the time the session was recorded.
    recordCheckoutSession(payment, session.id, clock.now());
    if (!session.url) return { ok: false, error: "stripe" };
    return { ok: true, url: session.url };
  } catch (error) {
    console.error("stripe checkout failed", error instanceof Error ? error.message : error);
    return { ok: false, error: "stripe" };
  }
}
