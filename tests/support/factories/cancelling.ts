// Cancelling as a citizen does it: open the confirmation, read what it costs, confirm that amount.
import type { Client } from "../client";
import { textOf } from "../client";

/** The amount (cents) the request page's cancel confirmation asks for: 0 when cancelling is free. */
export async function cancelQuote(client: Client, requestId: number): Promise<number> {
  const page = textOf(await (await client.get(`/mijn/aanvragen/${requestId}?annuleren=1`)).text());
  const amount = /Ja, annuleren en € ([\d.,]+) betalen/.exec(page)?.[1];
  return amount ? Math.round(Number(amount.replace(/\./g, "").replace(",", ".")) * 100) : 0;
}

/** Cancels a request through its confirmation, at the price it shows; returns the response. */
export async function cancelThroughConfirmation(client: Client, requestId: number): Promise<Response> {
  const quoted = await cancelQuote(client, requestId);
  return client.post(`/mijn/aanvragen/${requestId}`, { intent: "cancel", quoted: String(quoted) });
}
