import { ErrorPage } from "~/components/ErrorPage";
import { notFound } from "~/utils/http.server";

// Any path no other route claims: a friendly 404.
export function loader() {
  throw notFound();
}

export function action() {
  throw notFound();
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
