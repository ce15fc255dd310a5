import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { DataTable } from "~/components/DataTable";
import { useT } from "~/i18n";
import { listProvidersForVetting } from "~/services/vetting.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("vetting.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  return { providers: listProvidersForVetting(admin.municipalityCode) };
}

export default function ProvidersForVetting() {
  const t = useT();
  const { providers } = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{t("vetting.title")}</Heading1>
      <Paragraph>{t("vetting.intro")}</Paragraph>
      {providers.length === 0 ? (
        <Paragraph>{t("vetting.none")}</Paragraph>
      ) : (
        <DataTable
          rows={providers}
          rowKey={(p) => p.id}
          columns={[
            {
              header: t("vetting.col.name"),
              cell: (p) => (
                <Link to={`/beheer/aanbieders/${p.id}`} className="utrecht-link">
                  {p.name}
                </Link>
              ),
            },
            { header: t("vetting.col.kind"), cell: (p) => t(`providerKind.${p.kind}`) },
            { header: t("vetting.col.status"), cell: (p) => t(`vetting.${p.status}`) },
          ]}
        />
      )}
    </>
  );
}
