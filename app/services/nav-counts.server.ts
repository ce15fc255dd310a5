// What waits behind each workspace link, shown as a count in the navigation.

import type { SessionUser } from "~/auth/session.server";
import { clock } from "~/clock.server";
import type { NavCounts } from "~/components/SiteLayout";
import { inboxCount } from "./cases/inbox.server";
import { unreadNotices } from "./notifications/notices.server";
import { referralCount } from "./referrals/provider-referrals.server";

export function navCounts(user: SessionUser, now = clock.now()): NavCounts {
  // Every person's unread notices: one count on the notifications_recipient index.
  const counts: NavCounts = { "/meldingen": unreadNotices(user) };
  if (user.role === "consultant" && user.municipalityCode)
    counts["/consulent"] = inboxCount({ id: user.id, municipalityCode: user.municipalityCode }, now);
  if (user.role === "provider_staff" && user.providerId)
    // What waits, not how many run: the referrals page shows both, labelled (referralCount there too).
    counts["/aanbieder/verwijzingen"] = { waiting: referralCount({ id: user.id, providerId: user.providerId }, now) };
  return counts;
}
