// A tiny HTTP client with a cookie jar, so tests act like one browser without JavaScript.
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

  async login(email: string, password = "hulpwijzer-demo"): Promise<Response> {
    const res = await this.post("/inloggen", { email, password });
    if (res.status !== 302) throw new Error(`login as ${email} failed with ${res.status}`);
    return res;
  }
}

export const DEMO = {
  citizen: "inwoner@demo.hulpwijzer.nl",
  provider: "aanbieder@demo.hulpwijzer.nl",
  consultant: "consulent@demo.hulpwijzer.nl",
  admin: "beheer@demo.hulpwijzer.nl",
  consultantGroningen: "consulent.groningen@demo.hulpwijzer.nl",
  adminGroningen: "beheer.groningen@demo.hulpwijzer.nl",
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
