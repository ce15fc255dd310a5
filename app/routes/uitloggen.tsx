import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { logOut } from "~/auth/auth.server";

// Logging out changes state, so it is a POST; a GET just goes home.
export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  return logOut(request);
}
