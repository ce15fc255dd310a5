import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import {
  Alert,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { requireUser } from "~/auth/auth.server";
import { Announce } from "~/components/Announce";
import { ChoiceGroup, ErrorSummary, SubmitButton, useZodForm } from "~/components/forms";
import { useT } from "~/i18n";
import { noticePreferencesSchema } from "~/schemas/notice-preferences";
import { noticePreferences, saveNoticePreferences } from "~/services/notifications/preferences.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { UI_LANGUAGES } from "~db/enums";

export const meta = titleMeta("prefs.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  return { ...noticePreferences(user), saved: new URL(request.url).searchParams.get("melding") === "opgeslagen" };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request);
  const submission = parseForm(await readFormData(request), noticePreferencesSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  saveNoticePreferences(user, { emailOn: submission.value.email, language: submission.value.language });
  return redirect("/account/berichten?melding=opgeslagen");
}

export default function NoticePreferencesPage() {
  const t = useT();
  const { audience, language, choices, always, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  const chosen = choices.filter((c) => c.email).map((c) => c.kind);
  // The saved choices are the form's starting values (conform's defaultValue takes arrays too).
  const start = { language, email: chosen } as unknown as Record<string, string>;
  const [form, fields] = useZodForm("notice-preferences", noticePreferencesSchema, actionData?.result, start);
  return (
    <div className="hw-narrow hw-prefs">
      <Heading1>{t("prefs.title")}</Heading1>
      <Paragraph lead>{t("prefs.intro")}</Paragraph>
      {saved ? (
        <Announce>
          <Alert type="ok" role="status">
            <Paragraph>{t("prefs.saved")}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      <ErrorSummary
        form={form}
        fields={{ email: fields.email, language: fields.language }}
        labels={{ email: t("prefs.email.legend"), language: t("prefs.language.legend") }}
      />
      <Form method="post" {...getFormProps(form)}>
        {choices.length > 0 ? (
          <ChoiceGroup
            field={fields.email}
            legend={t("prefs.email.legend")}
            multiple
            required={false}
            options={choices.map((c) => ({ value: c.kind, label: t(`notices.kind.${c.kind}`) }))}
          />
        ) : (
          <Paragraph>{t("prefs.email.none")}</Paragraph>
        )}
        <ChoiceGroup
          field={fields.language}
          legend={t("prefs.language.legend")}
          options={UI_LANGUAGES.map((l) => ({ value: l, label: t(`notices.language.${l}`) }))}
        />
        <Paragraph>{t("prefs.language.hint")}</Paragraph>
        <SubmitButton label="prefs.save" />
      </Form>
      <section aria-labelledby="prefs-always-title">
        <Heading2 id="prefs-always-title">{t("prefs.always.title")}</Heading2>
        <Paragraph>{t(audience === "citizen" ? "prefs.always.text" : "prefs.always.textStaff")}</Paragraph>
        <UnorderedList>
          {always.map((kind) => (
            <UnorderedListItem key={kind}>{t(`notices.kind.${kind}`)}</UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
      <Paragraph>
        <Link to="/meldingen" className="utrecht-link">
          {t("notices.home.all")}
        </Link>
      </Paragraph>
    </div>
  );
}
