// The municipality's monthly HHT statement per provider as CSV (for its own payment system), as
// RFC 4180 or, with ?formaat=excel, for Dutch Excel.

import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { hhtStatement } from "~/services/payments/hht-statement.server";
import { requireHhtOffered } from "~/services/workspace.server";
import { csvFlavourOf, csvResponse, toCsv } from "~/utils/csv";
import { resource } from "~/utils/http.server";
import { readOnly } from "~/utils/methods.server";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function download({ request }: LoaderFunctionArgs) {
  // A wrong role: a plain Dutch 403, not Remix's generic error.
  return resource(request, () => {
    const admin = requireMunicipalityUser(request, "admin");
    // As the page: where the policy offers no HHT subsidy there is no statement.
    requireHhtOffered(admin);
    const url = new URL(request.url);
    const asked = url.searchParams.get("maand") ?? "";
    if (asked && !MONTH.test(asked)) return new Response("maand: gebruik JJJJ-MM\n", { status: 400 });
    const month = asked || clock.today().slice(0, 7);
    const lines = hhtStatement(admin.municipalityCode, month);
    // One set of cells, numbers as numbers; the flavour only decides separators and the BOM.
    const flavour = csvFlavourOf(url);
    const csv = toCsv(
      ["maand", "aanbieder", "kvk", "bezoeken", "uren", "hht_euro"],
      lines.map((l) => [
        month,
        l.providerName,
        l.kvkNumber,
        l.visits,
        Math.round((l.minutes / 60) * 100) / 100,
        l.hhtCents / 100,
      ]),
      flavour,
    );
    return csvResponse(csv, `hht-${admin.municipalityCode}-${month}`, flavour);
  });
}

const route = readOnly(download);
export const loader = route.loader;
export const action = route.action;
