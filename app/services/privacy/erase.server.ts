// Erasure (AVG art. 17) anonymises instead of deleting rows, so the municipality's aggregate
// figures (how many requests, how long people waited, what they ended in) stay correct while
// nothing identifies the person any more.
import { randomBytes } from "node:crypto";
import { clock } from "~/clock.server";
import { deleteContactsOf } from "~/models/contact-details.server";
import { forgetDevicesOf } from "~/models/known-devices.server";
import {
  anonymiseRequest,
  caseIdsOf,
  eraseCaseTextsOf,
  eraseRequestTextsOf,
  requestAnswersOf,
} from "~/models/privacy.server";
import { eraseNamesInNotices } from "~/models/request-notices.server";
import { deleteSessionsOf } from "~/models/sessions.server";
import { anonymiseCitizenAccount, findCitizenAccount } from "~/models/users.server";
import { getDb } from "~db/client.server";
import type { RequestKind } from "~db/enums";
import { audit } from "../audit.server";
import { cancelRequest } from "../requests/cancel-request.server";

const ERASED = "[verwijderd]";

// Help booked directly with a provider holds capacity (a cleaner's weekly visits, a seat in a
// group, a mediator's match) and would go on for a person nobody can reach: it is cancelled as the
// citizen would, freeing the capacity. ZIN and talks are the municipality's procedure: they stay.
const CANCELLED_ON_ERASURE: ReadonlySet<RequestKind> = new Set(["private_cleaner", "powerful_ageing", "pgb_informal"]);

/**
 * Erases a citizen: the account can no longer log in and nothing left names or describes them.
 * Kept, without identity: kinds, statuses, dates, municipality, amounts — what the municipality's
 * figures are made of. The needs and household type stay in the answers (they feed the ZIN
 * comparison); postcode, birth year, income and limitations go.
 */
export function eraseCitizen(userId: number, now = clock.now()): boolean {
  const citizen = { citizenUserId: userId };
  return getDb().transaction(
    () => {
      const account = findCitizenAccount(citizen);
      if (!account) return false;
      // Erased already (a second click, a parallel request): done, and logged once.
      if (account.name === ERASED && account.email.endsWith("@invalid")) return true;
      const requests = requestAnswersOf(citizen);
      for (const r of requests)
        if (CANCELLED_ON_ERASURE.has(r.kind)) cancelRequest(userId, r.id, now, undefined, { erasing: true });
      for (const r of requests) {
        const a: { needs?: unknown; household?: unknown; network?: unknown } = r.answers;
        anonymiseRequest(citizen, r.id, {
          needs: a.needs ?? [],
          household: a.household ?? "single",
          network: a.network,
        });
      }
      eraseRequestTextsOf(citizen, ERASED);
      // Staff notices named the person (a short name): they no longer do.
      eraseNamesInNotices(
        requests.map((r) => r.id),
        ERASED,
      );
      deleteContactsOf(citizen);
      const cases = caseIdsOf(citizen);
      eraseCaseTextsOf(citizen, ERASED);
      // The account: no name, no address to mail, a password nobody knows, no calendar, no sessions.
      anonymiseCitizenAccount(citizen, {
        name: ERASED,
        email: `verwijderd-${userId}@invalid`,
        passwordHash: `erased:${randomBytes(32).toString("hex")}`,
      });
      deleteSessionsOf({ userId });
      forgetDevicesOf({ userId });
      audit({
        actorUserId: userId,
        action: "citizen.erased",
        subjectType: "user",
        subjectId: userId,
        detail: { requests: requests.length, cases: cases.length, at: now.toISOString() },
      });
      return true;
    },
    { behavior: "immediate" },
  );
}
