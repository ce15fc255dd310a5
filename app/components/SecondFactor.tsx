// The parts of setting up a second factor that the staff login and a citizen's account page share:
// the QR code with the secret to type, and the recovery codes shown once (ADR 025).
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useT } from "~/i18n";

/** Steps 1 and 2: an app, and the QR code (server-drawn SVG) or the secret in groups of four. */
export function TotpSetupSteps({ qrSvg, grouped }: { qrSvg: string; grouped: string }) {
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
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useT();
  return (
    <section aria-labelledby="recovery-title">
      <Heading2 id="recovery-title">{t("secondFactor.recovery.title")}</Heading2>
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
