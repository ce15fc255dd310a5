// One dashboard table as CSV (RFC 4180, or Dutch Excel), made from the same cells the page shows.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { getLocale } from "~/i18n/locale.server";
import { TABLE_IDS } from "~/services/dashboard/tables.server";
import { dashboardView } from "~/services/dashboard/view.server";
import { csvFlavourOf, csvResponse, toCsv } from "~/utils/csv";
import { resource } from "~/utils/http.server";
import { readOnly } from "~/utils/methods.server";

function download({ request }: LoaderFunctionArgs) {
  // A wrong role: a plain Dutch 403, not Remix's generic error.
  return resource(request, () => {
    const admin = requireMunicipalityUser(request, "admin");
    const url = new URL(request.url);
    const id = url.searchParams.get("tabel") ?? "";
    if (!TABLE_IDS.some((t) => t === id)) return new Response("tabel: onbekende tabel\n", { status: 400 });
    const view = dashboardView(admin, url, getLocale(request), { download: true });
    // Many fresh computations at once from one person: the server stays free for everyone else.
    if (view.busy)
      return new Response(
        "Er worden nu veel overzichten tegelijk voor u gemaakt. Probeer het over een minuut opnieuw.\n",
        {
          status: 429,
          headers: { "Retry-After": "60", "Content-Type": "text/plain; charset=utf-8" },
        },
      );
    if (!view.ok) return new Response("van/tot: kies een geldige periode\n", { status: 400 });
    const table = view.tables.find((t) => t.id === id);
    if (!table) return new Response("tabel: onbekende tabel\n", { status: 400 });
    // Both flavours from the same cells: RFC 4180 by default, Dutch Excel with ?formaat=excel.
    const flavour = csvFlavourOf(url);
    return csvResponse(
      toCsv(table.columns, table.rows, flavour),
      `dashboard-${id}-${view.query.from}-${view.query.to}`,
      flavour,
    );
  });
}

const route = readOnly(download);
export const loader = route.loader;
export const action = route.action;
