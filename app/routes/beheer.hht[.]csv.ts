// The municipality's monthly HHT statement per provider as CSV (for its own payment system).

import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { hhtStatement } from "~/services/payments/hht-statement.server";
import { toCsv } from "~/utils/csv";
import { resource } from "~/utils/http.server";
import { readOnly } from "~/utils/methods.server";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function download({ request }: LoaderFunctionArgs) {
  // A wrong role: a plain Dutch 403, not Remix's generic error.
  return resource(request, () => {
    const admin = requireMunicipalityUser(request, "admin");
    const asked = new URL(request.url).searchParams.get("maand") ?? "";
    if (asked && !MONTH.test(asked)) return new Response("maand: gebruik JJJJ-MM\n", { status: 400 });
    const month = asked || clock.today().slice(0, 7);
    const lines = hhtStatement(admin.municipalityCode, month);
    const csv = toCsv(
      ["maand", "aanbieder", "kvk", "bezoeken", "uren", "hht_euro"],
      lines.map((l) => [
        month,
        l.providerName,
        l.kvkNumber,
        String(l.visits),
        (l.minutes / 60).toFixed(2),
        (l.hhtCents / 100).toFixed(2),
      ]),
    );
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="hht-${admin.municipalityCode}-${month}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  });
}

const route = readOnly(download);
export const loader = route.loader;
export const action = route.action;
