import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { logOut } from "~/auth/auth.server";
import { byMethod, textMethodNotAllowed } from "~/utils/methods.server";

// Logging out changes state, so it is a POST; a GET just goes home.
const route = byMethod<ActionFunctionArgs>(
  { GET: () => redirect("/"), POST: ({ request }) => logOut(request) },
  (_methods, allow, request) => textMethodNotAllowed(request, allow, "error.405.page"),
);
export const loader = route.loader;
export const action = route.action;
