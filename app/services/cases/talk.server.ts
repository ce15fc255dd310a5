// The kitchen-table talk (keukentafelgesprek) as the consultant records it.
import { clock } from "~/clock.server";
import { recordTalk } from "~/models/cases.server";
import { getDb } from "~db/client.server";
import { type Consultant, traceCase } from "./consultant.server";

export type Talk = {
  situation: string | null;
  ownAbilities: string | null;
  network: string | null;
  facilities: string[];
  notes: string | null;
};

/** Records the talk; false when the case is not the consultant's municipality's. */
export function saveTalk(consultant: Consultant, caseId: number, talk: Talk, now = clock.now()): boolean {
  return getDb().transaction(() => {
    const fields = {
      talkSituation: talk.situation,
      talkOwnAbilities: talk.ownAbilities,
      talkNetwork: talk.network,
      talkFacilities: talk.facilities,
      talkNotes: talk.notes,
    };
    if (!recordTalk(consultant, caseId, fields, consultant.id, now)) return false;
    traceCase(consultant, "case.talk_saved", caseId);
    return true;
  });
}
