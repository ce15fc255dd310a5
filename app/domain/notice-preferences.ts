// Which e-mails a person may switch off: the switchable kinds of their audience, narrowed to the
// ones their role can receive (a cleaner never gets a complaint for the admin). Receipts,
// decisions and account messages are not switchable (NOTIFICATION_RULES) and always come.
import type { NotificationKind, ProviderKind, Role } from "~db/enums";
import { switchableKinds } from "./notifications";

const STAFF_KINDS: Record<Exclude<Role, "citizen">, readonly NotificationKind[]> = {
  provider_staff: [
    "new_booking",
    "client_visit_cancelled",
    "client_booking_cancelled",
    "client_time_changed",
    "client_note_changed",
    "new_intake",
    "new_referral",
    "referral_withdrawn",
    "evaluation_due",
    "request_withdrawn",
  ],
  consultant: ["new_case_request", "urgent_signal", "referral_declined", "evaluation_due"],
  admin: ["new_provider_application", "new_complaint"],
};

/** What a provider's staff hear of, by the kind of provider (a cleaner gets no referrals). */
const PROVIDER_KINDS: Record<ProviderKind, readonly NotificationKind[]> = {
  private_cleaner: [
    "new_booking",
    "client_visit_cancelled",
    "client_booking_cancelled",
    "client_time_changed",
    "client_note_changed",
  ],
  zin: ["new_referral", "referral_withdrawn", "evaluation_due"],
  physio: ["new_intake", "request_withdrawn"],
  pgb_mediator: ["new_intake", "request_withdrawn"],
};

export function emailChoicesFor(role: Role, providerKind?: ProviderKind): NotificationKind[] {
  if (role === "citizen") return switchableKinds("citizen");
  const mine = role === "provider_staff" && providerKind ? PROVIDER_KINDS[providerKind] : STAFF_KINDS[role];
  return switchableKinds("staff").filter((k) => mine.includes(k));
}

/**
 * The kinds to store as "no e-mail" from the kinds left on. Kinds the role cannot choose keep
 * their earlier setting (an account that changed role loses nothing it chose).
 */
export function emailOffAfter(
  choices: readonly NotificationKind[],
  previous: readonly string[] | null | undefined,
  on: readonly string[],
): NotificationKind[] {
  const kept = (previous ?? []).filter((k) => !(choices as string[]).includes(k)) as NotificationKind[];
  return [...kept, ...choices.filter((k) => !on.includes(k))];
}
