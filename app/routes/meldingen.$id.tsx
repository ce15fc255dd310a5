import { type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { requireUser } from "~/auth/auth.server";
import { ErrorPage } from "~/components/ErrorPage";
import { pathId } from "~/domain/path-id";
import { followNotice } from "~/services/notifications/notices.server";
import { notFound } from "~/utils/http.server";

/** Following a notice: marks it read, then goes to what it is about. Another person's notice is not found. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const id = pathId(params.id);
  if (id === null) throw notFound();
  const to = followNotice(user, id);
  if (!to) throw notFound();
  return redirect(to);
}

export default function NoticeRedirect() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
