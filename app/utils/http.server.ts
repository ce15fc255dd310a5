// 4xx responses thrown from loaders and actions; the error boundary renders them calmly.
import { data } from "@remix-run/node";
import { type MessageKey, translate } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import { readBytes } from "./body.server";

export function forbidden(message = "forbidden") {
  return data({ message }, { status: 403 });
}

export function notFound(message = "not_found") {
  return data({ message }, { status: 404 });
}

/** Throws a 4xx (400 by default) when the condition does not hold. */
export function invariantResponse(
  condition: unknown,
  message: string,
  init: ResponseInit = { status: 400 },
): asserts condition {
  if (!condition) throw data({ message }, init);
}

/**
 * The body a form may send. Every form but one has texts of at most 2,000 characters: even as
 * percent-encoded non-ASCII text that is under 20 KB, so 64 KiB leaves room. The kitchen-table
 * talk (12,000 characters, about 108 KB at worst) gets CASE_FORM_MAX_BYTES. A form was read whole
 * into memory before: one 300 MB post ran the server out of heap.
 */
export const FORM_MAX_BYTES = 64 * 1024;
export const CASE_FORM_MAX_BYTES = 128 * 1024;

/** The submitted form within maxBytes: a 413 when larger, a 400 when it is not a form (never a 500). */
export async function readFormData(request: Request, maxBytes = FORM_MAX_BYTES): Promise<FormData> {
  const body = await readBytes(request, maxBytes);
  if (!body.ok) {
    throw body.error === "too_large"
      ? data({ message: "form_too_large" }, { status: 413 })
      : data({ message: "bad_form_body" }, { status: 400 });
  }
  const type = request.headers.get("Content-Type") ?? "";
  try {
    return await new Response(new Uint8Array(body.bytes), { headers: { "Content-Type": type } }).formData();
  } catch {
    throw data({ message: "bad_form_body" }, { status: 400 });
  }
}

const RESOURCE_ERRORS: Record<number, readonly [MessageKey, MessageKey]> = {
  400: ["error.400.title", "error.400.text"],
  403: ["error.403.title", "error.403.text"],
  404: ["error.404.title", "error.404.text"],
};

/**
 * For resource routes (CSV, JSON): a guard's thrown 4xx becomes a plain answer in the reader's
 * language. Remix would otherwise answer `{"message":"Unexpected Server Error"}` and log an error.
 * Redirects (to the login page) and real errors pass through.
 */
export async function resource(request: Request, load: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await load();
  } catch (error) {
    const thrown = error as { type?: unknown; init?: ResponseInit | null } | null;
    const status = thrown?.type === "DataWithResponseInit" ? (thrown.init?.status ?? 500) : 500;
    const keys = RESOURCE_ERRORS[status];
    if (!keys) throw error;
    const locale = getLocale(request);
    return new Response(`${translate(locale, keys[0])}. ${translate(locale, keys[1])}\n`, {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
