// Providers and their API keys; the demo's municipalities.
import { GRONINGEN } from "~db/seed";
import type { Client } from "../client";

/** The demo's home municipality (its consultant and admin work there) and its second one. */
export const WOERDEN = "GM0632";
export { GRONINGEN };

/** An API key made by a provider's member of staff on /aanbieder/api-sleutels, as shown once. */
export async function createApiKey(staff: Client, name = "test"): Promise<string> {
  const res = await staff.post("/aanbieder/api-sleutels", { name });
  const key = /data-testid="new-api-key"[^>]*>([^<]+)</.exec(await res.text())?.[1];
  if (res.status !== 200 || !key) throw new Error(`making an API key failed with ${res.status}`);
  return key;
}
