import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { endedSession, logIn, requireAnonymous } from "~/auth/auth.server";
import { knownDeviceFor, rememberThisDevice } from "~/auth/known-device.server";
import { continueToSecondFactor } from "~/auth/pending-login.server";
import { loginSucceeded, reserveLogin } from "~/auth/rate-limit.server";
import { Announce } from "~/components/Announce";
import { ErrorSummary, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { plural, useT } from "~/i18n";
import { loginSchema } from "~/schemas/account";
import { authenticate } from "~/services/accounts/login.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { retryAfterHeaders } from "~/utils/retry-after";

export const meta = titleMeta("login.title");

export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  requireAnonymous(request);
  // A browser whose session ended elsewhere (a new password, deactivation) is told why, once.
  const ended = endedSession(request);
  if (!ended) return { endedReason: null };
  return data({ endedReason: ended.reason }, { headers: { "Set-Cookie": ended.clearCookie } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseForm(formData, loginSchema);
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const ip = context.clientIp;
  // The attempt is taken from the limits before the password is checked: parallel guesses
  // beyond the limit never reach the hash.
  const reservation = reserveLogin(email, ip, knownDeviceFor(request, email));
  if (!reservation.ok) {
    const wait = reservation.retryAfterSeconds;
    return data(
      {
        result: submission.reply({ hideFields: ["password"] }),
        blockedMinutes: Math.ceil(wait / 60),
      },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const user = await authenticate(email, password);
  if (!user) {
    // One message for unknown email and wrong password alike; the reservation stays as a failure.
    return data(
      { result: submission.reply({ formErrors: ["login.failed"], hideFields: ["password"] }) },
      { status: 400 },
    );
  }
  loginSucceeded(email, ip, reservation);
  // The second factor (ADR 025): its own pages, before any session exists.
  const secondFactor = continueToSecondFactor(request, user, redirectTo);
  if (secondFactor) return secondFactor;
  const response = logIn(request, user, redirectTo);
  response.headers.append("Set-Cookie", rememberThisDevice(request, user.id));
  return response;
}

export default function LoginPage() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const { endedReason } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useZodForm("login", loginSchema, actionData?.result);
  const labels = { email: t("login.email"), password: t("login.password") };
  return (
    <div className="hw-narrow">
      <Heading1>{t("login.title")}</Heading1>
      <Paragraph>{t("login.intro")}</Paragraph>
      {/* Said once: after a failed try the error is what counts (outside walk: green above red). */}
      {searchParams.get("melding") === "wachtwoord-gewijzigd" && !actionData ? (
        <Announce>
          <Alert type="ok" role="status">
            <Paragraph>{t("login.passwordReset")}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      {endedReason && !actionData ? (
        <Alert type={endedReason === "deactivated" ? "warning" : "info"} role="status">
          <Paragraph>{t(`login.ended.${endedReason}`)}</Paragraph>
        </Alert>
      ) : null}
      {searchParams.get("redirectTo")?.startsWith("/hulp/") ? (
        <Alert type="info">
          <Paragraph>{t("login.forRequest")}</Paragraph>
        </Alert>
      ) : null}
      {searchParams.get("melding") === "verlopen" && !actionData ? (
        <Alert type="warning">
          <Paragraph>{t("secondFactor.expired")}</Paragraph>
        </Alert>
      ) : null}
      {actionData && "blockedMinutes" in actionData ? (
        <Alert type="error" role="alert">
          <Paragraph>{plural(t, "login.blocked", Number(actionData.blockedMinutes ?? 15))}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary form={form} fields={{ email: fields.email, password: fields.password }} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <TextField field={fields.email} label={labels.email} type="email" autoComplete="username" />
        <TextField field={fields.password} label={labels.password} type="password" autoComplete="current-password" />
        <SubmitButton label="login.submit" busyLabel="login.submitting" />
      </Form>
      <Paragraph>
        <Link to="/wachtwoord-vergeten" className="utrecht-link hw-account-link">
          {t("login.forgotLink")}
        </Link>
      </Paragraph>
      <Paragraph>
        {t("login.noAccount")}{" "}
        <Link
          to={
            searchParams.get("redirectTo")
              ? `/registreren?${new URLSearchParams({ redirectTo: searchParams.get("redirectTo") ?? "" })}`
              : "/registreren"
          }
          className="utrecht-link"
        >
          {t("login.registerLink")}
        </Link>
      </Paragraph>
    </div>
  );
}
