import type { LoaderFunctionArgs } from "@remix-run/node";
import { fieldErrorKeys } from "~/schemas/errors";
import { servicesQuerySchema } from "~/schemas/services-query";
import { listServiceDirectory } from "~/services/service-directory.server";
import { apiError, fieldErrors, json } from "~/utils/api.server";
import { queryObject } from "~/utils/query";

/** Open data: any site may read it, and caches may keep it for five minutes. */
const PUBLIC_HEADERS = { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" };

/** GET /api/v1/services: vetted providers and their live capacity, shaped after Open Referral HSDS 3.1. */
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = servicesQuerySchema.safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success) {
    return fieldErrors(fieldErrorKeys(parsed.error, { root: "query" }));
  }
  const result = listServiceDirectory(parsed.data);
  if (!result.ok) return fieldErrors({ municipality: "validation.services.municipalityUnknown" });
  return json(result.page, 200, PUBLIC_HEADERS);
}

export async function action() {
  return apiError(405, "method_not_allowed", "Gebruik GET.", { Allow: "GET" });
}
