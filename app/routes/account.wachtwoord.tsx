import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { homePathFor, requireSession } from "~/auth/auth.server";
import { knownDeviceFor, thisDevice } from "~/auth/known-device.server";
import { loginSucceeded, reserveLogin } from "~/auth/rate-limit.server";
import { Announce } from "~/components/Announce";
import { ErrorSummary, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { NewPasswordFields, useNewPasswordLabels } from "~/components/NewPasswordFields";
import { plural, useT } from "~/i18n";
import { changePasswordSchema } from "~/schemas/account";
import { changePassword } from "~/services/accounts/password.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { safeRedirect } from "~/utils/redirect";
import { retryAfterHeaders } from "~/utils/retry-after";

export const meta = titleMeta("password.title");
export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = requireSession(request);
  const url = new URL(request.url);
  return {
    first: user.mustChangePassword,
    changed: url.searchParams.get("melding") === "gewijzigd",
    redirectTo: url.searchParams.get("redirectTo") ?? "",
  };
}

const HIDE = { hideFields: ["currentPassword", "password", "passwordAgain"] };

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, session } = requireSession(request);
  const submission = parseForm(await readFormData(request), changePasswordSchema);
  if (submission.status !== "success") {
    return data({ result: submission.reply(HIDE), blockedMinutes: null }, { status: 400 });
  }
  const ip = context.clientIp;
  // Guessing the current password from an open session counts as guessing at the login.
  const reservation = reserveLogin(user.email, ip, knownDeviceFor(request, user.email));
  if (!reservation.ok) {
    const wait = reservation.retryAfterSeconds;
    return data(
      { result: submission.reply(HIDE), blockedMinutes: Math.ceil(wait / 60) },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const result = await changePassword(
    user,
    { sessionId: session.id, device: thisDevice(request) },
    { currentPassword: submission.value.currentPassword, password: submission.value.password },
  );
  if (!result.ok) {
    return data(
      {
        result: submission.reply({ ...HIDE, fieldErrors: { currentPassword: ["password.wrong"] } }),
        blockedMinutes: null,
      },
      { status: 400 },
    );
  }
  loginSucceeded(user.email, ip, reservation);
  // A first own password: on to where the person was going; otherwise the notice here.
  if (user.mustChangePassword) return redirect(safeRedirect(submission.value.redirectTo, homePathFor(user.role)));
  return redirect("/account/wachtwoord?melding=gewijzigd");
}

export default function ChangePasswordPage() {
  const t = useT();
  const { first, changed, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm("password", changePasswordSchema, actionData?.result);
  const labels = {
    currentPassword: t(first ? "password.currentOneTime" : "password.current"),
    ...useNewPasswordLabels(),
  };
  return (
    <div className="hw-narrow">
      <Heading1>{t(first ? "password.first.title" : "password.title")}</Heading1>
      {changed ? (
        <Announce>
          <Alert type="ok" role="status">
            <Paragraph>{t("password.changed")}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      <Paragraph>{t(first ? "password.first.intro" : "password.intro")}</Paragraph>
      {actionData?.blockedMinutes ? (
        <Announce>
          <Alert type="error" role="alert">
            <Paragraph>{plural(t, "password.blocked", actionData.blockedMinutes)}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      <ErrorSummary
        form={form}
        fields={{
          currentPassword: fields.currentPassword,
          password: fields.password,
          passwordAgain: fields.passwordAgain,
        }}
        labels={labels}
      />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          field={fields.currentPassword}
          label={labels.currentPassword}
          type="password"
          autoComplete="current-password"
        />
        <NewPasswordFields password={fields.password} passwordAgain={fields.passwordAgain} />
        <SubmitButton label={first ? "password.first.submit" : "password.submit"} busyLabel="password.submitting" />
      </Form>
      {first ? null : <Paragraph>{t("password.forgotten")}</Paragraph>}
    </div>
  );
}
