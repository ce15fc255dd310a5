// People: citizens sign up through the app; staff and session times are set in the database.
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { sessions, users } from "~db/schema";
import type { AppServer } from "../app-server";
import { Client, DEMO, DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../client";
import { orm, providerId } from "./db";

/** A citizen who signs up at /registreren (the demo password unless told otherwise) and then logs in. */
export async function newCitizen(
  app: AppServer,
  email: string,
  name = email.split("@")[0] ?? email,
  password = DEMO_PASSWORD,
): Promise<Client> {
  const client = new Client(app.baseUrl);
  const res = await client.post("/registreren", { name, email, password });
  // Registering ends on the same page whether or not the email was known (ADR 017): log in next.
  if (res.status !== 200) throw new Error(`registering ${email} failed with ${res.status}`);
  await client.login(email, password);
  return client;
}

/** `count` citizens, `${prefix}-0@example.nl` and on, each logged in. */
export async function newCitizens(app: AppServer, prefix: string, count: number): Promise<Client[]> {
  const clients: Client[] = [];
  for (let i = 0; i < count; i++) clients.push(await newCitizen(app, `${prefix}-${i}@example.nl`, `${prefix} ${i}`));
  return clients;
}

/** The demo password's hash (the demo citizen's), for accounts made in the database. */
function demoPasswordHash(app: AppServer): string {
  const demo = orm(app).select({ hash: users.passwordHash }).from(users).where(eq(users.email, DEMO.citizen)).get();
  if (!demo) throw new Error("the demo citizen is missing");
  return demo.hash;
}

/** Staff made here have TOTP set up with the demo's secret; the login helper gives its code (client.ts). */
const staffSecondFactor = () => ({ totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: new Date() });

/** Staff of any provider with the demo password, in the database (the app: only a serving municipality's admin). */
export function addStaff(app: AppServer, email: string, provider: string, name = "Medewerker"): number {
  const db = orm(app);
  const hash = demoPasswordHash(app);
  return db
    .insert(users)
    .values({
      email,
      name,
      passwordHash: hash,
      role: "provider_staff",
      providerId: providerId(app, provider),
      ...staffSecondFactor(),
    })
    .returning({ id: users.id })
    .get().id;
}

/** A new browser in which this account has logged in with the demo password. */
export async function loggedIn(app: AppServer, email: string): Promise<Client> {
  const client = new Client(app.baseUrl);
  await client.login(email);
  return client;
}

/** Moves the end of a client's session (the app only ever extends it); returns the session's id. */
export function sessionEndsAt(app: AppServer, client: Client, expiresAt: number): string {
  const id = createHash("sha256")
    .update(client.cookies.get("hw_session") ?? "")
    .digest("hex");
  orm(app)
    .update(sessions)
    .set({ expiresAt: new Date(expiresAt) })
    .where(eq(sessions.id, id))
    .run();
  return id;
}

/** A consultant or admin of any municipality with the demo password, in the database (the app: only that municipality's admin). */
export function addMunicipalityStaff(
  app: AppServer,
  email: string,
  role: "consultant" | "admin",
  municipalityCode: string,
  name = "Medewerker",
): number {
  const db = orm(app);
  const hash = demoPasswordHash(app);
  return db
    .insert(users)
    .values({ email, name, passwordHash: hash, role, municipalityCode, ...staffSecondFactor() })
    .returning({ id: users.id })
    .get().id;
}
