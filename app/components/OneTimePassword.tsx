// A new account's one-time password, shown once right after it was made (admins and provider staff).
import { Alert, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type MessageKey, useT } from "~/i18n";
import { Announce } from "./Announce";

export function OneTimePassword({
  created,
  text,
}: {
  created: { email: string; oneTimePassword: string };
  /** A message with an {email} placeholder. */
  text: MessageKey;
}) {
  const t = useT();
  return (
    // A new password is a new notice: keyed by it, so a second account in a row takes focus too.
    <Announce key={created.oneTimePassword}>
      <Alert type="ok" role="status">
        <Heading2>{t("users.created.title")}</Heading2>
        <Paragraph>{t(text, { email: created.email })}</Paragraph>
        <Paragraph>
          <code className="hw-secret" data-testid="one-time-password">
            {created.oneTimePassword}
          </code>
        </Paragraph>
        <Paragraph>{t("users.created.howToLogIn")}</Paragraph>
        {/* Said as the code does it: no expiry, only the first own password ends it. */}
        <Paragraph>{t("users.created.validity")}</Paragraph>
      </Alert>
    </Announce>
  );
}
