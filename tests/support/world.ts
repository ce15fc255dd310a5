// Arranging people and their requests for the cross-cutting tests (fuzz, access matrix):
// accounts are inserted with the demo password hash, requests go through the real API.
import { amsterdamDay } from "~/domain/policy";
import type { AppServer } from "./app-server";
import { Client, DEMO } from "./client";

export const WOERDEN = "GM0632";
export const GRONINGEN = "GM0014";

/** A help request in Woerden (3441) of someone who can use every kind of help. */
export const WOERDEN_HELP = {
  postcode: "3441AB",
  birthYear: 1946,
  household: "single",
  needs: ["cleaning"],
  mobility: ["stairs"],
  network: "none",
} as const;

export function one<T>(app: AppServer, sql: string, ...params: unknown[]): T {
  return app
    .db()
    .prepare(sql)
    .get(...params) as T;
}

export function providerId(app: AppServer, name: string): number {
  return one<{ id: number }>(app, "SELECT id FROM providers WHERE name = ?", name).id;
}

/** An account with the demo password; staff are tied to a provider or a municipality. */
export function addUser(
  app: AppServer,
  email: string,
  role: "citizen" | "provider_staff" | "consultant" | "admin",
  scope: { providerId?: number; municipalityCode?: string } = {},
): void {
  app
    .db()
    .prepare(
      `INSERT INTO users (email, name, password_hash, role, provider_id, municipality_code)
       SELECT ?, ?, password_hash, ?, ?, ? FROM users WHERE email = ?`,
    )
    .run(email, email.split("@")[0], role, scope.providerId ?? null, scope.municipalityCode ?? null, DEMO.citizen);
}

export async function loggedIn(app: AppServer, email: string): Promise<Client> {
  const client = new Client(app.baseUrl);
  await client.login(email);
  return client;
}

type OptionsAnswer = { options: { kind: string; offerId: string; eligible: boolean; slots: { slotId: number }[] }[] };

/** Requests the first eligible option of a kind over the API; returns the request id. */
export async function requestKind(
  client: Client,
  kind: "zin" | "private_cleaner" | "powerful_ageing" | "pgb_informal",
  help: Record<string, unknown> = WOERDEN_HELP,
): Promise<number> {
  const query = new URLSearchParams(
    Object.entries(help).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : String(v)]),
  );
  const answer = (await (await client.get(`/api/v1/options?${query}`)).json()) as OptionsAnswer;
  const option = answer.options.find((o) => o.kind === kind && o.eligible);
  if (!option) throw new Error(`no eligible ${kind} option`);
  const res = await client.request("/api/v1/requests", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ offerId: option.offerId, slotId: option.slots[0]?.slotId, helpRequest: help }),
  });
  if (res.status !== 201) throw new Error(`requesting ${kind} failed with ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: number }).id;
}

/** A cleaner's slot held and then confirmed as a weekly booking; returns the request id. */
export async function bookCleaner(client: Client): Promise<number> {
  const id = await requestKind(client, "private_cleaner");
  const res = await client.post(`/mijn/aanvragen/${id}`, { intent: "confirm" });
  if (!res.headers.get("location")?.includes("melding=confirmed")) throw new Error("confirming the booking failed");
  return id;
}

/** A consultant grants ZIN at Thuiszorg Groene Hart on a case (consent first): an indication and a referral. */
export async function indicateZin(
  app: AppServer,
  consultant: Client,
  caseId: number,
): Promise<{ indication: number; referral: number }> {
  const path = `/consulent/zaken/${caseId}`;
  await consultant.post(path, { intent: "consent", shareIntake: "on", phone: "", preferences: "" });
  const decided = await consultant.post(path, {
    intent: "decide",
    offerId: `zin:${providerId(app, "Thuiszorg Groene Hart")}`,
    reason: "zin_needed_complex",
    hours: "2,5",
    startDate: amsterdamDay(new Date()),
    months: "3",
  });
  if (!decided.headers.get("location")?.includes("melding=indicated")) throw new Error("indicating ZIN failed");
  const indication = one<{ id: number }>(app, "SELECT id FROM indications WHERE case_id = ?", caseId).id;
  const referral = one<{ id: number }>(app, "SELECT id FROM referrals WHERE indication_id = ?", indication).id;
  return { indication, referral };
}

/** The case a citizen's request belongs to. */
export function caseOf(app: AppServer, requestId: number): number {
  return one<{ id: number }>(app, "SELECT case_id AS id FROM help_requests WHERE id = ?", requestId).id;
}
