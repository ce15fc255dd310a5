// A tiny HTTP client with a cookie jar, so tests act like one browser without JavaScript.
import type { Role } from "~db/enums";
import { DEMO_PASSWORD, DEMO_USERS } from "~db/seed";

export { DEMO_PASSWORD };

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

  async login(email: string, password = DEMO_PASSWORD): Promise<Response> {
    const res = await this.post("/inloggen", { email, password });
    if (res.status !== 302) throw new Error(`login as ${email} failed with ${res.status}`);
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
