// A new password typed twice, with its rule as the hint: the same on the password page (also the
// forced change at a first login) and on the page of a reset link.
import { type Field, TextField } from "~/components/forms";
import { useT } from "~/i18n";

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
