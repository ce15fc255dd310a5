// A person's message preferences: e-mail on or off per kind they can switch, and the language
// messages are written in. A change is audited; the language switch of the site sets it too.
import { emailChoicesFor, emailOffAfter } from "~/domain/notice-preferences";
import { NOTIFICATION_RULES } from "~/domain/notifications";
import { noticePreferencesOf, updateLanguage, updateNoticePreferences } from "~/models/notice-preferences.server";
import { findProviderKind } from "~/models/providers.server";
import { audit } from "~/services/audit.server";
import { getDb } from "~db/client.server";
import type { UiLanguage } from "~db/enums";
import { NOTIFICATION_KINDS, type NotificationKind, type Role } from "~db/schema";

type Person = { id: number; role: Role; municipalityCode?: string | null; providerId?: number | null };

/** The kinds this person may switch e-mail off for: by role, and for provider staff by provider kind. */
function choicesOf(user: Person) {
  const kind =
    user.role === "provider_staff" && user.providerId ? findProviderKind({ providerId: user.providerId }) : undefined;
  return emailChoicesFor(user.role, kind);
}

export function noticePreferences(user: Person) {
  const row = noticePreferencesOf({ userId: user.id });
  const off = row?.emailOff ?? [];
  const audience = user.role === "citizen" ? "citizen" : "staff";
  return {
    language: row?.language ?? "nl",
    audience,
    choices: choicesOf(user).map((kind) => ({ kind, email: !off.includes(kind) })),
    // What comes whatever is chosen: receipts and decisions (citizens), account messages (all).
    always: NOTIFICATION_KINDS.filter(
      (k) =>
        NOTIFICATION_RULES[k].alwaysEmailed &&
        (NOTIFICATION_RULES[k].audience === audience || NOTIFICATION_RULES[k].audience === "account"),
    ),
  };
}

export function saveNoticePreferences(user: Person, input: { emailOn: NotificationKind[]; language: UiLanguage }) {
  const db = getDb();
  db.transaction((tx) => {
    const before = noticePreferencesOf({ userId: user.id });
    const emailOff = emailOffAfter(choicesOf(user), before?.emailOff, input.emailOn);
    updateNoticePreferences({ userId: user.id }, { emailOff, language: input.language }, tx);
    audit(
      {
        actorUserId: user.id,
        action: "user.notice_preferences_changed",
        subjectType: "user",
        subjectId: user.id,
        detail: { emailOff, language: input.language },
        municipalityCode: user.municipalityCode ?? null,
      },
      tx,
    );
  });
}

/** The site's language switch, for a logged-in person: their messages follow it. */
export function rememberLanguage(user: { id: number }, language: UiLanguage): void {
  updateLanguage({ userId: user.id }, language);
}
