// The request's "Verloop": its steps, and the visits called off, in words with the visit's date and
// the fee (from the cancelled visits the visit list shows: one source).
import { Heading2, OrderedList, OrderedListItem } from "@utrecht/component-library-react";
import { formatDateTime, formatEuro, type MessageKey, useLocale, useT } from "~/i18n";
import type { CancelledVisit } from "./billing";

type Step = { id: number; at: Date | string | number; status: string };
type Entry =
  | { kind: "step"; key: string; at: number; status: string }
  | { kind: "cancelled"; key: string; at: number; visits: CancelledVisit[] };

/**
 * Steps and cancellations by time. Visits cancelled in one go (a whole booking) are one entry,
 * after the step written at the same moment ("Geannuleerd", then which visits and the fee).
 */
export function timelineEntries(
  steps: readonly Step[],
  cancelled: readonly (CancelledVisit & { cancelledAt: number })[],
) {
  const groups = new Map<number, (CancelledVisit & { cancelledAt: number })[]>();
  for (const c of cancelled) groups.set(c.cancelledAt, [...(groups.get(c.cancelledAt) ?? []), c]);
  const entries: Entry[] = [
    ...steps.map((s) => ({
      kind: "step" as const,
      key: `step-${s.id}`,
      at: new Date(s.at).getTime(),
      status: s.status,
    })),
    ...[...groups].map(([at, visits]) => ({
      kind: "cancelled" as const,
      key: `cancelled-${at}`,
      at,
      visits: [...visits].sort((a, b) => a.startsAt - b.startsAt),
    })),
  ];
  // Stable: at one moment the step comes first.
  return entries.sort((a, b) => a.at - b.at || (a.kind === b.kind ? 0 : a.kind === "step" ? -1 : 1));
}

export function Timeline({
  events,
  cancelledVisits,
}: {
  events: readonly Step[];
  cancelledVisits: readonly (CancelledVisit & { cancelledAt: number })[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="timeline-title">
      <Heading2 id="timeline-title">{t("request.timeline")}</Heading2>
      <OrderedList data-testid="timeline">
        {timelineEntries(events, cancelledVisits).map((e) => (
          <OrderedListItem key={e.key}>
            {formatDateTime(e.at, locale)}:{" "}
            {e.kind === "step" ? t(`status.${e.status}` as MessageKey) : cancelledText(e.visits, t, locale)}
          </OrderedListItem>
        ))}
      </OrderedList>
    </section>
  );
}

function cancelledText(
  visits: readonly CancelledVisit[],
  t: ReturnType<typeof useT>,
  locale: ReturnType<typeof useLocale>,
) {
  const first = formatDateTime(visits[0]?.startsAt ?? 0, locale);
  const fee = visits.reduce((sum, v) => sum + v.chargedCents, 0);
  const amount = formatEuro(fee, locale);
  if (visits.length === 1)
    return fee > 0 ? t("visits.timeline.oneCost", { when: first, amount }) : t("visits.timeline.one", { when: first });
  return fee > 0
    ? t("visits.timeline.manyCost", { count: visits.length, first, amount })
    : t("visits.timeline.many", { count: visits.length, first });
}
