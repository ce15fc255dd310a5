// The parts of the second factor that the login's code step, the staff's first-login enrolment and
// a citizen's account page share: the code form, the QR code with the secret to type, and the
// recovery codes shown once (ADR 025).
import type { SubmissionResult } from "@conform-to/react";
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type ReactNode, useEffect, useState } from "react";
import { ErrorSummary, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { type MessageKey, plural, useT } from "~/i18n";
import { secondFactorCodeSchema } from "~/schemas/second-factor";

/** The minutes to wait that a refused post carries when too many codes were wrong, or null. */
export function blockedMinutesOf(answer: unknown): number | null {
  if (!answer || typeof answer !== "object" || !("blockedMinutes" in answer)) return null;
  return typeof answer.blockedMinutes === "number" ? answer.blockedMinutes : null;
}

/**
 * One code field (an app's code, or a recovery code) with its error summary and the notice when
 * too many were wrong. `children` stand between the summary and the form (the setup steps). Only
 * the code (and `intent`) is posted: an enrolment's secret stays on the server (ADR 032).
 */
export function SecondFactorCodeForm({
  id,
  result,
  submit,
  intent,
  hint,
  blockedMinutes,
  children,
  recovery = false,
}: {
  id: string;
  result: SubmissionResult<string[]> | null | undefined;
  submit: MessageKey;
  intent?: string;
  hint?: ReactNode;
  blockedMinutes?: number | null | undefined;
  children?: ReactNode;
  /** Whether a recovery code is taken too (login, turning off): the label says so. */
  recovery?: boolean;
}) {
  const t = useT();
  const [form, fields] = useZodForm(id, secondFactorCodeSchema, result);
  const labels = { code: t(recovery ? "secondFactor.code.labelOrRecovery" : "secondFactor.code.label") };
  return (
    <>
      {blockedMinutes ? (
        <Alert type="error" role="alert">
          <Paragraph>{plural(t, "secondFactor.code.blocked", blockedMinutes)}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary form={form} fields={{ code: fields.code }} labels={labels} />
      {children}
      <Form method="post" {...getFormProps(form)}>
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        <TextField
          field={fields.code}
          label={labels.code}
          description={hint}
          autoComplete="one-time-code"
          // Digits only where no recovery code is taken: a numeric keypad has no letters for one.
          inputMode={recovery ? undefined : "numeric"}
        />
        <SubmitButton label={submit} busyLabel="secondFactor.code.submitting" />
      </Form>
    </>
  );
}

/** Steps 1 and 2: an app, and the QR code (server-drawn SVG) or the secret in groups of four. */
export function TotpSetupSteps({ qrSvg, grouped, uri }: { qrSvg: string; grouped: string; uri: string }) {
  const t = useT();
  return (
    <ol className="hw-totp-steps">
      <li>
        <Paragraph>{t("secondFactor.enrol.step1")}</Paragraph>
      </li>
      <li>
        <Paragraph>{t("secondFactor.enrol.step2")}</Paragraph>
        <div
          className="hw-totp-qr"
          role="img"
          aria-label={t("secondFactor.enrol.qrLabel")}
          data-testid="totp-qr"
          // Drawn on the server by the qrcode package from our own otpauth address: no user input.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: server-made SVG of a fixed shape
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        {/* On the phone that holds the app a QR code cannot be scanned: open the app directly. */}
        <Paragraph>
          <a href={uri} className="utrecht-link hw-account-link" data-testid="totp-uri">
            {t("secondFactor.enrol.openInApp")}
          </a>
        </Paragraph>
        <Paragraph>{t("secondFactor.enrol.manual")}</Paragraph>
        <p className="hw-totp-secret" data-testid="totp-secret" translate="no">
          {grouped}
        </p>
      </li>
      <li>
        <Paragraph>{t("secondFactor.enrol.step3")}</Paragraph>
      </li>
    </ol>
  );
}

/** The ten recovery codes, shown only in the answer to the confirming post. */
export function RecoveryCodes({ codes, account }: { codes: string[]; account?: string | undefined }) {
  const t = useT();
  return (
    <section aria-labelledby="recovery-title">
      <Heading2 id="recovery-title">{t("secondFactor.recovery.title")}</Heading2>
      {/* On paper too: which account these codes open (outside walk). */}
      {account ? (
        <Paragraph data-testid="recovery-account">{t("secondFactor.recovery.account", { account })}</Paragraph>
      ) : null}
      <Paragraph>{t("secondFactor.recovery.text")}</Paragraph>
      <ul className="hw-recovery-codes" aria-label={t("secondFactor.recovery.listLabel")} data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code} translate="no">
            {code}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The print button, once the page runs JavaScript; before that (or without it) a hint to print with
 * the browser. Either way the print stylesheet leaves only the codes on paper.
 */
export function PrintCodes() {
  const t = useT();
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  return scripted ? (
    <Paragraph className="hw-no-print">
      <Button type="button" appearance="secondary-action-button" onClick={() => window.print()}>
        {t("twoStep.print.button")}
      </Button>
    </Paragraph>
  ) : (
    <Paragraph className="hw-no-print">{t("twoStep.print.hint")}</Paragraph>
  );
}
