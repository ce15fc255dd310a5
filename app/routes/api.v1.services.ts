import type { LoaderFunctionArgs } from "@remix-run/node";
import type { ServicesPage } from "~/schemas/api/services";
import { fieldErrorKeys } from "~/schemas/errors";
import { servicesQuerySchema } from "~/schemas/services-query";
import { listServiceDirectory } from "~/services/service-directory.server";
import { apiRoute, fieldErrors, json, OPEN_DATA_HEADERS } from "~/utils/api.server";
import { queryObject } from "~/utils/query";

/** GET /api/v1/services: vetted providers and their live capacity, shaped after Open Referral HSDS 3.1. */
async function listServices({ request }: LoaderFunctionArgs) {
  const parsed = servicesQuerySchema.safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success) {
    return fieldErrors(fieldErrorKeys(parsed.error, { root: "query" }));
  }
  const result = listServiceDirectory(parsed.data);
  if (!result.ok) return fieldErrors({ municipality: "validation.services.municipalityUnknown" });
  return json(result.page satisfies ServicesPage, 200, OPEN_DATA_HEADERS);
}

const route = apiRoute({ GET: listServices });
export const loader = route.loader;
export const action = route.action;
