// The request's "Verloop": its steps, and the visits called off, in words with the visit's date and
// the fee (the cancelled-visit records the visit list shows too, with those booked back since).
import { Heading2, OrderedList, OrderedListItem } from "@utrecht/component-library-react";
import { formatDateTime, formatEuro, type MessageKey, useLocale, useT } from "~/i18n";
import type { CancelledVisit } from "./billing";

type Step = { id: number; at: Date | string | number; status: string; note?: string | null };
type Entry =
  | { kind: "step"; key: string; at: number; status: string; moved: boolean }
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
      // Moving to another weekly time is written as "booked" again: said as the move it was.
      moved: s.note?.startsWith("moved:") === true,
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
  cancellations,
}: {
  events: readonly Step[];
  cancellations: readonly (CancelledVisit & { cancelledAt: number })[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="timeline-title">
      <Heading2 id="timeline-title">{t("request.timeline")}</Heading2>
      <OrderedList data-testid="timeline">
        {timelineEntries(events, cancellations).map((e) => (
          <OrderedListItem key={e.key}>
            {formatDateTime(e.at, locale)}:{" "}
            {e.kind === "cancelled"
              ? cancelledText(e.visits, t, locale)
              : e.moved
                ? t("visits.timeline.moved")
                : t(`status.${e.status}` as MessageKey)}
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
  if (visits.length === 1 && visits[0]?.byProvider) return t("visits.timeline.oneByCleaner", { when: first });
  if (visits.length === 1)
    return fee > 0 ? t("visits.timeline.oneCost", { when: first, amount }) : t("visits.timeline.one", { when: first });
  return fee > 0
    ? t("visits.timeline.manyCost", { count: visits.length, first, amount })
    : t("visits.timeline.many", { count: visits.length, first });
}
