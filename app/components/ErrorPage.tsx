// The calm page for 4xx and 5xx: says what happened in plain words and offers a way back.
import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { type MessageKey, useT } from "~/i18n";

function statusOf(error: unknown): 400 | 403 | 404 | 500 {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404 || error.status === 403) return error.status;
    if (error.status >= 400 && error.status < 500) return 400;
  }
  return 500;
}

export function ErrorPage() {
  const error = useRouteError();
  const t = useT();
  const status = statusOf(error);
  return (
    <section aria-labelledby="error-title">
      <Heading1 id="error-title">{t(`error.${status}.title` as MessageKey)}</Heading1>
      <Paragraph>{t(`error.${status}.text` as MessageKey)}</Paragraph>
      <Paragraph>
        <a href="/" className="utrecht-link">
          {t("error.backHome")}
        </a>
      </Paragraph>
    </section>
  );
}
