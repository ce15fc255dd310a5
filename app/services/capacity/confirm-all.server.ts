// "All still correct": a provider confirms every current record at once.
import { clock } from "~/clock.server";
import { confirmAllRecords } from "~/models/capacity.server";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";
import type { Actor } from "./publish-batch.server";

/** Confirms every current record of the provider in one transaction; returns how many. */
export function confirmAllCapacity(providerId: number, actor: Actor, now = clock.now()): number {
  return getDb()
    .$client.transaction(() => {
      const confirmed = confirmAllRecords({ providerId }, now);
      audit({
        actorUserId: "userId" in actor ? actor.userId : null,
        action: "capacity.confirmed_all",
        subjectType: "provider",
        subjectId: providerId,
        detail: { records: confirmed },
      });
      return confirmed;
    })
    .immediate();
}
