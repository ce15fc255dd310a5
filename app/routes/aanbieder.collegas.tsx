import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireProviderUser } from "~/auth/auth.server";
import { DataTable } from "~/components/DataTable";
import { ErrorSummary, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { OneTimePassword } from "~/components/OneTimePassword";
import { formatDateTime, useLocale, useT } from "~/i18n";
import { colleagueSchema } from "~/schemas/account";
import { addColleague, listColleagues } from "~/services/accounts/staff.server";
import { getProviderWithArea } from "~/services/providers.server";
import { parseForm } from "~/utils/forms.server";
import { forbidden, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("colleagues.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireProviderUser(request);
  // Scoped by the session's provider, never by an id from the URL.
  const provider = getProviderWithArea(user.providerId);
  if (!provider) throw forbidden();
  return { provider: provider.name, colleagues: listColleagues(user) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireProviderUser(request);
  const submission = parseForm(await readFormData(request), colleagueSchema);
  if (submission.status !== "success") {
    return data({ result: submission.reply(), created: null }, { status: 400 });
  }
  const result = await addColleague(user, submission.value);
  if (!result.ok) {
    return data(
      { result: submission.reply({ fieldErrors: { email: ["users.create.emailTaken"] } }), created: null },
      { status: 400 },
    );
  }
  // Reset the form; the one-time password is shown once, in this response only.
  return data({
    result: submission.reply({ resetForm: true }),
    created: { email: result.user.email, oneTimePassword: result.oneTimePassword },
  });
}

export default function ColleaguesPage() {
  const t = useT();
  const locale = useLocale();
  const { provider, colleagues } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm("colleague", colleagueSchema, actionData?.result);
  const labels = { name: t("users.create.name"), email: t("users.create.email") };
  const created = actionData?.created;
  return (
    <>
      <Heading1>{t("colleagues.title")}</Heading1>
      <Paragraph>{t("colleagues.intro", { provider })}</Paragraph>
      {created ? <OneTimePassword created={created} text="colleagues.created.text" /> : null}
      <section aria-labelledby="colleagues-list-title">
        <Heading2 id="colleagues-list-title">{t("colleagues.list.title", { provider })}</Heading2>
        <DataTable
          rows={colleagues}
          rowKey={(u) => u.id}
          columns={[
            {
              header: t("users.col.name"),
              cell: (u) => (u.deactivated ? `${u.name} ${t("colleagues.deactivated")}` : u.name),
            },
            { header: t("users.col.email"), cell: (u) => u.email },
            {
              header: t("users.col.lastLogin"),
              cell: (u) =>
                u.lastLoginAt === null ? t("users.lastLogin.never") : formatDateTime(u.lastLoginAt, locale),
            },
          ]}
        />
      </section>
      <section aria-labelledby="colleague-create-title" className="hw-narrow">
        <Heading2 id="colleague-create-title">{t("colleagues.create.title")}</Heading2>
        <ErrorSummary form={form} fields={{ name: fields.name, email: fields.email }} labels={labels} />
        <Form method="post" {...getFormProps(form)}>
          <TextField field={fields.name} label={labels.name} autoComplete="off" />
          <TextField field={fields.email} label={labels.email} type="email" autoComplete="off" />
          <SubmitButton label="users.create.submit" />
        </Form>
      </section>
    </>
  );
}
