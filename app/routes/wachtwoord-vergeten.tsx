import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireAnonymous } from "~/auth/auth.server";
import { reservePasswordReset } from "~/auth/rate-limit.server";
import { Announce } from "~/components/Announce";
import { ErrorSummary, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { plural, useT } from "~/i18n";
import { forgotPasswordSchema } from "~/schemas/account";
import { requestPasswordReset } from "~/services/accounts/password.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { retryAfterHeaders } from "~/utils/retry-after";

export const meta = titleMeta("forgot.title");
export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  requireAnonymous(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseForm(await readFormData(request), forgotPasswordSchema);
  if (submission.status !== "success") {
    return data({ result: submission.reply(), sentTo: null, blockedMinutes: null }, { status: 400 });
  }
  const { email } = submission.value;
  // Counted per typed address (known or not) and per client address, before any work.
  const reservation = reservePasswordReset(email, context.clientIp);
  if (!reservation.ok) {
    const wait = reservation.retryAfterSeconds;
    return data(
      { result: submission.reply(), sentTo: null, blockedMinutes: Math.ceil(wait / 60) },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  requestPasswordReset(email);
  // The same answer for every address: nobody learns here which addresses have an account.
  return data({ result: submission.reply(), sentTo: email, blockedMinutes: null });
}

export default function ForgotPasswordPage() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm("forgot", forgotPasswordSchema, actionData?.result);
  const labels = { email: t("forgot.email") };
  const sentTo = actionData?.sentTo;
  return (
    <div className="hw-narrow">
      <Heading1>{t("forgot.title")}</Heading1>
      {sentTo ? (
        <Announce>
          <Alert type="ok" role="status">
            <Heading2>{t("forgot.sent.title")}</Heading2>
            <Paragraph>{t("forgot.sent.text", { email: sentTo })}</Paragraph>
          </Alert>
        </Announce>
      ) : (
        <Paragraph>{t("forgot.intro")}</Paragraph>
      )}
      {actionData?.blockedMinutes ? (
        <Announce>
          <Alert type="error" role="alert">
            <Paragraph>{plural(t, "forgot.blocked", actionData.blockedMinutes)}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      <ErrorSummary form={form} fields={{ email: fields.email }} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        {sentTo ? <Heading2>{t("forgot.again")}</Heading2> : null}
        <TextField field={fields.email} label={labels.email} type="email" autoComplete="username" />
        <SubmitButton label="forgot.submit" busyLabel="forgot.submitting" />
      </Form>
      <Paragraph>
        <Link to="/inloggen" className="utrecht-link hw-account-link">
          {t("forgot.backToLogin")}
        </Link>
      </Paragraph>
    </div>
  );
}
