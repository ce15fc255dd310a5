import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { z } from "zod";
import { requireProviderUser } from "~/auth/auth.server";
import { DataTable } from "~/components/DataTable";
import { ErrorSummary, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { formatDateTime, useLocale, useT } from "~/i18n";
import { formValueId } from "~/schemas/body-id";
import { createApiKey, listApiKeys, revokeApiKey } from "~/services/api-keys.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("keys.title");

const createSchema = z.object({
  name: z
    .string({ error: "validation.keyName" })
    .trim()
    .min(1, { error: "validation.keyName" })
    .max(60, { error: "validation.keyName" }),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireProviderUser(request);
  return { keys: listApiKeys(user.providerId) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireProviderUser(request);
  const form = await readFormData(request);
  if (form.get("intent") === "revoke") {
    const id = formValueId(form.get("keyId"));
    // Scoped to the user's provider: another provider's key id changes nothing.
    const revoked = id !== null && revokeApiKey(user.providerId, id, user.id);
    return data({ result: undefined, created: null, revoked }, { status: revoked ? 200 : 400 });
  }
  const submission = parseForm(form, createSchema);
  if (submission.status !== "success") {
    return data({ result: submission.reply(), created: null, revoked: false }, { status: 400 });
  }
  const created = createApiKey(user.providerId, submission.value.name, user.id);
  return data({ result: submission.reply({ resetForm: true }), created: created.key, revoked: false });
}

export default function ApiKeysPage() {
  const t = useT();
  const locale = useLocale();
  const { keys } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm("api-key", createSchema, actionData?.result);
  return (
    <>
      <Heading1>{t("keys.title")}</Heading1>
      <Paragraph>{t("keys.intro")}</Paragraph>
      <Paragraph>
        <a href="/api/v1/openapi.json" className="utrecht-link">
          {t("keys.docs")}
        </a>
      </Paragraph>
      {actionData?.created ? (
        <Alert type="ok" role="status">
          <Heading2>{t("keys.created.title")}</Heading2>
          <Paragraph>{t("keys.created.text")}</Paragraph>
          <Paragraph>
            <code className="hw-secret" data-testid="new-api-key">
              {actionData.created}
            </code>
          </Paragraph>
        </Alert>
      ) : null}
      {actionData?.revoked ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("keys.revokedNotice")}</Paragraph>
        </Alert>
      ) : null}
      {actionData && actionData.revoked === false && actionData.result === undefined ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("keys.revokeFailed")}</Paragraph>
        </Alert>
      ) : null}
      {keys.length === 0 ? (
        <Paragraph>{t("keys.none")}</Paragraph>
      ) : (
        <DataTable
          rows={keys}
          rowKey={(k) => k.id}
          columns={[
            { header: t("keys.col.name"), cell: (k) => k.name },
            { header: t("keys.col.prefix"), cell: (k) => <code>{k.prefix}…</code> },
            { header: t("keys.col.created"), cell: (k) => formatDateTime(k.createdAt, locale) },
            {
              header: t("keys.col.lastUsed"),
              cell: (k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : t("keys.never")),
            },
            {
              header: t("keys.col.status"),
              cell: (k) =>
                k.revokedAt ? (
                  t("keys.revoked")
                ) : (
                  <div className="hw-row-actions">
                    {t("keys.active")}
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="keyId" value={k.id} />
                      <Button type="submit" appearance="subtle-button" hint="danger">
                        {t("keys.revoke")}
                        <span className="visually-hidden"> {k.name}</span>
                      </Button>
                    </Form>
                  </div>
                ),
            },
          ]}
        />
      )}
      <section aria-labelledby="new-key-title" className="hw-narrow">
        <Heading2 id="new-key-title">{t("keys.create.title")}</Heading2>
        <ErrorSummary form={form} fields={{ name: fields.name }} labels={{ name: t("keys.create.name") }} />
        <Form method="post" {...getFormProps(form)}>
          <TextField field={fields.name} label={t("keys.create.name")} autoComplete="off" />
          <SubmitButton label="keys.create.submit" />
        </Form>
      </section>
    </>
  );
}
