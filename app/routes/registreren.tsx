import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { logIn, requireAnonymous } from "~/auth/auth.server";
import { ErrorSummary, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { useT } from "~/i18n";
import { registerSchema } from "~/schemas/account";
import { registerCitizen } from "~/services/accounts/register.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("register.title");

export async function loader({ request }: LoaderFunctionArgs) {
  requireAnonymous(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseForm(formData, registerSchema);
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const result = await registerCitizen(submission.value);
  if (!result.ok) {
    return data(
      { result: submission.reply({ fieldErrors: { email: ["register.emailTaken"] }, hideFields: ["password"] }) },
      { status: 400 },
    );
  }
  return logIn(request, result.user, submission.value.redirectTo || "/mijn");
}

export default function RegisterPage() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm("register", registerSchema, actionData?.result);
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  const labels = { name: t("register.name"), email: t("register.email"), password: t("register.password") };
  return (
    <div className="hw-narrow">
      <Heading1>{t("register.title")}</Heading1>
      <Paragraph>{t("register.intro")}</Paragraph>
      <ErrorSummary
        form={form}
        fields={{ name: fields.name, email: fields.email, password: fields.password }}
        labels={labels}
      />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField field={fields.name} label={labels.name} autoComplete="name" />
        <TextField field={fields.email} label={labels.email} type="email" autoComplete="email" />
        <TextField
          field={fields.password}
          label={labels.password}
          type="password"
          autoComplete="new-password"
          description={t("register.passwordHint")}
        />
        <SubmitButton label="register.submit" busyLabel="register.submitting" />
      </Form>
      <Paragraph>
        {t("register.haveAccount")}{" "}
        <Link
          to={redirectTo ? `/inloggen?${new URLSearchParams({ redirectTo })}` : "/inloggen"}
          className="utrecht-link"
        >
          {t("register.loginLink")}
        </Link>
      </Paragraph>
    </div>
  );
}
