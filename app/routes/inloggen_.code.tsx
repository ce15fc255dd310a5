// The second step of a login with a second factor: the code from the app, or a recovery code
// (ADR 025). Only a valid half-done login reaches this page; the session starts here.
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { logIn, requireAnonymous } from "~/auth/auth.server";
import { rememberThisDevice } from "~/auth/known-device.server";
import { blankPendingCookie, endPendingLogin, requirePendingLogin } from "~/auth/pending-login.server";
import { reserveSecondFactor, secondFactorSucceeded } from "~/auth/rate-limit.server";
import { blockedMinutesOf, SecondFactorCodeForm } from "~/components/SecondFactor";
import { useT } from "~/i18n";
import { secondFactorOf } from "~/models/second-factor.server";
import { secondFactorCodeSchema } from "~/schemas/second-factor";
import { checkSecondFactor } from "~/services/accounts/second-factor.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { retryAfterHeaders } from "~/utils/retry-after";

export const meta = titleMeta("secondFactor.code.title");

export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  requireAnonymous(request);
  requirePendingLogin(request, "code");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  requireAnonymous(request);
  const pending = requirePendingLogin(request, "code");
  const submission = parseForm(await readFormData(request), secondFactorCodeSchema);
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["code"] }) }, { status: 400 });
  }
  // Taken before the code is checked, as at the password: parallel guesses past it never reach it.
  const reservation = reserveSecondFactor(pending.userId);
  if (!reservation.ok) {
    const wait = reservation.retryAfterSeconds;
    return data(
      { result: submission.reply({ hideFields: ["code"] }), blockedMinutes: Math.ceil(wait / 60) },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const checked = checkSecondFactor(pending.userId, submission.value.code);
  if (!checked.ok) {
    return data(
      { result: submission.reply({ formErrors: ["secondFactor.code.wrong"], hideFields: ["code"] }) },
      { status: 400 },
    );
  }
  secondFactorSucceeded(pending.userId);
  const user = secondFactorOf({ userId: pending.userId });
  // Two tabs sending a right code at once: only one ends the half-done login and gets a session.
  if (!user || !endPendingLogin(pending)) {
    throw redirect("/inloggen?melding=verlopen", { headers: { "Set-Cookie": blankPendingCookie(request) } });
  }
  const response = logIn(request, user, pending.redirectTo);
  response.headers.append("Set-Cookie", blankPendingCookie(request));
  response.headers.append("Set-Cookie", rememberThisDevice(request, user.id));
  return response;
}

export default function SecondFactorCodePage() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  return (
    <div className="hw-narrow">
      <Heading1>{t("secondFactor.code.title")}</Heading1>
      <Paragraph>{t("secondFactor.code.intro")}</Paragraph>
      <SecondFactorCodeForm
        id="second-factor"
        result={actionData?.result}
        submit="secondFactor.code.submit"
        hint={t("secondFactor.code.hint")}
        recovery
        blockedMinutes={blockedMinutesOf(actionData)}
      />
      <Paragraph>
        <Link to="/inloggen" className="utrecht-link">
          {t("secondFactor.back")}
        </Link>
      </Paragraph>
    </div>
  );
}
