// The address, phone and preferred way of contact, as one fieldset: in the request form and on
// /mijn/gegevens. The autocomplete tokens let browsers fill the citizen's own address.
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n";
import { ChoiceGroup, type Field, TextField } from "./forms";

export type ContactFieldName = "street" | "houseNumber" | "postcode" | "place" | "phone" | "preferredContact";

export type ContactPrefill = {
  street: string;
  houseNumber: string;
  postcode: string;
  place: string;
  phone: string;
  preferredContact: string;
};

export function contactLabels(t: (key: MessageKey) => string): Record<ContactFieldName, string> {
  return {
    street: t("contact.street"),
    houseNumber: t("contact.houseNumber"),
    postcode: t("contact.postcode"),
    place: t("contact.place"),
    phone: t("contact.phone"),
    preferredContact: t("contact.preferred"),
  };
}

/** The request form's start values: the profile's own row, or (for another) the last person acted for. */
export function contactDefaults(
  forOther: boolean,
  prefill: { own: ContactPrefill | null; other: (ContactPrefill & { forName: string }) | null },
): Record<string, string> {
  if (forOther && prefill.other) {
    const { forName, ...rest } = prefill.other;
    return { actingName: forName, ...rest };
  }
  if (!forOther && prefill.own) return { ...prefill.own };
  return { preferredContact: "phone" };
}

/** The address on one line, as the request form sums up the profile's: "Kerkstraat 7a, 3441AB Woerden". */
export function addressLine(c: Pick<ContactPrefill, "street" | "houseNumber" | "postcode" | "place">): string {
  return `${c.street} ${c.houseNumber}, ${c.postcode} ${c.place}`;
}

export function ContactFields({
  fields,
  legend,
  own = true,
  known = null,
  knownFor,
  chosenFor,
}: {
  fields: Record<ContactFieldName, Field>;
  legend: string;
  /** The account holder's own address (browsers may fill it in); not for a person acted for. */
  own?: boolean;
  /**
   * The address the profile already holds (filled in): summed up, its fields folded away behind
   * "Klopt dit adres nog?" so nobody types it again; unfolded when one of them has a problem.
   */
  known?: ContactPrefill | null;
  /** For whom the known address was filled in, and for whom the form now asks (personToken). */
  knownFor?: string;
  chosenFor?: string | undefined;
}) {
  const t = useT();
  const labels = contactLabels(t);
  const auto = (token: string) => (own ? token : "off");
  const inputs = (
    <>
      <TextField field={fields.street} label={labels.street} autoComplete={auto("address-line1")} />
      <TextField field={fields.houseNumber} label={labels.houseNumber} autoComplete={auto("address-line2")} />
      <TextField field={fields.postcode} label={labels.postcode} autoComplete={auto("postal-code")} />
      <TextField field={fields.place} label={labels.place} autoComplete={auto("address-level2")} />
      <TextField
        field={fields.phone}
        label={labels.phone}
        description={t("contact.phoneHint")}
        type="tel"
        autoComplete={auto("tel-national")}
        required={false}
      />
      <ChoiceGroup
        field={fields.preferredContact}
        legend={labels.preferredContact}
        options={[
          { value: "phone", label: t("contact.way.phone") },
          { value: "email", label: t("contact.way.email") },
          { value: "post", label: t("contact.way.post") },
        ]}
      />
    </>
  );
  if (known) {
    // By name: conform's fields are a proxy without keys of their own.
    const names: ContactFieldName[] = ["street", "houseNumber", "postcode", "place", "phone", "preferredContact"];
    const problem = names.some((n) => (fields[n].errors?.length ?? 0) > 0);
    // Asked for someone else than the address was filled in for: shown, never sent unseen.
    const open = problem || (chosenFor !== undefined && knownFor !== undefined && chosenFor !== knownFor);
    return (
      <fieldset className="utrecht-form-fieldset hw-field hw-subgroup">
        <legend className="utrecht-form-fieldset__legend">{legend}</legend>
        <p className="utrecht-paragraph" data-testid="known-address">
          {t("contact.known", { address: addressLine(known) })}
        </p>
        {/* Folded fields are still sent: the profile's values go with the request unless changed. */}
        <details className="hw-case-fold" open={open}>
          <summary>{t("contact.check")}</summary>
          {inputs}
        </details>
        {/* Sent folded: the server checks it was for the person asked for (without JavaScript too). */}
        {open || !knownFor ? null : <input type="hidden" name="addressOf" value={knownFor} />}
      </fieldset>
    );
  }
  return (
    <fieldset className="utrecht-form-fieldset hw-field hw-subgroup">
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      <p className="utrecht-paragraph">{t("contact.intro")}</p>
      {inputs}
    </fieldset>
  );
}
