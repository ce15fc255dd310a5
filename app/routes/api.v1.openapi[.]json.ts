// GET /api/v1/openapi.json: the API description, public so tools and other sites can load it.
import { openApiDocument } from "~/api/openapi";

// The document is static: serialise it once per process.
const body = JSON.stringify(openApiDocument);

export function loader() {
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
