// Any /api/ path the API does not have: a JSON 404 pointing to the document, for every method
// (it was the HTML "page not found", and TRACE or OPTIONS got a page's 405).
import { apiError } from "~/utils/api.server";

const notInApi = () =>
  apiError(404, "not_found", "Dit adres bestaat niet in de API. Zie /api/v1/openapi.json voor wat er is.");

export const loader = notInApi;
export const action = notInApi;
