// The fair-share check on the account's live requests; call it inside the transaction that
// writes the request, so simultaneous requests of one account cannot both slip past it.
import { FAIR_SHARE_STATUSES, type FairShareRefusal, fairShareRefusal } from "~/domain/fair-share";
import { requestsOfAccount } from "~/models/help-requests.server";
import type { RequestKind } from "~db/enums";

export function fairShareCheck(
  citizen: { id: number },
  asked: { kind: RequestKind; actingForName: string | null; municipalityCode: string },
  now: Date,
): FairShareRefusal | null {
  return fairShareRefusal(requestsOfAccount({ citizenUserId: citizen.id }, FAIR_SHARE_STATUSES), asked, now);
}

/** Thrown inside a transaction to roll it back with the reason. */
export class FairShareRefused extends Error {
  constructor(readonly reason: FairShareRefusal) {
    super(reason);
  }
}
