import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { DataTable } from "~/components/DataTable";
import { formatEuro, useLocale, useT } from "~/i18n";
import { getMunicipality } from "~/services/municipalities.server";
import { hhtStatement } from "~/services/payments/hht-statement.server";
import { requireHhtOffered } from "~/services/workspace.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("hht.title");

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  // Where the policy offers no HHT subsidy there is no statement to read: the page does not exist.
  requireHhtOffered(admin);
  const asked = new URL(request.url).searchParams.get("maand") ?? "";
  const month = MONTH.test(asked) ? asked : clock.today().slice(0, 7);
  const lines = hhtStatement(admin.municipalityCode, month);
  return {
    month,
    municipality: getMunicipality(admin.municipalityCode)?.name ?? admin.municipalityCode,
    lines,
    totalCents: lines.reduce((sum, l) => sum + l.hhtCents, 0),
  };
}

export default function HhtStatement() {
  const t = useT();
  const locale = useLocale();
  const { month, municipality, lines, totalCents } = useLoaderData<typeof loader>();
  const hours = (minutes: number) => (minutes / 60).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB");
  return (
    <>
      <Heading1>{t("hht.title")}</Heading1>
      <Paragraph lead>{t("hht.intro", { municipality })}</Paragraph>
      <Form method="get" className="hw-filter">
        <div className="utrecht-form-field">
          <label htmlFor="maand" className="utrecht-form-label">
            {t("hht.month")}
          </label>
          <input
            id="maand"
            name="maand"
            type="month"
            defaultValue={month}
            pattern="\d{4}-\d{2}"
            className="utrecht-textbox utrecht-textbox--html-input"
          />
        </div>
        <Button type="submit" appearance="secondary-action-button">
          {t("hht.show")}
        </Button>
      </Form>
      {lines.length === 0 ? (
        <Paragraph>{t("hht.none")}</Paragraph>
      ) : (
        <>
          <DataTable
            rows={lines}
            rowKey={(l) => l.providerId}
            columns={[
              { header: t("hht.col.provider"), cell: (l) => l.providerName },
              { header: t("hht.col.kvk"), cell: (l) => l.kvkNumber },
              { header: t("hht.col.visits"), cell: (l) => l.visits },
              { header: t("hht.col.hours"), cell: (l) => hours(l.minutes) },
              { header: t("hht.col.amount"), cell: (l) => formatEuro(l.hhtCents, locale) },
            ]}
          />
          <Paragraph>
            <strong>{t("hht.total", { amount: formatEuro(totalCents, locale) })}</strong>
          </Paragraph>
        </>
      )}
      <ul className="hw-csv-links">
        <li>
          <a href={`/beheer/hht.csv?maand=${month}&formaat=excel`} className="utrecht-link" download>
            {t("hht.csvExcel")}
          </a>
        </li>
        <li>
          <a href={`/beheer/hht.csv?maand=${month}`} className="utrecht-link" download>
            {t("hht.csv")}
          </a>
        </li>
      </ul>
    </>
  );
}
