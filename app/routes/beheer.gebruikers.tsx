import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { Announce } from "~/components/Announce";
import { DataTable } from "~/components/DataTable";
import { ErrorSummary, SelectField, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { OneTimePassword } from "~/components/OneTimePassword";
import { formatDateTime, type MessageKey, useLocale, useT } from "~/i18n";
import { deactivateStaffSchema, STAFF_ROLES, staffSchema } from "~/schemas/account";
import {
  createStaffUser,
  deactivateStaffUser,
  listStaff,
  providersForNewStaff,
} from "~/services/accounts/staff.server";
import { getMunicipality } from "~/services/municipalities.server";
import { parseForm } from "~/utils/forms.server";
import { forbidden, invariantResponse, notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("users.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  const providers = providersForNewStaff(admin);
  // From the vetting page: the provider's first account, for the contact it applied with.
  const chosen = providers.find((p) => String(p.id) === new URL(request.url).searchParams.get("aanbieder"));
  const confirming = Number(new URL(request.url).searchParams.get("deactiveren")) || null;
  return {
    adminId: admin.id,
    confirming,
    municipality: getMunicipality(admin.municipalityCode)?.name ?? admin.municipalityCode,
    staff: listStaff(admin),
    providers: providers.map((p) => ({ id: p.id, name: p.name })),
    defaults: chosen
      ? { role: "provider_staff", providerId: String(chosen.id), name: chosen.contactName, email: chosen.contactEmail }
      : undefined,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  const formData = await readFormData(request);
  if (formData.get("intent") === "deactivate") {
    const parsed = parseForm(formData, deactivateStaffSchema);
    invariantResponse(parsed.status === "success", "validation.invalid");
    const result = deactivateStaffUser(admin, parsed.value.userId);
    if (!result.ok && result.reason === "not_found") throw notFound();
    if (!result.ok && result.reason === "provider_reaches_further") throw forbidden();
    invariantResponse(result.ok, "users.deactivate.self");
    return data({ result: null, created: null, deactivated: true });
  }
  const submission = parseForm(formData, staffSchema);
  if (submission.status !== "success") {
    return data({ result: submission.reply(), created: null, deactivated: false }, { status: 400 });
  }
  const result = await createStaffUser(admin, submission.value);
  if (!result.ok) {
    const refusals = {
      email_taken: { email: ["users.create.emailTaken"] },
      provider_not_in_municipality: { providerId: ["validation.provider.required"] },
      provider_not_vetted: { providerId: ["validation.provider.notVetted"] },
      provider_reaches_further: { providerId: ["validation.provider.reachesFurther"] },
    } satisfies Record<typeof result.reason, Record<string, MessageKey[]>>;
    // Reaching beyond the municipality is not a typing mistake: the admin may not do it (403).
    const status = result.reason === "provider_reaches_further" ? 403 : 400;
    return data(
      { result: submission.reply({ fieldErrors: refusals[result.reason] }), created: null, deactivated: false },
      { status },
    );
  }
  // Reset the form; the one-time password is shown once, in this response only.
  return data({
    result: submission.reply({ resetForm: true }),
    created: { email: result.user.email, oneTimePassword: result.oneTimePassword },
    deactivated: false,
  });
}

export default function StaffPage() {
  const t = useT();
  const locale = useLocale();
  const { municipality, staff, providers, defaults, adminId, confirming } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm("staff", staffSchema, actionData?.result ?? undefined, defaults);
  const labels = {
    name: t("users.create.name"),
    email: t("users.create.email"),
    role: t("users.create.role"),
    providerId: t("users.create.provider"),
  };
  const created = actionData?.created;
  const asked = staff.find(
    (u) => u.id === confirming && u.mayDeactivate && u.deactivatedAt === null && u.id !== adminId,
  );
  return (
    <>
      <Heading1>{t("users.title")}</Heading1>
      <Paragraph>{t("users.intro")}</Paragraph>
      {created ? <OneTimePassword created={created} text="users.created.text" /> : null}
      {actionData?.deactivated ? (
        <Announce>
          <Alert type="ok" role="status">
            <Paragraph>{t("users.deactivated")}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      {asked ? (
        // Cannot be undone here: asked once more, with what it does, above the table (in its
        // narrow Status column the question was cut off).
        <Announce>
          <Alert type="warning">
            <Paragraph>{t("users.deactivate.confirm", { name: asked.name })}</Paragraph>
            <Form method="post" action="/beheer/gebruikers">
              <input type="hidden" name="intent" value="deactivate" />
              <input type="hidden" name="userId" value={asked.id} />
              <Button type="submit" appearance="primary-action-button">
                {t("users.deactivate.yes")}
              </Button>{" "}
              <Link to="/beheer/gebruikers" className="utrecht-link">
                {t("users.deactivate.cancel")}
              </Link>
            </Form>
          </Alert>
        </Announce>
      ) : null}
      <section aria-labelledby="staff-list-title">
        <Heading2 id="staff-list-title">{t("users.list.title", { municipality })}</Heading2>
        {staff.length === 0 ? (
          <Paragraph>{t("users.list.empty")}</Paragraph>
        ) : (
          <DataTable
            rows={staff}
            rowKey={(u) => u.id}
            label={t("users.list.region", { municipality })}
            columns={[
              {
                // Name and address in one column, the address wrapping: the table fits at 1280 px.
                header: t("users.col.person"),
                cell: (u) => (
                  <>
                    <div>{u.name}</div>
                    <div className="hw-wrap-anywhere">{u.email}</div>
                  </>
                ),
              },
              {
                header: t("users.col.roleOrganisation"),
                cell: (u) => (
                  <>
                    <div>{t(`role.${u.role}`)}</div>
                    <div>{u.providerName ?? municipality}</div>
                  </>
                ),
              },
              {
                header: t("users.col.lastLogin"),
                cell: (u) =>
                  u.lastLoginAt === null ? t("users.lastLogin.never") : formatDateTime(u.lastLoginAt, locale),
              },
              {
                // First whether the account works, then what the admin may do about it.
                header: t("users.col.status"),
                cell: (u) =>
                  u.deactivatedAt !== null ? (
                    t("users.status.deactivated", { date: formatDateTime(u.deactivatedAt, locale) })
                  ) : u.id === adminId ? (
                    t("users.status.active")
                  ) : !u.mayDeactivate ? (
                    t("users.status.activeNotHere")
                  ) : (
                    <>
                      <div>{t("users.status.activeHere")}</div>
                      {u.id === confirming ? (
                        <div>{t("users.deactivate.asked")}</div>
                      ) : (
                        <Form method="get">
                          <input type="hidden" name="deactiveren" value={u.id} />
                          <Button type="submit" appearance="secondary-action-button">
                            {t("users.deactivate.submit", { name: u.name })}
                          </Button>
                        </Form>
                      )}
                    </>
                  ),
              },
              {
                // Second factor (ADR 025): whether it is set up and since when; a lost phone is reset
                // here, within the same scope as deactivation.
                header: t("twoStep.reset.col"),
                cell: (u) => (
                  <>
                    <div>
                      {u.totpEnabledAt === null
                        ? t("twoStep.list.off")
                        : t("twoStep.list.on", { date: formatDateTime(u.totpEnabledAt, locale) })}
                    </div>
                    {u.totpEnabledAt !== null && u.deactivatedAt === null && u.id !== adminId && u.mayDeactivate ? (
                      <div>
                        <Link to={`/beheer/gebruikers/${u.id}/tweestaps`} className="utrecht-link">
                          {t("twoStep.reset.linkFor", { name: u.name })}
                        </Link>
                      </div>
                    ) : null}
                  </>
                ),
              },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="staff-create-title" className="hw-narrow">
        <Heading2 id="staff-create-title">{t("users.create.title")}</Heading2>
        <Paragraph>{t("users.create.providerHint", { municipality })}</Paragraph>
        <ErrorSummary
          form={form}
          fields={{ name: fields.name, email: fields.email, role: fields.role, providerId: fields.providerId }}
          labels={labels}
        />
        <Form method="post" {...getFormProps(form)}>
          <TextField field={fields.name} label={labels.name} autoComplete="off" />
          <TextField field={fields.email} label={labels.email} type="email" autoComplete="off" />
          <SelectField
            field={fields.role}
            label={labels.role}
            options={[
              { value: "", label: t("users.create.rolePlaceholder") },
              ...STAFF_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) })),
            ]}
          />
          <SelectField
            field={fields.providerId}
            label={labels.providerId}
            required={false}
            options={[
              { value: "", label: t("users.create.providerNone") },
              ...providers.map((p) => ({ value: String(p.id), label: p.name })),
            ]}
          />
          <SubmitButton label="users.create.submit" />
        </Form>
      </section>
    </>
  );
}
