// Charts drawn on the server as SVG: no JavaScript needed, readable in black and white (dark bars
// and points with their numbers written beside them), and each with its data as a table for
// screen readers (the SVG itself is hidden from them).
type Item = { label: string; value: number };

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
  unit: string;
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
              {fmt(i.value, locale)} {unit}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BarChart({
  caption,
  items,
  unit,
  locale,
}: {
  caption: string;
  items: Item[];
  unit: string;
  locale: "nl" | "en";
}) {
  if (items.length === 0) return null;
  const labelWidth = 260;
  const barArea = 320;
  const row = 26;
  const max = Math.max(...items.map((i) => i.value), 1);
  const height = items.length * row + 8;
  return (
    <figure className="hw-chart">
      <svg
        viewBox={`0 0 ${labelWidth + barArea + 90} ${height}`}
        width="100%"
        role="presentation"
        aria-hidden="true"
        focusable="false"
        className="hw-chart__svg"
      >
        {items.map((item, i) => {
          const y = i * row + 4;
          const width = Math.max(1, (item.value / max) * barArea);
          return (
            <g key={item.label}>
              <text x={labelWidth - 8} y={y + 16} textAnchor="end" className="hw-chart__label">
                {item.label.length > 38 ? `${item.label.slice(0, 37)}…` : item.label}
              </text>
              <rect x={labelWidth} y={y} width={width} height={row - 8} className="hw-chart__bar" />
              <text x={labelWidth + width + 6} y={y + 16} className="hw-chart__value">
                {fmt(item.value, locale)} {unit}
              </text>
            </g>
          );
        })}
      </svg>
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
  unit: string;
  locale: "nl" | "en";
}) {
  if (items.length === 0) return null;
  const width = 680;
  const height = 220;
  const pad = { left: 40, right: 16, top: 24, bottom: 40 };
  const max = Math.max(...items.map((i) => i.value), 1);
  const step = items.length > 1 ? (width - pad.left - pad.right) / (items.length - 1) : 0;
  const x = (i: number) => pad.left + i * step;
  const y = (v: number) => pad.top + (1 - v / max) * (height - pad.top - pad.bottom);
  const every = Math.ceil(items.length / 7);
  return (
    <figure className="hw-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="presentation" aria-hidden="true" focusable="false">
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
