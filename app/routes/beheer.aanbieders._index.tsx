import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import {
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
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
        <div className="hw-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("vetting.col.name")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("vetting.col.kind")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("vetting.col.status")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {providers.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>
                    <Link to={`/beheer/aanbieders/${p.id}`} className="utrecht-link">
                      {p.name}
                    </Link>
                  </TableCell>
                  <TableCell>{t(`providerKind.${p.kind}`)}</TableCell>
                  <TableCell>{t(`vetting.${p.status}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
