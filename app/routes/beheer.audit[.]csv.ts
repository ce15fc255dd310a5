// The admin's audit log, filtered as on the page, as CSV (RFC 4180, or Dutch Excel with
// ?formaat=excel), made from the same lines the page shows.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { getLocale } from "~/i18n/locale.server";
import { auditFilterSchema } from "~/schemas/audit";
import { auditLogCsv, filterOf } from "~/services/audit-log.server";
import { csvFlavourOf, csvResponse } from "~/utils/csv";
import { parseForm } from "~/utils/forms.server";
import { resource } from "~/utils/http.server";
import { readOnly } from "~/utils/methods.server";

function download({ request }: LoaderFunctionArgs) {
  // A wrong role: a plain Dutch 403, not Remix's generic error.
  return resource(request, () => {
    const admin = requireMunicipalityUser(request, "admin");
    const url = new URL(request.url);
    const params = new URLSearchParams(url.searchParams);
    params.delete("formaat");
    const submission = parseForm(params, auditFilterSchema);
    if (submission.status !== "success") return new Response("filters: pas de filters aan\n", { status: 400 });
    const flavour = csvFlavourOf(url);
    const csv = auditLogCsv(admin, filterOf(submission.value), getLocale(request), flavour);
    return csvResponse(csv, `auditlog-${admin.municipalityCode}`, flavour);
  });
}

const route = readOnly(download);
export const loader = route.loader;
export const action = route.action;
