// Providers that applied through /aanbieder/aanmelden and wait for vetting, as a real one would.
import type { AppServer } from "../app-server";
import { providerId } from "./db";

/** A private cleaner's application (Woerden), with the details its kind needs; override any field. */
export function cleanerApplication(name: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    kind: "private_cleaner",
    name,
    kvkNumber: "8765 4321",
    contactName: "Sevda Yilmaz",
    contactEmail: "sevda@example.nl",
    contactPhone: "06 1234 5678",
    serves: "GM0632",
    languages: "nl",
    homePostcode: "3441 AB",
    maxTravelKm: "15",
    hourlyRate: "26,50",
    acceptsHht: "yes",
    ...overrides,
  };
}

/** Posts an application (repeat a field with `extra`) and answers the new provider's id. */
export async function applyAsProvider(
  app: AppServer,
  fields: Record<string, string>,
  extra: [string, string][] = [],
): Promise<number> {
  const body = new URLSearchParams(fields);
  for (const [name, value] of extra) body.append(name, value);
  const res = await fetch(`${app.baseUrl}/aanbieder/aanmelden`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  if (res.status !== 302) throw new Error(`the application of ${fields.name} failed with ${res.status}`);
  return providerId(app, fields.name ?? "");
}
