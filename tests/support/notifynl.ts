// A local stand-in for NotifyNL's API (the GOV.UK Notify API, which cannot run here): it checks
// each request's token as NotifyNL does (HS256 signed with the API key's secret, iss = the service
// id) and records the e-mails and SMS it was asked to send.
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { NOTIFYNL_VARIABLES } from "~/services/notifications/transport.server";

export type NotifyCall = {
  type: "email" | "sms";
  templateId: string;
  to: string;
  personalisation: Record<string, string>;
  reference: string | undefined;
};

export type NotifyNlStandIn = {
  baseUrl: string;
  serviceId: string;
  /** An API key as NotifyNL hands them out: name-serviceid-secret. */
  apiKey: string;
  /** Requests sent with a valid token and accepted. */
  sent: NotifyCall[];
  /** Every request's outcome, in order: "201 email", "500 sms", "403 …". */
  log: string[];
  /** The next `times` sends answer 500 (NotifyNL down). */
  failNext: (times: number) => void;
  /** Refuse (true) or take again (false) every SMS with a 400, as NotifyNL refuses a number it cannot text. */
  refuseSms: (on: boolean) => void;
  stop: () => Promise<void>;
};

/** Points this process (in-process tests) at the stand-in, with SMS, and not at any SMTP server. */
export function useNotifyNl(standIn: NotifyNlStandIn, templates: { email: string; sms: string }): void {
  delete process.env.SMTP_URL;
  process.env.NOTIFYNL_BASE_URL = standIn.baseUrl;
  process.env.NOTIFYNL_API_KEY = standIn.apiKey;
  process.env.NOTIFYNL_EMAIL_TEMPLATE_ID = templates.email;
  process.env.NOTIFYNL_SMS_TEMPLATE_ID = templates.sms;
}

/** Undoes useNotifyNl. */
export function forgetNotifyNl(): void {
  for (const name of NOTIFYNL_VARIABLES) delete process.env[name];
}

const b64url = (buf: Buffer) => buf.toString("base64url");

function tokenProblem(header: string | undefined, serviceId: string, secret: string): string | null {
  const token = header?.startsWith("Bearer ") ? header.slice(7) : null;
  if (!token) return "no bearer token";
  const [h, p, signature] = token.split(".");
  if (!h || !p || !signature) return "not a JWT";
  const head = JSON.parse(Buffer.from(h, "base64url").toString()) as { alg?: string };
  if (head.alg !== "HS256") return `alg ${head.alg}`;
  const expected = b64url(crypto.createHmac("sha256", secret).update(`${h}.${p}`).digest());
  if (expected !== signature) return "bad signature";
  const claims = JSON.parse(Buffer.from(p, "base64url").toString()) as { iss?: string; iat?: number };
  if (claims.iss !== serviceId) return `iss ${claims.iss}`;
  if (typeof claims.iat !== "number" || Math.abs(claims.iat - Date.now() / 1000) > 30) return "iat out of range";
  return null;
}

export async function startNotifyNl(): Promise<NotifyNlStandIn> {
  const serviceId = crypto.randomUUID();
  const secret = crypto.randomUUID();
  const sent: NotifyCall[] = [];
  const log: string[] = [];
  let failing = 0;
  let refusingSms = false;
  const answer = (res: http.ServerResponse, status: number, body: unknown, line: string) => {
    log.push(`${status} ${line}`);
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => {
      const problem = tokenProblem(req.headers.authorization, serviceId, secret);
      if (problem)
        return answer(res, 403, { status_code: 403, errors: [{ error: "AuthError", message: problem }] }, problem);
      const url = new URL(req.url ?? "/", "http://x");
      if (req.method === "GET" && url.pathname === "/v2/notifications") {
        const reference = url.searchParams.get("reference");
        const type = url.searchParams.get("template_type");
        const found = sent
          .filter((c) => c.reference === reference && (!type || c.type === type))
          .map((c, i) => ({ id: `n-${i}`, reference: c.reference, type: c.type, status: "delivered" }));
        return answer(res, 200, { notifications: found, links: {} }, `lookup ${reference}`);
      }
      const type =
        url.pathname === "/v2/notifications/email" ? "email" : url.pathname === "/v2/notifications/sms" ? "sms" : null;
      if (req.method !== "POST" || !type) return answer(res, 404, { status_code: 404, errors: [] }, url.pathname);
      const body = JSON.parse(raw) as {
        template_id: string;
        email_address?: string;
        phone_number?: string;
        personalisation?: Record<string, string>;
        reference?: string;
      };
      if (failing > 0) {
        failing--;
        return answer(
          res,
          500,
          { status_code: 500, errors: [{ error: "Exception", message: "Internal server error" }] },
          type,
        );
      }
      const to = (type === "email" ? body.email_address : body.phone_number) ?? "";
      // NotifyNL refuses what cannot be a phone number with a 400 (trying again will not help).
      if (type === "sms" && (refusingSms || !/^\+?[0-9 ]{10,15}$/.test(to)))
        return answer(
          res,
          400,
          {
            status_code: 400,
            errors: [{ error: "ValidationError", message: "phone_number Not a valid phone number" }],
          },
          type,
        );
      sent.push({
        type,
        templateId: body.template_id,
        to,
        personalisation: body.personalisation ?? {},
        reference: body.reference,
      });
      return answer(res, 201, { id: crypto.randomUUID(), reference: body.reference ?? null }, type);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    serviceId,
    apiKey: `hulpwijzer_test-${serviceId}-${secret}`,
    sent,
    log,
    failNext: (times) => {
      failing = times;
    },
    refuseSms: (on) => {
      refusingSms = on;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
