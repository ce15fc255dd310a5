// Signals as the consultant handles them: acknowledged, followed up with a note, or closed.
import { clock } from "~/clock.server";
import { touchCase } from "~/models/cases.server";
import { acknowledgeSignal, addSignalNote, closeSignal, findSignalOnCase } from "~/models/signals.server";
import { getDb } from "~db/client.server";
import { type Consultant, traceCase } from "./consultant.server";

export type SignalAction =
  | { action: "acknowledge" }
  | { action: "note"; note: string }
  | { action: "close"; note: string };

/** False when the signal is not the case's, is closed, or (acknowledging) is no longer open. */
export function handleSignal(
  consultant: Consultant,
  caseId: number,
  signalId: number,
  input: SignalAction,
  now = clock.now(),
): boolean {
  return getDb().transaction(
    () => {
      const signal = findSignalOnCase(consultant, caseId, signalId);
      if (!signal || signal.status === "closed") return false;
      if (input.action === "acknowledge") {
        if (signal.status !== "open") return false;
        acknowledgeSignal(consultant, signalId, consultant.id, now);
      } else if (input.action === "note") {
        addSignalNote(consultant, signalId, input.note, consultant.id, now);
      } else {
        closeSignal(consultant, signalId, input.note, consultant.id, now);
      }
      touchCase(consultant, caseId, now);
      traceCase(consultant, `signal.${input.action}`, caseId, { signalId });
      return true;
    },
    { behavior: "immediate" },
  );
}
