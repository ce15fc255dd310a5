// A new staff member's first login: choose their own password before setting up the second factor
// (ADR 034). Part of the half-done login (ADR 025): no session yet, so no page of the role and no
// staff menu. The one-time password is not retyped: the half-done login proves it.
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireAnonymous } from "~/auth/auth.server";
import { requirePendingLogin, STEP_PATHS } from "~/auth/pending-login.server";
import { NewPasswordForm } from "~/components/NewPasswordFields";
import { useT } from "~/i18n";
import { secondFactorOf } from "~/models/second-factor.server";
import { resetPasswordSchema } from "~/schemas/account";
import { chooseFirstPassword } from "~/services/accounts/password.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("password.first.title");

export async function loader({ request }: LoaderFunctionArgs) {
  requireAnonymous(request);
  const pending = requirePendingLogin(request, "password");
  return { email: secondFactorOf({ userId: pending.userId })?.email ?? "" };
}

export async function action({ request }: ActionFunctionArgs) {
  requireAnonymous(request);
  const pending = requirePendingLogin(request, "password");
  const submission = parseForm(await readFormData(request), resetPasswordSchema);
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password", "passwordAgain"] }) }, { status: 400 });
  }
  const chosen = await chooseFirstPassword(pending.userId, submission.value.password);
  if (chosen === "same_as_given")
    return data(
      {
        result: submission.reply({
          hideFields: ["password", "passwordAgain"],
          fieldErrors: { password: ["password.sameAsGiven"] },
        }),
      },
      { status: 400 },
    );
  // On to the second factor's set-up, in the same half-done login.
  return redirect(STEP_PATHS.enrol);
}

export default function ChooseFirstPasswordPage() {
  const t = useT();
  const { email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="hw-narrow">
      <Heading1>{t("password.first.title")}</Heading1>
      <Paragraph>{t("password.first.pendingIntro")}</Paragraph>
      <NewPasswordForm
        id="first-password"
        email={email}
        result={actionData?.result}
        submit="password.first.submit"
        busy="password.submitting"
      />
    </div>
  );
}
