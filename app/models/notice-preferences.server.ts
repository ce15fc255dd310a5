// A person's choices for their messages: the kinds they get no e-mail for, and the language
// messages are written in. Read and written by the person themself only ({ userId }).
import { eq } from "drizzle-orm";
import { type Db, getDb } from "~db/client.server";
import type { UiLanguage } from "~db/enums";
import { users } from "~db/schema";

export function noticePreferencesOf(scope: { userId: number }) {
  return getDb()
    .select({ language: users.language, emailOff: users.emailOff })
    .from(users)
    .where(eq(users.id, scope.userId))
    .get();
}

export function updateNoticePreferences(
  scope: { userId: number },
  values: { emailOff: string[]; language: UiLanguage },
  db: Pick<Db, "update"> = getDb(),
): void {
  db.update(users).set(values).where(eq(users.id, scope.userId)).run();
}

/** The language chosen on the site is also the one messages are written in. */
export function updateLanguage(scope: { userId: number }, language: UiLanguage): void {
  getDb().update(users).set({ language }).where(eq(users.id, scope.userId)).run();
}
