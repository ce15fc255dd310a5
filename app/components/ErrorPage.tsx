// The calm page for 4xx and 5xx: says what happened in plain words and offers a way back.
import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { type MessageKey, useT } from "~/i18n";

const MESSAGES = {
  400: ["error.400.title", "error.400.text"],
  403: ["error.403.title", "error.403.text"],
  404: ["error.404.title", "error.404.text"],
  405: ["error.405.title", "error.405.page"],
  413: ["error.413.title", "error.413.text"],
  500: ["error.500.title", "error.500.text"],
} as const satisfies Record<number, readonly [MessageKey, MessageKey]>;

function statusOf(error: unknown): keyof typeof MESSAGES {
  if (isRouteErrorResponse(error)) {
    if (error.status in MESSAGES && error.status !== 500) return error.status as keyof typeof MESSAGES;
    if (error.status >= 400 && error.status < 500) return 400;
  }
  return 500;
}

export function ErrorPage() {
  const error = useRouteError();
  const t = useT();
  const [title, text] = MESSAGES[statusOf(error)];
  return (
    <section aria-labelledby="error-title">
      <Heading1 id="error-title">{t(title)}</Heading1>
      <Paragraph>{t(text)}</Paragraph>
      <Paragraph>
        <a href="/" className="utrecht-link">
          {t("error.backHome")}
        </a>
      </Paragraph>
    </section>
  );
}
