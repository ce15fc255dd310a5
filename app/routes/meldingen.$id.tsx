import { type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/auth/auth.server";
import { ErrorPage } from "~/components/ErrorPage";
import { followNotice } from "~/services/notifications/notices.server";
import { notFound } from "~/utils/http.server";

const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Following a notice: marks it read, then goes to what it is about. Another person's notice is not found. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const id = idSchema.safeParse(params.id);
  if (!id.success) throw notFound();
  const to = followNotice(user, id.data);
  if (!to) throw notFound();
  return redirect(to);
}

export default function NoticeRedirect() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
