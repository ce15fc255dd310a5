// Liveness: answers without touching the database.
import { readOnlyResource } from "~/utils/http.server";

export function loader() {
  return new Response("ok", {
    status: 200,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const action = readOnlyResource;
