// One's own second factor (ADR 025): a citizen may turn TOTP on (QR code, a code to confirm, the
// recovery codes once) and off again with a current code; for staff it is always on.
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireSession } from "~/auth/auth.server";
import { reserveSecondFactor, secondFactorSucceeded } from "~/auth/rate-limit.server";
import { Announce } from "~/components/Announce";
import {
  blockedMinutesOf,
  PrintCodes,
  RecoveryCodes,
  SecondFactorCodeForm,
  TotpSetupSteps,
} from "~/components/SecondFactor";
import { formatDateTime, type MessageKey, plural, useLocale, useT } from "~/i18n";
import { secondFactorCodeSchema } from "~/schemas/second-factor";
import {
  confirmEnrolment,
  disableOwnTotp,
  ENROL_REFUSALS,
  proposeEnrolment,
  RECOVERY_CODES_LOW,
  regenerateRecoveryCodes,
  totpStatusOf,
} from "~/services/accounts/second-factor.server";
import { parseForm } from "~/utils/forms.server";
import { invariantResponse, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { retryAfterHeaders } from "~/utils/retry-after";

export const meta = titleMeta("twoStep.title");

type Enrolment = Awaited<ReturnType<typeof proposeEnrolment>>;

export const headers = retryAfterHeaders;

/** The candidate secret waits with this session, never in the page's form (ADR 032). */
const holderOf = (session: { id: string }) => ({ kind: "session", id: session.id }) as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, session } = requireSession(request);
  const status = totpStatusOf({ userId: user.id });
  return {
    status,
    // Two or fewer left: one lost phone away from being locked out.
    recoveryLow: status.enabled && status.recoveryLeft <= RECOVERY_CODES_LOW,
    enrolment: status.enabled || status.required ? null : await proposeEnrolment(user, holderOf(session)),
  };
}

const blocked = (wait: number) => ({
  init: { status: 429, headers: { "Retry-After": String(wait) } },
  blockedMinutes: Math.ceil(wait / 60),
});

export async function action({ request }: ActionFunctionArgs) {
  const { user, session } = requireSession(request);
  const form = await readFormData(request);
  const intent = form.get("intent");
  invariantResponse(intent === "enable" || intent === "disable" || intent === "regenerate", "unknown_intent");
  const status = totpStatusOf({ userId: user.id });
  // Regenerating is for anyone with TOTP on, staff too. Staff keep theirs on (an admin resets a lost
  // one); a second "on" is not a new secret.
  if (intent !== "regenerate") invariantResponse(!status.required, "second_factor_required", { status: 403 });
  if (intent === "enable") invariantResponse(!status.enabled, "already_enabled");
  else invariantResponse(status.enabled, "not_enabled");
  // Only the code is read: a posted `secret` is dropped by the schema (ADR 032).
  const submission = parseForm(form, secondFactorCodeSchema);
  // Every intent's code is refused alike, at the form that was sent; the enable form again shows the
  // same kept secret (the one just scanned), made only after the checks above, so a post with no
  // secret proposed before finds none.
  const refuse = async (init: ResponseInit, more: { formError?: MessageKey; blockedMinutes?: number } = {}) =>
    data(
      {
        intent,
        result: submission.reply({ ...(more.formError ? { formErrors: [more.formError] } : {}), hideFields: ["code"] }),
        ...(intent === "enable" ? { enrolment: await proposeEnrolment(user, holderOf(session)) } : {}),
        ...(more.blockedMinutes === undefined ? {} : { blockedMinutes: more.blockedMinutes }),
      },
      init,
    );
  if (submission.status !== "success") return refuse({ status: 400 });
  const reservation = reserveSecondFactor(user.id);
  if (!reservation.ok) {
    const { init, blockedMinutes } = blocked(reservation.retryAfterSeconds);
    return refuse(init, { blockedMinutes });
  }
  const { code } = submission.value;
  if (intent === "regenerate") {
    const made = regenerateRecoveryCodes(user.id, code);
    if (!made.ok) return refuse({ status: 400 }, { formError: "twoStep.regenerate.wrong" });
    secondFactorSucceeded(user.id);
    return { intent, recoveryCodes: made.recoveryCodes, account: user.email, regenerated: true };
  }
  if (intent === "enable") {
    const enrolled = confirmEnrolment(user.id, holderOf(session), code);
    if (!enrolled.ok) return refuse({ status: 400 }, { formError: ENROL_REFUSALS[enrolled.reason] });
    secondFactorSucceeded(user.id);
    return { intent, recoveryCodes: enrolled.recoveryCodes, account: user.email };
  }
  const done = disableOwnTotp(user, code);
  if (!done.ok) return refuse({ status: 400 }, { formError: "twoStep.disable.wrong" });
  secondFactorSucceeded(user.id);
  return { intent, disabled: true };
}

