// GET /api/v1/openapi.json: the API description, public so tools and other sites can load it.
import { openApiJson } from "~/api/openapi";
import { clock } from "~/clock.server";
import { apiRoute, OPEN_DATA_HEADERS } from "~/utils/api.server";

function document() {
  return new Response(openApiJson(clock.today()), {
    status: 200,
    headers: { "Content-Type": "application/json; charset=utf-8", ...OPEN_DATA_HEADERS },
  });
}

const route = apiRoute({ GET: document });
export const loader = route.loader;
export const action = route.action;
