// One's own second factor (ADR 025): a citizen may turn TOTP on (QR code, a code to confirm, the
// recovery codes once) and off again with a current code; for staff it is always on.
import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "~/auth/auth.server";
import { reserveSecondFactor, secondFactorSucceeded } from "~/auth/rate-limit.server";
import { Announce } from "~/components/Announce";
import { ErrorSummary, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { RecoveryCodes, TotpSetupSteps } from "~/components/SecondFactor";
import { formatDateTime, plural, useLocale, useT } from "~/i18n";
import { enrolSchema, secondFactorCodeSchema } from "~/schemas/second-factor";
import {
  confirmEnrolment,
  disableOwnTotp,
  proposeEnrolment,
  totpStatusOf,
} from "~/services/accounts/second-factor.server";
import { parseForm } from "~/utils/forms.server";
import { invariantResponse, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { retryAfterHeaders } from "~/utils/retry-after";

export const meta = titleMeta("twoStep.title");

type Enrolment = Awaited<ReturnType<typeof proposeEnrolment>>;

export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const status = totpStatusOf({ userId: user.id });
  return {
    status,
    enrolment: status.enabled || status.required ? null : await proposeEnrolment(user),
  };
}

const blocked = (wait: number) => ({
  init: { status: 429, headers: { "Retry-After": String(wait) } },
  blockedMinutes: Math.ceil(wait / 60),
});

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request);
  const form = await readFormData(request);
  const intent = form.get("intent");
  invariantResponse(intent === "enable" || intent === "disable", "unknown_intent");
  const status = totpStatusOf({ userId: user.id });
  // Staff keep theirs on (an admin resets a lost one); a second "on" is not a new secret.
  invariantResponse(!status.required, "second_factor_required", { status: 403 });
  if (intent === "enable") {
    invariantResponse(!status.enabled, "already_enabled");
    const submission = parseForm(form, enrolSchema);
    // After a refusal the same secret again: it is the one just scanned.
    const sent = form.get("secret");
    const enrolment = await proposeEnrolment(
      user,
      typeof sent === "string" && /^[A-Z2-7]{32}$/.test(sent) ? sent : undefined,
    );
    if (submission.status !== "success") {
      return data({ intent, result: submission.reply({ hideFields: ["code"] }), enrolment }, { status: 400 });
    }
    const reservation = reserveSecondFactor(user.id);
    if (!reservation.ok) {
      const { init, blockedMinutes } = blocked(reservation.retryAfterSeconds);
      return data({ intent, result: submission.reply({ hideFields: ["code"] }), enrolment, blockedMinutes }, init);
    }
    const enrolled = confirmEnrolment(user.id, submission.value.secret, submission.value.code);
    if (!enrolled.ok) {
      return data(
        {
          intent,
          result: submission.reply({ formErrors: ["secondFactor.enrol.wrong"], hideFields: ["code"] }),
          enrolment,
        },
        { status: 400 },
      );
    }
    secondFactorSucceeded(user.id);
    return { intent, recoveryCodes: enrolled.recoveryCodes };
  }
  invariantResponse(status.enabled, "not_enabled");
  const submission = parseForm(form, secondFactorCodeSchema);
  if (submission.status !== "success") {
    return data({ intent, result: submission.reply({ hideFields: ["code"] }) }, { status: 400 });
  }
  const reservation = reserveSecondFactor(user.id);
  if (!reservation.ok) {
    const { init, blockedMinutes } = blocked(reservation.retryAfterSeconds);
    return data({ intent, result: submission.reply({ hideFields: ["code"] }), blockedMinutes }, init);
  }
  const done = disableOwnTotp(user, submission.value.code);
  if (!done.ok) {
    return data(
      { intent, result: submission.reply({ formErrors: ["twoStep.disable.wrong"], hideFields: ["code"] }) },
      { status: 400 },
    );
  }
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
  const [enableForm, enableFields] = useZodForm(
    "two-step-enable",
    enrolSchema,
    refused?.intent === "enable" ? refused.result : undefined,
  );
  const [disableForm, disableFields] = useZodForm(
    "two-step-disable",
    secondFactorCodeSchema,
    refused?.intent === "disable" ? refused.result : undefined,
  );
  const labels = { code: t("secondFactor.code.label") };
  const blockedNotice =
    refused && "blockedMinutes" in refused ? (
      <Alert type="error" role="alert">
        <Paragraph>{plural(t, "secondFactor.code.blocked", Number(refused.blockedMinutes ?? 15))}</Paragraph>
      </Alert>
    ) : null;
  return (
    <div className="hw-narrow">
      <Heading1>{t("twoStep.title")}</Heading1>
      <Paragraph>{t("twoStep.intro")}</Paragraph>
      {actionData && "recoveryCodes" in actionData ? (
        <Announce>
          <Alert type="ok" role="status">
            <Paragraph>{t("twoStep.enabled")}</Paragraph>
          </Alert>
          <RecoveryCodes codes={actionData.recoveryCodes ?? []} />
        </Announce>
      ) : null}
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
      {status.enabled ? <Paragraph>{plural(t, "twoStep.recoveryLeft", status.recoveryLeft)}</Paragraph> : null}
      {status.required ? (
        <Paragraph>{t("twoStep.required")}</Paragraph>
      ) : status.enabled ? (
        <section aria-labelledby="two-step-disable-title">
          <Heading2 id="two-step-disable-title">{t("twoStep.disable.title")}</Heading2>
          <Paragraph>{t("twoStep.disable.text")}</Paragraph>
          {refused?.intent === "disable" ? blockedNotice : null}
          <ErrorSummary form={disableForm} fields={{ code: disableFields.code }} labels={labels} />
          <Form method="post" {...getFormProps(disableForm)}>
            <input type="hidden" name="intent" value="disable" />
            <TextField field={disableFields.code} label={labels.code} autoComplete="one-time-code" />
            <SubmitButton label="twoStep.disable.submit" busyLabel="secondFactor.code.submitting" />
          </Form>
        </section>
      ) : enrolment ? (
        <section aria-labelledby="two-step-enable-title">
          <Heading2 id="two-step-enable-title">{t("twoStep.enable.title")}</Heading2>
          {refused?.intent === "enable" ? blockedNotice : null}
          <ErrorSummary form={enableForm} fields={{ code: enableFields.code }} labels={labels} />
          <TotpSetupSteps qrSvg={enrolment.qrSvg} grouped={enrolment.grouped} />
          <Form method="post" {...getFormProps(enableForm)}>
            <input type="hidden" name="intent" value="enable" />
            <input type="hidden" name="secret" value={enrolment.secret} />
            <TextField field={enableFields.code} label={labels.code} autoComplete="one-time-code" />
            <SubmitButton label="twoStep.enable.submit" busyLabel="secondFactor.code.submitting" />
          </Form>
        </section>
      ) : null}
      <Paragraph>
        <Link to="/account/sessies" className="utrecht-link">
          {t("twoStep.back")}
        </Link>
      </Paragraph>
    </div>
  );
}
