// A staff member's first login with a second factor: set up TOTP with a QR code, confirm with a
// code, and see the recovery codes once (ADR 025). The session starts with the confirmation.
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Link, type ShouldRevalidateFunctionArgs, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { logIn, requireAnonymous } from "~/auth/auth.server";
import { rememberThisDevice } from "~/auth/known-device.server";
import { blankPendingCookie, endPendingLogin, readPendingLogin, STEP_PATHS } from "~/auth/pending-login.server";
import { reserveSecondFactor, secondFactorSucceeded } from "~/auth/rate-limit.server";
import {
  blockedMinutesOf,
  PrintCodes,
  RecoveryCodes,
  SecondFactorCodeForm,
  TotpSetupSteps,
} from "~/components/SecondFactor";
import { useT } from "~/i18n";
import { secondFactorOf } from "~/models/second-factor.server";
import { secondFactorCodeSchema } from "~/schemas/second-factor";
import { confirmEnrolment, ENROL_REFUSALS, proposeEnrolment } from "~/services/accounts/second-factor.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { retryAfterHeaders } from "~/utils/retry-after";

export const meta = titleMeta("secondFactor.enrol.title");

export const headers = retryAfterHeaders;

/** The half-done login on this page; anyone else goes back to the login page or to the code step. */
function pendingEnrolment(request: Request) {
  const pending = readPendingLogin(request);
  if (!pending) return null;
  if (pending.step !== "enrol") throw redirect(STEP_PATHS[pending.step]);
  return pending;
}

/** The candidate secret waits with the half-done login, never in the page's form (ADR 032). */
const holderOf = (pending: { id: string }) => ({ kind: "pending_login", id: pending.id }) as const;

export async function loader({ request }: LoaderFunctionArgs) {
  requireAnonymous(request);
  const pending = pendingEnrolment(request);
  // No redirect when it is gone: the page that shows the recovery codes is rendered after the
  // confirming post ended the half-done login, and says "log in again" only when there are none.
  if (!pending) return { enrolment: null };
  const user = secondFactorOf({ userId: pending.userId });
  return { enrolment: user ? await proposeEnrolment(user, holderOf(pending)) : null };
}

export async function action({ request }: ActionFunctionArgs) {
  requireAnonymous(request);
  const pending = pendingEnrolment(request);
  const user = pending ? secondFactorOf({ userId: pending.userId }) : undefined;
  if (!pending || !user) {
    throw redirect("/inloggen?melding=verlopen", { headers: { "Set-Cookie": blankPendingCookie(request) } });
  }
  // Any `secret` in the post is dropped by the schema: the code is checked against the kept one.
  const submission = parseForm(await readFormData(request), secondFactorCodeSchema);
  // After a refusal the same kept secret again: it is what the person just scanned.
  const again = () => proposeEnrolment(user, holderOf(pending));
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["code"] }), enrolment: await again() }, { status: 400 });
  }
  const reservation = reserveSecondFactor(pending.userId);
  if (!reservation.ok) {
    const wait = reservation.retryAfterSeconds;
    return data(
      {
        result: submission.reply({ hideFields: ["code"] }),
        enrolment: await again(),
        blockedMinutes: Math.ceil(wait / 60),
      },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const enrolled = confirmEnrolment(pending.userId, holderOf(pending), submission.value.code);
  if (!enrolled.ok) {
    return data(
      {
        result: submission.reply({ formErrors: [ENROL_REFUSALS[enrolled.reason]], hideFields: ["code"] }),
        enrolment: await again(),
      },
      { status: 400 },
    );
  }
  secondFactorSucceeded(pending.userId);
  endPendingLogin(pending);
  // The session starts now; the codes are in this answer only, never stored readable.
  const started = logIn(request, user, pending.redirectTo);
  const headers = new Headers();
  for (const line of started.headers.getSetCookie()) headers.append("Set-Cookie", line);
  headers.append("Set-Cookie", blankPendingCookie(request));
  headers.append("Set-Cookie", rememberThisDevice(request, user.id));
  return data(
    { recoveryCodes: enrolled.recoveryCodes, account: user.email, next: started.headers.get("Location") ?? "/" },
    { headers },
  );
}

/** After the confirmation the session exists: reloading this page's data would leave before the codes are read. */
export function shouldRevalidate({ actionResult, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (actionResult && typeof actionResult === "object" && "recoveryCodes" in actionResult) return false;
  return defaultShouldRevalidate;
}

export default function EnrolPage() {
  const t = useT();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const refused = actionData && "result" in actionData ? actionData : undefined;
  if (actionData && "recoveryCodes" in actionData) {
    return (
      // Printing the page prints only the codes (see the print stylesheet), as on /account/tweestaps.
      <div className="hw-narrow hw-print-codes-page">
        <Heading1>{t("secondFactor.enrol.title")}</Heading1>
        <div className="hw-print-codes">
          <RecoveryCodes codes={actionData.recoveryCodes} account={actionData.account} />
          <PrintCodes />
        </div>
        <Paragraph>
          {/* A document load: the menu shows the new session's workspace at once. */}
          <a href={actionData.next} className="utrecht-button-link utrecht-button-link--primary-action hw-action">
            {t("secondFactor.recovery.continue")}
          </a>
        </Paragraph>
      </div>
    );
  }
  const enrolment = refused?.enrolment ?? loaderData.enrolment;
  if (!enrolment) {
    return (
      <div className="hw-narrow">
        <Heading1>{t("secondFactor.enrol.title")}</Heading1>
        <Alert type="warning">
          <Paragraph>{t("secondFactor.expired")}</Paragraph>
        </Alert>
        <Paragraph>
          <Link to="/inloggen" className="utrecht-link">
            {t("secondFactor.back")}
          </Link>
        </Paragraph>
      </div>
    );
  }
  return (
    <div className="hw-narrow">
      <Heading1>{t("secondFactor.enrol.title")}</Heading1>
      <Paragraph>{t("secondFactor.enrol.intro")}</Paragraph>
      <SecondFactorCodeForm
        id="enrol"
        result={refused?.result}
        submit="secondFactor.enrol.submit"
        blockedMinutes={blockedMinutesOf(refused)}
      >
        <TotpSetupSteps qrSvg={enrolment.qrSvg} grouped={enrolment.grouped} uri={enrolment.uri} />
      </SecondFactorCodeForm>
      <Paragraph>
        <Link to="/inloggen" className="utrecht-link">
          {t("secondFactor.back")}
        </Link>
      </Paragraph>
    </div>
  );
}
