// Charts drawn on the server as SVG: no JavaScript needed, readable in black and white (dark bars
// and points with their numbers written beside them), and each with its data as a table for
// screen readers (the SVG itself is hidden from them).
type Item = { label: string; value: number };

/** A chart's unit, in the singular for 1 ("1 persoon", "2 mensen"). */
export type Unit = { one: string; other: string };
const unitOf = (unit: Unit, value: number) => (value === 1 ? unit.one : unit.other);

const fmt = (value: number, locale: "nl" | "en") =>
  new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 1 }).format(value);

function DataTableHidden({
  caption,
  items,
  unit,
  locale,
}: {
  caption: string;
  items: Item[];
  unit: Unit;
  locale: "nl" | "en";
}) {
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <tbody>
        {items.map((i) => (
          <tr key={i.label}>
            <th scope="row">{i.label}</th>
            <td>
              {fmt(i.value, locale)} {unitOf(unit, i.value)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Bars as HTML, not SVG: labels wrap in full on their own line at the body's text size, at any
 * width (an SVG's labels shrink with it and were cut off on the left). Each bar's length is its
 * share of the largest value; the number is written beside it.
 */
export function BarChart({
  caption,
  items,
  unit,
  locale,
}: {
  caption: string;
  items: Item[];
  unit: Unit;
  locale: "nl" | "en";
}) {
  if (items.length === 0) return null;
  const max = Math.max(...items.map((i) => i.value), 1);
  return (
    <figure className="hw-chart">
      <ul className="hw-bars" aria-hidden="true">
        {items.map((item) => (
          <li key={item.label} className="hw-bars__row">
            <span className="hw-bars__label">{item.label}</span>
            <span className="hw-bars__track">
              {/* At most 70 % of the line, so the number always fits beside the longest bar. */}
              <span
                className="hw-bars__bar"
                style={{ inlineSize: `${Math.max(0.5, (Math.max(0, item.value) / max) * 70)}%` }}
              />
              <span className="hw-bars__value">
                {fmt(item.value, locale)} {unitOf(unit, item.value)}
              </span>
            </span>
          </li>
        ))}
      </ul>
      <DataTableHidden caption={caption} items={items} unit={unit} locale={locale} />
    </figure>
  );
}

export function LineChart({
  caption,
  items,
  unit,
  locale,
}: {
  caption: string;
  items: Item[];
  unit: Unit;
  locale: "nl" | "en";
}) {
  if (items.length === 0) return null;
  const width = 680;
  const height = 240;
  const pad = { left: 24, right: 32, top: 32, bottom: 44 };
  const max = Math.max(...items.map((i) => i.value), 1);
  const step = items.length > 1 ? (width - pad.left - pad.right) / (items.length - 1) : 0;
  const x = (i: number) => pad.left + i * step;
  const y = (v: number) => pad.top + (1 - v / max) * (height - pad.top - pad.bottom);
  const every = Math.ceil(items.length / 7);
  return (
    // Drawn at its own pixel size, so its text is the body's size; on a narrow screen the table
    // below says the same (the chart is hidden there rather than shrunk to unreadable text).
    <figure className="hw-chart hw-chart--line">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="presentation"
        aria-hidden="true"
        focusable="false"
      >
        <line
          x1={pad.left}
          y1={height - pad.bottom}
          x2={width - pad.right}
          y2={height - pad.bottom}
          className="hw-chart__axis"
        />
        <polyline
          points={items.map((item, i) => `${x(i)},${y(item.value)}`).join(" ")}
          className="hw-chart__line"
          fill="none"
        />
        {items.map((item, i) => (
          <g key={item.label}>
            <circle cx={x(i)} cy={y(item.value)} r={4} className="hw-chart__point" />
            <text x={x(i)} y={y(item.value) - 8} textAnchor="middle" className="hw-chart__value">
              {fmt(item.value, locale)}
            </text>
            {i % every === 0 ? (
              <text x={x(i)} y={height - pad.bottom + 18} textAnchor="middle" className="hw-chart__label">
                {item.label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <DataTableHidden caption={caption} items={items} unit={unit} locale={locale} />
    </figure>
  );
}
