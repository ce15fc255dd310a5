// A tiny HTTP client with a cookie jar, so tests act like one browser without JavaScript.
import { totpCodeAt, totpStep } from "~/auth/totp.server";
import type { Role } from "~db/enums";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from "~db/seed";
import { databaseAt } from "./app-server";

export { DEMO_PASSWORD, DEMO_TOTP_SECRET };

/**
 * The code a staff account's app would show now (ADR 025). The secret is read from the test's
 * database (the factories and the demo give staff DEMO_TOTP_SECRET). A code is accepted once per
 * half minute; tests log one account in many times within one, so the helper clears the account's
 * last used step first, standing in for the wait (as sessionEndsAt stands in for hours).
 */
export function currentCode(baseUrl: string, email: string): string {
  const db = databaseAt(baseUrl);
  const row = db?.prepare("SELECT totp_secret AS secret FROM users WHERE email = ?").get(email) as
    | { secret: string | null }
    | undefined;
  db?.prepare("UPDATE users SET totp_last_step = NULL WHERE email = ?").run(email);
  return totpCodeAt(row?.secret ?? DEMO_TOTP_SECRET, totpStep());
}

/** The secret an enrolment page shows to type into an app (the form never sends it back, ADR 032). */
export function proposedSecret(html: string): string {
  const shown = /data-testid="totp-secret"[^>]*>([A-Z2-7 ]+)</.exec(html)?.[1]?.replace(/ /g, "");
  if (!shown || !/^[A-Z2-7]{32}$/.test(shown)) throw new Error("the enrolment page shows no secret");
  return shown;
}

export class Client {
  readonly cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0 && !headers.has("Cookie")) headers.set("Cookie", this.cookieHeader());
    const res = await fetch(this.baseUrl + path, { redirect: "manual", ...init, headers });
    this.remember(res);
    return res;
  }

  get(path: string, init: RequestInit = {}) {
    return this.request(path, init);
  }

  /** A plain HTML form post, as a browser without JavaScript sends it. */
  post(path: string, fields: Record<string, string>, init: RequestInit = {}) {
    return this.request(path, {
      ...init,
      method: "POST",
      body: new URLSearchParams(fields),
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        ...Object.fromEntries(new Headers(init.headers)),
      },
    });
  }

  /** Logs in as a person would, with the second factor when the account has or needs one. */
  async login(email: string, password = DEMO_PASSWORD): Promise<Response> {
    const res = await this.post("/inloggen", { email, password });
    if (res.status !== 302) throw new Error(`login as ${email} failed with ${res.status}`);
    return this.completeSecondFactor(res, email);
  }

  /**
   * After a right password: gives the code (the answer is the session's redirect), or sets TOTP up
   * on the enrolment page (the answer shows the recovery codes, and the session has started).
   * Any other answer is returned as it is. `init` (a User-Agent) goes with each step.
   */
  async completeSecondFactor(res: Response, email: string, init: RequestInit = {}): Promise<Response> {
    const location = res.headers.get("location");
    if (location === "/inloggen/code") {
      const done = await this.post("/inloggen/code", { code: currentCode(this.baseUrl, email) }, init);
      if (done.status !== 302) throw new Error(`the code for ${email} was refused with ${done.status}`);
      return done;
    }
    if (location === "/inloggen/instellen") {
      const secret = proposedSecret(await (await this.get("/inloggen/instellen", init)).text());
      const done = await this.post("/inloggen/instellen", { code: totpCodeAt(secret, totpStep()) }, init);
      if (done.status !== 200) throw new Error(`enrolling ${email} failed with ${done.status}`);
      return done;
    }
    return res;
  }
}

/** The demo seed's account with this role, for a municipality or a provider (by its seed key). */
function demoEmail(role: Role, scope?: string): string {
  const user = DEMO_USERS.find((u) => u.role === role && (u.municipalityCode ?? u.providerKey) === scope);
  if (!user) throw new Error(`the demo seed has no ${role} for ${scope ?? "nobody"}`);
  return user.email;
}

/** The demo accounts, all with DEMO_PASSWORD. */
export const DEMO = {
  citizen: demoEmail("citizen"),
  provider: demoEmail("provider_staff", "groene-hart"), // Thuiszorg Groene Hart
  cleaner: demoEmail("provider_staff", "ans-de-vries"), // Schoonmaakhulp Ans de Vries
  physio: demoEmail("provider_staff", "fysio-paddepoel"), // Fysiotherapie Paddepoel (Groningen)
  mediator: demoEmail("provider_staff", "informele-zorg-noord"), // Informele Zorg Noord (Groningen)
  consultant: demoEmail("consultant", "GM0632"),
  admin: demoEmail("admin", "GM0632"),
  consultantGroningen: demoEmail("consultant", "GM0014"),
  adminGroningen: demoEmail("admin", "GM0014"),
} as const;

/** Visible text of an HTML page, tags stripped, whitespace folded: for asserting on what a user reads. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");
}

/** Every kind of white space one space: for sentences broken over lines or joined by no-break spaces. */
export const spaced = (s: string) => s.replace(/\s+/g, " ");

/** The HTML entities the app's pages and mails write, decoded as a reader sees them. */
export const decoded = (s: string) =>
  s
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
