// "2 aanvragen wachten op uw antwoord": a practice's or mediator's waiting requests, counted by one
// function (waitingCounts) on its home page and above its requests' cards alike.
import { Paragraph } from "@utrecht/component-library-react";
import { plural, useT } from "~/i18n";

export type WaitingCountsProps = {
  kind: "physio" | "pgb_mediator";
  counts: { waiting: number; takenOn: number };
};

export function WaitingCounts({ kind, counts }: WaitingCountsProps) {
  const t = useT();
  const parts = [plural(t, "preq.waiting", counts.waiting)];
  if (counts.takenOn > 0) parts.push(plural(t, `preq.takenOnCount.${kind}`, counts.takenOn));
  return <Paragraph data-testid="waiting-counts">{`${parts.join("; ")}.`}</Paragraph>;
}
