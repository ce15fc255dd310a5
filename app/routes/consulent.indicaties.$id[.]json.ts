// The assignment of an indication as JSON shaped after iWmo WMO301, for the municipality's own system.

import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { pathId } from "~/domain/path-id";
import { exportAssignment } from "~/services/cases/assignment-export.server";
import { notFound, resource } from "~/utils/http.server";
import { readOnly } from "~/utils/methods.server";

function download({ request, params }: LoaderFunctionArgs) {
  // A wrong role or another municipality's indication: a plain Dutch 403 or 404.
  return resource(request, () => {
    const user = requireMunicipalityUser(request, "consultant");
    const id = pathId(params.id);
    if (id === null) throw notFound();
    const body = exportAssignment(user, id);
    if (!body) throw notFound();
    return new Response(`${JSON.stringify(body, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="toewijzing-${id}.json"`,
        "Cache-Control": "no-store",
      },
    });
  });
}

const route = readOnly(download);
export const loader = route.loader;
export const action = route.action;
