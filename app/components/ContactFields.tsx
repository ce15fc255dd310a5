// The address, phone and preferred way of contact, as one fieldset: in the request form and on
// /mijn/gegevens. The autocomplete tokens let browsers fill the citizen's own address.
import { addressLine, displayPhone } from "~/domain/contact";
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

/**
 * The request form's start values: the profile's own row, or (for another) the last person acted
 * for with the relation said then. Without a known address, the postcode the questions asked
 * (where the help is needed) starts the address, so it is not typed twice.
 */
export function contactDefaults(
  forOther: boolean,
  prefill: { own: ContactPrefill | null; other: (ContactPrefill & { forName: string; relation?: string }) | null },
  askedPostcode?: string,
): Record<string, string> {
  if (forOther && prefill.other) {
    const { forName, relation, ...rest } = prefill.other;
    return { actingName: forName, ...(relation ? { actingRelation: relation } : {}), ...rest };
  }
  if (!forOther && prefill.own) return { ...prefill.own };
  return { preferredContact: "phone", ...(askedPostcode ? { postcode: askedPostcode } : {}) };
}

const WAYS = ["phone", "email", "post"] as const;

/** The label of a preferred way of contact ("Telefoon"); an unknown value reads as the default. */
function wayKey(way: string): MessageKey {
  const known = (WAYS as readonly string[]).includes(way) ? way : "phone";
  return `contact.way.${known}` as MessageKey;
}

export function ContactFields({
  fields,
  legend,
  own = true,
  known = null,
  knownFor,
  knownName,
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
  /** Whose the known address is when not the account holder's own: said by name in the summary. */
  knownName?: string | undefined;
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
          {knownName
            ? t("contact.knownOther", { name: knownName, address: addressLine(known) })
            : t("contact.known", { address: addressLine(known) })}
        </p>
        {/* The phone and the way of contact go with the request too: shown, not sent unseen. */}
        <p className="utrecht-paragraph" data-testid="known-contact">
          {known.phone ? t("contact.knownPhone", { phone: displayPhone(known.phone) }) : t("contact.knownNoPhone")}{" "}
          {t("contact.knownWay", { way: t(wayKey(known.preferredContact)) })}
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
