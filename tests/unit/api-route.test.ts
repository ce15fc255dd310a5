// One place decides how an API route answers methods and failures: a full disk or a locked database
// is a Dutch JSON 503 (it answered text/plain "Unexpected Server Error"), a bug a JSON 500, and a
// thrown redirect or data() answer still goes through.
import { data, redirect } from "@remix-run/node";
import { describe, expect, it, vi } from "vitest";
import { apiRoute } from "~/utils/api.server";
import { METHOD_HEADER } from "~/utils/methods.server";

const call = (handler: () => Response | Promise<Response>, method = "GET", headers: Record<string, string> = {}) => {
  const route = apiRoute({ GET: handler, PUT: handler });
  const request = new Request("http://localhost/api/v1/x", { method, headers });
  return (method === "GET" || method === "HEAD" || method === "OPTIONS" ? route.loader : route.action)({ request });
};
const sqliteError = (code: string) => Object.assign(new Error(code), { code });

describe("apiRoute", () => {
  it("answers a full disk or a busy database with a Dutch JSON 503 and Retry-After", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    for (const code of ["SQLITE_FULL", "SQLITE_BUSY", "SQLITE_IOERR_WRITE"]) {
      const res = await call(() => {
        throw sqliteError(code);
      });
      expect(res.status, code).toBe(503);
      expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
      expect(res.headers.get("Retry-After")).toBe("60");
      expect(await res.json()).toEqual({
        error: "unavailable",
        message: "De dienst kan dit nu even niet opslaan of lezen. Probeer het over een minuut opnieuw.",
      });
    }
  });

  it("answers any other failure with a JSON 500 that names the request, never the error", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await call(
      async () => {
        throw new TypeError("secret internals");
      },
      "PUT",
      { "X-Request-Id": "abc-123" },
    );
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error).toBe("server_error");
    expect(body.message).toContain("abc-123");
    expect(JSON.stringify(body)).not.toContain("secret");
  });

  it("lets a thrown redirect or data() answer through", async () => {
    await expect(
      call(() => {
        throw redirect("/inloggen");
      }),
    ).rejects.toBeInstanceOf(Response);
    await expect(
      call(() => {
        throw data({ message: "not_found" }, { status: 404 });
      }),
    ).rejects.toMatchObject({ type: "DataWithResponseInit" });
  });

  it("says its methods: OPTIONS 204, others 405, both with Allow; a carried method counts as sent", async () => {
    const ok = () => new Response("ok");
    const options = await call(ok, "OPTIONS");
    expect(options.status).toBe(204);
    expect(options.headers.get("Allow")).toBe("GET, HEAD, PUT");
    const post = await call(ok, "POST");
    expect(post.status).toBe(405);
    expect(post.headers.get("Allow")).toBe("GET, HEAD, PUT");
    expect(await post.json()).toEqual({ error: "method_not_allowed", message: "Gebruik GET of PUT." });
    const trace = await call(ok, "OPTIONS", { [METHOD_HEADER]: "TRACE" });
    expect(trace.status).toBe(405);
    expect((await call(ok, "HEAD")).status).toBe(200);
  });
});
