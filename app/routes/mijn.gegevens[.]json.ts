// All of a citizen's data as JSON (AVG art. 15 and 20): their own, downloaded by themselves.

import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/auth.server";
import { exportCitizenData } from "~/services/privacy/export.server";
import { notFound, resource } from "~/utils/http.server";
import { readOnly } from "~/utils/methods.server";

function download({ request }: LoaderFunctionArgs) {
  // A wrong role gets a plain Dutch 403, as on every download.
  return resource(request, () => {
    const user = requireUser(request, { role: "citizen" });
    const body = exportCitizenData(user.id);
    if (!body) throw notFound();
    return new Response(`${JSON.stringify(body, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="mijn-gegevens-hulpwijzer.json"',
        "Cache-Control": "no-store",
      },
    });
  });
}

const route = readOnly(download);
export const loader = route.loader;
export const action = route.action;
