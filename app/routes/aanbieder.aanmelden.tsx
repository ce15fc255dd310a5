import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { ChoiceGroup, ErrorSummary, type Field, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { type MessageKey, useT } from "~/i18n";
import { applicationSchema } from "~/schemas/provider-application";
import { listParticipatingMunicipalities } from "~/services/municipalities.server";
import { createProviderApplication } from "~/services/providers.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { LANGUAGES, PROVIDER_KINDS } from "~db/enums";

export const meta = titleMeta("apply.title");

// Anyone may apply; nothing is shown to citizens until the municipality has vetted it.
export async function loader() {
  return { municipalities: listParticipatingMunicipalities() };
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseForm(await readFormData(request), applicationSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = createProviderApplication(submission.value);
  if (!result.ok) return data({ result: submission.reply({ fieldErrors: result.errors }) }, { status: 400 });
  // Only the reference goes in the address: a page that repeated a name from its URL would say
  // whatever a link's author wrote, in the municipality's voice.
  return redirect(`/aanbieder/aanmelden?ontvangen=${result.id}`);
}

const LABELS = {
  kind: "apply.kind",
  name: "apply.name",
  kvkNumber: "apply.kvk",
  contactName: "apply.contactName",
  contactEmail: "apply.contactEmail",
  contactPhone: "apply.contactPhone",
  serves: "apply.serves",
  languages: "apply.languages",
  homePostcode: "apply.homePostcode",
  maxTravelKm: "apply.maxTravelKm",
  hourlyRate: "apply.hourlyRate",
  acceptsHht: "apply.acceptsHht",
  cao: "apply.cao",
  mediationFee: "apply.mediationFee",
  address: "apply.address",
} as const satisfies Record<string, MessageKey>;

export default function ApplyPage() {
  const t = useT();
  const { municipalities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useZodForm("apply", applicationSchema, actionData?.result);
  const f = fields as unknown as Record<keyof typeof LABELS, Field>;
  const label = (name: keyof typeof LABELS) => t(LABELS[name]);
  const received = params.get("ontvangen");
  if (received && /^[1-9]\d{0,8}$/.test(received)) {
    return (
      <>
        <Heading1>{t("apply.done.title")}</Heading1>
        <Alert type="ok" role="status">
          <Paragraph>{t("apply.done.text", { id: received })}</Paragraph>
        </Alert>
      </>
    );
  }
  const yesNo = [
    { value: "yes", label: t("apply.yes") },
    { value: "no", label: t("apply.no") },
  ];
  return (
    <div className="hw-narrow">
      <Heading1>{t("apply.title")}</Heading1>
      <Paragraph>{t("apply.intro")}</Paragraph>
      <ErrorSummary
        form={form}
        fields={f}
        labels={Object.fromEntries(Object.keys(LABELS).map((k) => [k, label(k as keyof typeof LABELS)]))}
      />
      <Form method="post" {...getFormProps(form)}>
        <section className="hw-form-section" aria-labelledby="apply-org">
          <Heading2 id="apply-org">{t("apply.section.organisation")}</Heading2>
          <ChoiceGroup
            field={f.kind}
            legend={label("kind")}
            options={PROVIDER_KINDS.map((k) => ({ value: k, label: t(`providerKind.${k}`) }))}
          />
          <TextField field={f.name} label={label("name")} autoComplete="organization" />
          <TextField field={f.kvkNumber} label={label("kvkNumber")} />
          <TextField field={f.contactName} label={label("contactName")} autoComplete="name" />
          <TextField field={f.contactEmail} label={label("contactEmail")} type="email" autoComplete="email" />
          <TextField
            field={f.contactPhone}
            label={label("contactPhone")}
            type="tel"
            autoComplete="tel"
            required={false}
          />
        </section>
        <section className="hw-form-section" aria-labelledby="apply-area">
          <Heading2 id="apply-area">{t("apply.section.area")}</Heading2>
          <ChoiceGroup
            field={f.serves}
            legend={label("serves")}
            multiple
            options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
          />
          <ChoiceGroup
            field={f.languages}
            legend={label("languages")}
            multiple
            options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          />
        </section>
        <section className="hw-form-section" aria-labelledby="apply-travel">
          <Heading2 id="apply-travel">{t("apply.section.travel")}</Heading2>
          <TextField field={f.homePostcode} label={label("homePostcode")} autoComplete="postal-code" required={false} />
          <TextField field={f.maxTravelKm} label={label("maxTravelKm")} type="number" required={false} />
        </section>
        <section className="hw-form-section" aria-labelledby="apply-cleaner">
          <Heading2 id="apply-cleaner">{t("apply.section.cleaner")}</Heading2>
          <TextField field={f.hourlyRate} label={label("hourlyRate")} required={false} />
          <ChoiceGroup field={f.acceptsHht} legend={label("acceptsHht")} options={yesNo} required={false} />
        </section>
        <section className="hw-form-section" aria-labelledby="apply-zin">
          <Heading2 id="apply-zin">{t("apply.section.zin")}</Heading2>
          <ChoiceGroup
            field={f.cao}
            legend={label("cao")}
            required={false}
            options={[
              { value: "schoonmaak", label: t("apply.cao.schoonmaak") },
              { value: "vvt", label: t("apply.cao.vvt") },
            ]}
          />
        </section>
        <section className="hw-form-section" aria-labelledby="apply-mediator">
          <Heading2 id="apply-mediator">{t("apply.section.mediator")}</Heading2>
          <TextField field={f.mediationFee} label={label("mediationFee")} required={false} />
        </section>
        <section className="hw-form-section" aria-labelledby="apply-physio">
          <Heading2 id="apply-physio">{t("apply.section.physio")}</Heading2>
          <TextField field={f.address} label={label("address")} autoComplete="street-address" required={false} />
        </section>
        <SubmitButton label="apply.submit" />
      </Form>
    </div>
  );
}
