import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { DataTable } from "~/components/DataTable";
import { formatDateTime, useLocale, useT } from "~/i18n";
import { listCases } from "~/services/cases/case-list.server";
import { getMunicipality } from "~/services/municipalities.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("cases.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireMunicipalityUser(request, "consultant");
  const search = (new URL(request.url).searchParams.get("zoek") ?? "").slice(0, 100);
  return {
    municipality: getMunicipality(user.municipalityCode)?.name ?? user.municipalityCode,
    search,
    cases: listCases(user, search),
  };
}

export default function Cases() {
  const t = useT();
  const locale = useLocale();
  const { municipality, search, cases } = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{t("cases.title")}</Heading1>
      <Paragraph lead>{t("cases.intro", { municipality })}</Paragraph>
      <Form method="get" role="search" className="hw-filter">
        <div className="utrecht-form-field">
          <label htmlFor="zoek" className="utrecht-form-label">
            {t("cases.search")}
          </label>
          <input
            id="zoek"
            name="zoek"
            type="search"
            defaultValue={search}
            maxLength={100}
            className="utrecht-textbox utrecht-textbox--html-input"
          />
        </div>
        <Button type="submit" appearance="secondary-action-button">
          {t("cases.searchButton")}
        </Button>
      </Form>
      {cases.length === 0 ? (
        <Paragraph>{t("cases.none")}</Paragraph>
      ) : (
        <DataTable
          rows={cases}
          rowKey={(c) => c.id}
          columns={[
            {
              header: t("cases.col.name"),
              cell: (c) => (
                <Link to={`/consulent/zaken/${c.id}`} className="utrecht-link">
                  {c.personName}
                </Link>
              ),
            },
            { header: t("cases.col.email"), cell: (c) => c.email },
            { header: t("cases.col.updated"), cell: (c) => formatDateTime(c.updatedAt, locale) },
            { header: t("cases.col.open"), cell: (c) => c.open },
          ]}
        />
      )}
    </>
  );
}
