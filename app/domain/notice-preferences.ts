// Which e-mails a person may switch off: the switchable kinds of their audience, narrowed to the
// ones their role can receive (a cleaner never gets a complaint for the admin). Receipts,
// decisions and account messages are not switchable (NOTIFICATION_RULES) and always come.
import type { NotificationKind, Role } from "~db/enums";
import { switchableKinds } from "./notifications";

const STAFF_KINDS: Record<Exclude<Role, "citizen">, readonly NotificationKind[]> = {
  provider_staff: [
    "new_booking",
    "client_visit_cancelled",
    "client_booking_cancelled",
    "client_time_changed",
    "new_intake",
    "new_referral",
    "referral_withdrawn",
    "evaluation_due",
  ],
  consultant: ["new_case_request", "urgent_signal", "referral_declined", "evaluation_due"],
  admin: ["new_provider_application", "new_complaint"],
};

export function emailChoicesFor(role: Role): NotificationKind[] {
  if (role === "citizen") return switchableKinds("citizen");
  const mine = STAFF_KINDS[role];
  return switchableKinds("staff").filter((k) => mine.includes(k));
}

/**
 * The kinds to store as "no e-mail" from the kinds left on. Kinds the role cannot choose keep
 * their earlier setting (an account that changed role loses nothing it chose).
 */
export function emailOffAfter(
  role: Role,
  previous: readonly string[] | null | undefined,
  on: readonly string[],
): NotificationKind[] {
  const choices = emailChoicesFor(role);
  const kept = (previous ?? []).filter((k) => !(choices as string[]).includes(k)) as NotificationKind[];
  return [...kept, ...choices.filter((k) => !on.includes(k))];
}
