import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { BarChart, LineChart } from "~/components/Charts";
import { formatDay, useLocale, useT } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import { dashboardView } from "~/services/dashboard/view.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("dash.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  const url = new URL(request.url);
  const view = dashboardView(admin, url, getLocale(request));
  return data(view, view.ok ? undefined : { status: 400 });
}

export default function DashboardPage() {
  const t = useT();
  const locale = useLocale();
  const view = useLoaderData<typeof loader>();
  const nf = new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 1 });
  // The page's way of writing a cell; the CSV downloads write the same cells as plain numbers.
  const cellText = (cell: string | number | null) =>
    cell === null ? "–" : typeof cell === "number" ? nf.format(cell) : cell;
  const query = view.ok ? view.query : null;
  const search = query
    ? new URLSearchParams({ gebied: query.area === "region" ? "regio" : "eigen", van: query.from, tot: query.to })
    : null;
  return (
    <>
      <Heading1>{t("dash.title")}</Heading1>
      {view.ok && query ? (
        <Paragraph lead>
          {t("dash.intro", {
            scope: view.scopeLabel,
            from: formatDay(query.from, locale),
            to: formatDay(query.to, locale),
          })}
        </Paragraph>
      ) : (
        <Alert type="error" role="alert">
          <Paragraph>{t("dash.filter.error")}</Paragraph>
        </Alert>
      )}
      <Form method="get" className="hw-filter">
        <div className="utrecht-form-field">
          <label htmlFor="gebied" className="utrecht-form-label">
            {t("dash.filter.scope")}
          </label>
          <select
            id="gebied"
            name="gebied"
            defaultValue={query?.area === "region" ? "regio" : "eigen"}
            className="utrecht-select utrecht-select--html-select"
          >
            <option value="eigen">{view.areas.own.name}</option>
            {view.areas.region ? (
              <option value="regio">{t("dash.filter.region", { region: view.areas.region })}</option>
            ) : null}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label htmlFor="van" className="utrecht-form-label">
            {t("dash.filter.from")}
          </label>
          <input
            id="van"
            name="van"
            type="date"
            defaultValue={query?.from}
            className="utrecht-textbox utrecht-textbox--html-input"
          />
        </div>
        <div className="utrecht-form-field">
          <label htmlFor="tot" className="utrecht-form-label">
            {t("dash.filter.to")}
          </label>
          <input
            id="tot"
            name="tot"
            type="date"
            defaultValue={query?.to}
            className="utrecht-textbox utrecht-textbox--html-input"
          />
        </div>
        <Button type="submit" appearance="secondary-action-button">
          {t("dash.filter.submit")}
        </Button>
      </Form>
      {view.ok && search
        ? view.tables.map((table) => (
            <section key={table.id} id={table.id} aria-labelledby={`${table.id}-title`} className="hw-case-section">
              <Heading2 id={`${table.id}-title`}>{table.title}</Heading2>
              {table.intro ? <Paragraph>{table.intro}</Paragraph> : null}
              <Paragraph className="hw-dash-definition">{table.definition}</Paragraph>
              {table.rows.length === 0 ? (
                <Paragraph>{t("dash.empty")}</Paragraph>
              ) : (
                <>
                  {table.chart?.type === "bar" ? (
                    <BarChart caption={table.title} items={table.chart.items} unit={table.chart.unit} locale={locale} />
                  ) : null}
                  {table.chart?.type === "line" ? (
                    <LineChart
                      caption={table.title}
                      items={table.chart.items}
                      unit={table.chart.unit}
                      locale={locale}
                    />
                  ) : null}
                  {/* A wide table scrolls in its own box; focusable, so a keyboard can scroll it too. */}
                  <section
                    className="hw-table-scroll"
                    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
                    tabIndex={0}
                    aria-label={t("dash.tableRegion", { table: table.title })}
                  >
                    <table className="utrecht-table" data-table={table.id}>
                      <caption className="visually-hidden">{table.title}</caption>
                      <thead className="utrecht-table__header">
                        <tr className="utrecht-table__row">
                          {table.columns.map((c) => (
                            <th key={c} scope="col" className="utrecht-table__header-cell">
                              {c}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody className="utrecht-table__body">
                        {table.rows.map((row, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and static
                          <tr key={i} className="utrecht-table__row">
                            {row.map((cell, j) => (
                              <td
                                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                                key={j}
                                className={
                                  typeof cell === "number"
                                    ? "utrecht-table__cell utrecht-table__cell--numeric"
                                    : "utrecht-table__cell"
                                }
                              >
                                {cellText(cell)}
                              </td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </section>
                </>
              )}
              <ul className="hw-csv-links">
                <li>
                  <a
                    href={`/beheer/dashboard.csv?tabel=${table.id}&${search}&formaat=excel`}
                    className="utrecht-link"
                    download
                  >
                    {t("dash.csvExcel")}
                    <span className="visually-hidden"> – {table.title}</span>
                  </a>
                </li>
                <li>
                  <a href={`/beheer/dashboard.csv?tabel=${table.id}&${search}`} className="utrecht-link" download>
                    {t("dash.csv")}
                    <span className="visually-hidden"> – {table.title}</span>
                  </a>
                </li>
              </ul>
            </section>
          ))
        : null}
    </>
  );
}
