// 4xx responses thrown from loaders and actions; the error boundary renders them calmly.
import { data } from "@remix-run/node";

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

/** The submitted form, or a 400 when the body is not a form at all (never a 500). */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw data({ message: "bad_form_body" }, { status: 400 });
  }
}
