import {
  type ActionFunctionArgs,
  data,
  type HeadersFunction,
  type LoaderFunctionArgs,
  redirect,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { rememberThisDevice, thisDevice } from "~/auth/known-device.server";
import { passwordResetCompleted } from "~/auth/rate-limit.server";
import { blankSessionCookie } from "~/auth/session.server";
import { Announce } from "~/components/Announce";
import { NewPasswordForm } from "~/components/NewPasswordFields";
import { useT } from "~/i18n";
import { resetPasswordSchema } from "~/schemas/account";
import { checkResetToken, type ResetRefusal, resetPassword } from "~/services/accounts/password.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("reset.title");

// The token is in the path: no page this one links to may learn it from the Referer.
export const headers: HeadersFunction = () => ({ "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" });

export async function loader({ params }: LoaderFunctionArgs) {
  const check = checkResetToken(params.token ?? "");
  // A link that no longer works is a 410 (gone) with the way to ask a new one, not a 500.
  if (!check.ok)
    return data({ refused: check.reason, email: null }, { status: check.reason === "unknown" ? 404 : 410 });
  return { refused: null, email: check.email };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const submission = parseForm(await readFormData(request), resetPasswordSchema);
  if (submission.status !== "success") {
    return data(
      { result: submission.reply({ hideFields: ["password", "passwordAgain"] }), refused: null },
      { status: 400 },
    );
  }
  const done = await resetPassword(params.token ?? "", submission.value.password);
  if (!done.ok) {
    return data({ result: null, refused: done.reason }, { status: done.reason === "unknown" ? 404 : 410 });
  }
  // The mailbox is proven: failures that locked the account for this person are forgiven, and this
  // browser counts as the owner's (ADR 034), so the advised reset really lets them in.
  passwordResetCompleted(done.email, context.clientIp, thisDevice(request));
  const headers = new Headers();
  headers.append("Set-Cookie", blankSessionCookie(request));
  headers.append("Set-Cookie", rememberThisDevice(request, done.userId));
  // Every session ended, this browser's too; the person logs in with the new password, which also
  // asks a second factor where the account has one (a reset link alone never logs anyone in).
  return redirect("/inloggen?melding=wachtwoord-gewijzigd", { headers });
}

export default function ResetPasswordPage() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const refused = actionData?.refused ?? loaded.refused;
  if (refused) return <Refused reason={refused} />;
  return <ResetForm email={loaded.email ?? ""} result={actionData?.result ?? undefined} />;
}

function ResetForm({ email, result }: { email: string; result: Parameters<typeof NewPasswordForm>[0]["result"] }) {
  const t = useT();
  return (
    <div className="hw-narrow">
      <Heading1>{t("reset.title")}</Heading1>
      <Paragraph>{t("reset.intro", { email })}</Paragraph>
      <NewPasswordForm id="reset" email={email} result={result} submit="reset.submit" busy="reset.submitting" />
    </div>
  );
}

function Refused({ reason }: { reason: ResetRefusal }) {
  const t = useT();
  return (
    <div className="hw-narrow">
      <Heading1>{t("reset.refused.title")}</Heading1>
      <Announce>
        <Alert type="error" role="alert">
          <Paragraph>{t(`reset.refused.${reason}`)}</Paragraph>
        </Alert>
      </Announce>
      <Paragraph>
        <Link to="/wachtwoord-vergeten" className="utrecht-link hw-account-link">
          {t("reset.refused.askNew")}
        </Link>
      </Paragraph>
    </div>
  );
}