export default function TwoStepPage() {
  const t = useT();
  const locale = useLocale();
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const refused = actionData && "result" in actionData ? actionData : undefined;
  const { status } = loaded;
  const enrolment = ((refused && "enrolment" in refused ? refused.enrolment : undefined) ??
    loaded.enrolment) as Enrolment | null;
  // The on and off forms differ only in their intent; a refusal shows at the form that was sent.
  const codeForm = (intent: "enable" | "disable" | "regenerate") => {
    const mine = refused?.intent === intent ? refused : undefined;
    return {
      id: `two-step-${intent}`,
      intent,
      result: mine?.result,
      submit: `twoStep.${intent}.submit` as const,
      blockedMinutes: blockedMinutesOf(mine),
    };
  };
  // The codes on their own first, as for staff: the off-form only after "bewaard".
  const shownCodes = actionData && "recoveryCodes" in actionData ? actionData : undefined;
  const low = loaded.recoveryLow;
  if (shownCodes) {
    return (
      // While codes are shown, printing the page prints only them (see the print stylesheet).
      <div className="hw-narrow hw-print-codes-page">
        <Heading1>{t("twoStep.title")}</Heading1>
        <Announce>
          <Alert type="ok" role="status">
            <Paragraph>{t("regenerated" in shownCodes ? "twoStep.regenerated" : "twoStep.enabled")}</Paragraph>
          </Alert>
          <div className="hw-print-codes">
            <RecoveryCodes codes={shownCodes.recoveryCodes ?? []} account={shownCodes.account} />
            <PrintCodes />
          </div>
        </Announce>
        <Paragraph>
          <a href="/account/tweestaps" className="utrecht-button-link utrecht-button-link--primary-action hw-action">
            {t("secondFactor.recovery.continue")}
          </a>
        </Paragraph>
      </div>
    );
  }
  return (
    <div className="hw-narrow">
      <Heading1>{t("twoStep.title")}</Heading1>
      <Paragraph>{t("twoStep.intro")}</Paragraph>
      {actionData && "disabled" in actionData ? (
        <Announce>
          <Alert type="ok" role="status">
            <Paragraph>{t("twoStep.disabled")}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      <Paragraph>
        {status.enabled && status.enabledAt
          ? t("twoStep.on", { date: formatDateTime(status.enabledAt, locale) })
          : t("twoStep.off")}
      </Paragraph>
      {status.enabled && !low ? <Paragraph>{plural(t, "twoStep.recoveryLeft", status.recoveryLeft)}</Paragraph> : null}
      {low ? (
        <Alert type="warning">
          <Paragraph>{plural(t, "twoStep.recoveryLow", status.recoveryLeft)}</Paragraph>
        </Alert>
      ) : null}
      {status.enabled ? (
        <section aria-labelledby="two-step-regenerate-title">
          <Heading2 id="two-step-regenerate-title">{t("twoStep.regenerate.title")}</Heading2>
          <Paragraph>{t("twoStep.regenerate.text")}</Paragraph>
          <SecondFactorCodeForm {...codeForm("regenerate")} />
        </section>
      ) : null}
      {status.required ? (
        <Paragraph>{t("twoStep.required")}</Paragraph>
      ) : status.enabled ? (
        <section aria-labelledby="two-step-disable-title">
          <Heading2 id="two-step-disable-title">{t("twoStep.disable.title")}</Heading2>
          <Paragraph>{t("twoStep.disable.text")}</Paragraph>
          <SecondFactorCodeForm {...codeForm("disable")} recovery />
        </section>
      ) : enrolment ? (
        <section aria-labelledby="two-step-enable-title">
          <Heading2 id="two-step-enable-title">{t("twoStep.enable.title")}</Heading2>
          <SecondFactorCodeForm {...codeForm("enable")}>
            <TotpSetupSteps qrSvg={enrolment.qrSvg} grouped={enrolment.grouped} uri={enrolment.uri} />
          </SecondFactorCodeForm>
        </section>
      ) : null}
      <Paragraph>
        <Link to="/account" className="utrecht-link hw-back">
          {t("twoStep.back")}
        </Link>
      </Paragraph>
    </div>
  );
}
