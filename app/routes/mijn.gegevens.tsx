import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "~/auth/auth.server";
import { blankSessionCookie } from "~/auth/session.server";
import { ContactSection } from "~/components/ContactSection";
import { useT } from "~/i18n";
import { authenticate } from "~/services/accounts/login.server";
import { handleContactForm } from "~/services/contact-form.server";
import { contactsOfCitizen } from "~/services/contacts.server";
import { eraseCitizen } from "~/services/privacy/erase.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("privacy.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "citizen" });
  const contacts = contactsOfCitizen(user).map((r) => ({
    id: r.id,
    forName: r.forName,
    street: r.street,
    houseNumber: r.houseNumber,
    postcode: r.postcode,
    place: r.place,
    phone: r.phone ?? "",
    preferredContact: r.preferredContact as string,
  }));
  return { email: user.email, contacts };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "citizen" });
  const form = await readFormData(request);
  if (form.get("intent") === "contact") return handleContactForm(user, form);
  // Erasing cannot be undone: it needs the box ticked and the password, so nobody erases by accident.
  if (form.get("confirm") !== "on") return data({ error: "privacy.erase.confirmNeeded" as const }, { status: 400 });
  const password = String(form.get("password") ?? "");
  if (!(await authenticate(user.email, password)))
    return data({ error: "privacy.erase.wrongPassword" as const }, { status: 400 });
  if (!eraseCitizen(user.id)) return data({ error: "privacy.erase.failed" as const }, { status: 400 });
  return redirect("/?melding=verwijderd", { headers: { "Set-Cookie": blankSessionCookie(request) } });
}

export default function PrivacyPage() {
  const t = useT();
  const { email, contacts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="hw-narrow">
      <Heading1>{t("privacy.title")}</Heading1>
      <Paragraph lead>{t("privacy.intro")}</Paragraph>
      <Paragraph>
        <Link to="/account/berichten" className="utrecht-link">
          {t("notices.preferencesLink")}
        </Link>
      </Paragraph>
      <ContactSection
        rows={contacts}
        notice={params.get("melding")}
        refusal={actionData && "contact" in actionData ? actionData.contact : undefined}
      />
      <section aria-labelledby="export-title">
        <Heading2 id="export-title">{t("privacy.export.title")}</Heading2>
        <Paragraph>{t("privacy.export.text")}</Paragraph>
        <Paragraph>
          <a href="/mijn/gegevens.json" className="utrecht-link" download>
            {t("privacy.export.link")}
          </a>
        </Paragraph>
      </section>
      <section aria-labelledby="erase-title" className="hw-box">
        <Heading2 id="erase-title">{t("privacy.erase.title")}</Heading2>
        <Paragraph>{t("privacy.erase.text")}</Paragraph>
        {actionData && "error" in actionData ? (
          <Alert type="error" role="alert">
            <Paragraph>{t(actionData.error)}</Paragraph>
          </Alert>
        ) : null}
        <Form method="post">
          <input type="hidden" name="username" value={email} autoComplete="username" />
          <div className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              type="checkbox"
              id="erase-confirm"
              name="confirm"
              required
              className="utrecht-checkbox utrecht-checkbox--html-input"
            />{" "}
            <label htmlFor="erase-confirm" className="utrecht-form-label utrecht-form-label--checkbox">
              {t("privacy.erase.confirm")}
            </label>
          </div>
          <div className="utrecht-form-field">
            <label htmlFor="erase-password" className="utrecht-form-label">
              {t("privacy.erase.password")}
            </label>
            <input
              id="erase-password"
              name="password"
              type="password"
              required
              autoComplete="current-password"
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          </div>
          <Button type="submit" appearance="primary-action-button" hint="danger">
            {t("privacy.erase.submit")}
          </Button>
        </Form>
      </section>
    </div>
  );
}
