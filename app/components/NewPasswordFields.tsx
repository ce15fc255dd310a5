// A new password typed twice, with its rule as the hint: the same on the password page (also the
// forced change at a first login) and on the page of a reset link.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorSummary, type Field, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { type MessageKey, useT } from "~/i18n";
import { resetPasswordSchema } from "~/schemas/account";

/** The two fields' labels, also for the page's error summary. */
export function useNewPasswordLabels() {
  const t = useT();
  return { password: t("password.new"), passwordAgain: t("password.newAgain") };
}

export function NewPasswordFields({ password, passwordAgain }: { password: Field; passwordAgain: Field }) {
  const t = useT();
  const labels = useNewPasswordLabels();
  return (
    <>
      <TextField
        field={password}
        label={labels.password}
        type="password"
        autoComplete="new-password"
        description={t("register.passwordHint")}
      />
      <TextField field={passwordAgain} label={labels.passwordAgain} type="password" autoComplete="new-password" />
    </>
  );
}

/**
 * The whole form of a page that sets a password without the old one (a first login, a reset link):
 * its error summary, the account's address for password managers, the two fields and the button.
 */
export function NewPasswordForm({
  id,
  email,
  result,
  submit,
  busy,
}: {
  id: string;
  email: string;
  result: SubmissionResult<string[]> | null | undefined;
  submit: MessageKey;
  busy: MessageKey;
}) {
  const [form, fields] = useZodForm(id, resetPasswordSchema, result);
  const labels = useNewPasswordLabels();
  return (
    <>
      <ErrorSummary
        form={form}
        fields={{ password: fields.password, passwordAgain: fields.passwordAgain }}
        labels={labels}
      />
      <Form method="post" {...getFormProps(form)}>
        {/* For password managers: which account the new password belongs to. */}
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <NewPasswordFields password={fields.password} passwordAgain={fields.passwordAgain} />
        <SubmitButton label={submit} busyLabel={busy} />
      </Form>
    </>
  );
}
