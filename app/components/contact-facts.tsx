// A client's address, phone (as a link to call) and preferred way, as facts for a provider's pages
// once it has accepted: the referral card, the request card and the agenda say them alike.
import type { ReactNode } from "react";
import { addressLine, displayPhone } from "~/domain/contact";
import type { MessageKey } from "~/i18n";

export type ContactView = {
  street: string;
  houseNumber: string;
  postcode: string;
  place: string;
  phone: string | null;
  preferredContact: string;
};

/** "Hoofdstraat 12a, 3441 AB Woerden": one spelling for every page (app/domain/contact). */
export { addressLine };

export function PhoneLink({ phone }: { phone: string }) {
  return (
    <a href={`tel:${phone}`} className="utrecht-link">
      {displayPhone(phone)}
    </a>
  );
}

export function contactFacts(c: ContactView, t: (key: MessageKey) => string): [string, ReactNode][] {
  return [
    [t("contact.fact.address"), addressLine(c)],
    ...(c.phone ? [[t("contact.fact.phone"), <PhoneLink key="phone" phone={c.phone} />] as [string, ReactNode]] : []),
    [t("contact.fact.preferred"), t(`contact.way.${c.preferredContact}` as MessageKey)],
  ];
}
