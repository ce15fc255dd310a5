import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireAnonymous } from "~/auth/auth.server";
import { reserveRegistration } from "~/auth/rate-limit.server";
import { ErrorSummary, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { plural, useT } from "~/i18n";
import { loginSchema, registerSchema } from "~/schemas/account";
import { registerCitizen } from "~/services/accounts/register.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { LimiterFullError } from "~/utils/limiter";
import { titleMeta } from "~/utils/meta";
import { retryAfterHeaders } from "~/utils/retry-after";

export const meta = titleMeta("register.title");
export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  requireAnonymous(request);
  return null;
}

const BUSY_RETRY_SECONDS = 30;

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseForm(formData, registerSchema);
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }), refusal: null }, { status: 400 });
  }
  const typed = submission.reply({ hideFields: ["password"] });
  const reservation = reserveRegistration(context.clientIp);
  if (!reservation.ok) {
    const wait = reservation.retryAfterSeconds;
    return data(
      { result: typed, refusal: { message: "register.blocked" as const, minutes: Math.ceil(wait / 60) } },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const { name, email, password, redirectTo } = submission.value;
  try {
    await registerCitizen({ name, email, password });
  } catch (error) {
    if (!(error instanceof LimiterFullError)) throw error;
    return data(
      { result: typed, refusal: { message: "register.busy" as const, minutes: 1 } },
      { status: 503, headers: { "Retry-After": String(BUSY_RETRY_SECONDS) } },
    );
  }
  // The same page whether the account was made or the email was known already (ADR 017): nobody
  // learns from it which emails have an account. The person logs in next, on a prefilled form.
  return data({ done: { email, redirectTo: redirectTo || "/mijn" } });
}

export default function RegisterPage() {
  const actionData = useActionData<typeof action>();
  if (actionData && "done" in actionData) return <LogInNext {...actionData.done} />;
  return <RegisterForm />;
}

function RegisterForm() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const result = actionData && "result" in actionData ? actionData.result : undefined;
  const refusal = actionData && "refusal" in actionData ? actionData.refusal : null;
  const [form, fields] = useZodForm("register", registerSchema, result);
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  const labels = { name: t("register.name"), email: t("register.email"), password: t("register.password") };
  return (
    <div className="hw-narrow">
      <Heading1>{t("register.title")}</Heading1>
      <Paragraph>{t("register.intro")}</Paragraph>
      {refusal ? (
        <Alert type="error" role="alert">
          <Paragraph>
            {refusal.message === "register.blocked"
              ? plural(t, "register.blocked", refusal.minutes)
              : t(refusal.message)}
          </Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        form={form}
        fields={{ name: fields.name, email: fields.email, password: fields.password }}
        labels={labels}
      />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField field={fields.name} label={labels.name} autoComplete="name" />
        <TextField field={fields.email} label={labels.email} type="email" autoComplete="email" />
        <TextField
          field={fields.password}
          label={labels.password}
          type="password"
          autoComplete="new-password"
          description={t("register.passwordHint")}
        />
        <SubmitButton label="register.submit" busyLabel="register.submitting" />
      </Form>
      <Paragraph>
        {t("register.haveAccount")}{" "}
        <Link
          to={redirectTo ? `/inloggen?${new URLSearchParams({ redirectTo })}` : "/inloggen"}
          className="utrecht-link"
        >
          {t("register.loginLink")}
        </Link>
      </Paragraph>
    </div>
  );
}

/** After registering: log in with the email just typed, and go on to where the person was going. */
function LogInNext({ email, redirectTo }: { email: string; redirectTo: string }) {
  const t = useT();
  const [form, fields] = useZodForm("login", loginSchema, undefined, { email });
  const labels = { email: t("login.email"), password: t("login.password") };
  return (
    <div className="hw-narrow">
      <Heading1>{t("register.done.title")}</Heading1>
      <Alert type="info" role="status">
        <Paragraph>{t("register.done.text")}</Paragraph>
      </Alert>
      <Form method="post" action="/inloggen" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField field={fields.email} label={labels.email} type="email" autoComplete="username" />
        <TextField field={fields.password} label={labels.password} type="password" autoComplete="current-password" />
        <SubmitButton label="login.submit" busyLabel="login.submitting" />
      </Form>
    </div>
  );
}
