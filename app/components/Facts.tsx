import type { ReactNode } from "react";

/**
 * A list of labelled facts (a <dl>), e.g. a provider's details or the policy in force. The markup
 * and classes of Utrecht's DataList, written out: its React wrappers copy every element's props
 * through Babel's object-spread helper, and the options page renders dozens of these (ADR 011).
 */
export function Facts({ items }: { items: readonly (readonly [label: string, value: ReactNode])[] }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--html-dl">
      {items.map(([label, value]) => (
        <div key={label} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
