// Liveness: answers without touching the database.
import { readOnly } from "~/utils/methods.server";

function alive() {
  return new Response("ok", {
    status: 200,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

const route = readOnly(alive);
export const loader = route.loader;
export const action = route.action;
