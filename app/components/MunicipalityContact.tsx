// How to reach the municipality: in the footer for a logged-in citizen, on a request's page and on
// the printed options. One component, fed by one service (municipality-contact.server.ts).
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useT } from "~/i18n";

export type MunicipalityContactView = {
  name: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  hours: string | null;
};

export function MunicipalityContact({
  contact,
  heading = true,
  className,
}: {
  contact: MunicipalityContactView;
  heading?: boolean;
  className?: string;
}) {
  const t = useT();
  const title = t("municipality.contact.title", { name: contact.name });
  return (
    <section aria-label={title} className={className} data-testid="municipality-contact">
      {heading ? (
        <Heading2>{title}</Heading2>
      ) : (
        <Paragraph>
          <strong>{title}</strong>
        </Paragraph>
      )}
      {contact.phone ? (
        <Paragraph>
          {t("municipality.contact.phone", { phone: "" })}
          <a href={`tel:${contact.phone.replace(/\s/g, "")}`} className="utrecht-link">
            {contact.phone}
          </a>
        </Paragraph>
      ) : null}
      {contact.email ? (
        <Paragraph>
          {t("municipality.contact.email", { email: "" })}
          <a href={`mailto:${contact.email}`} className="utrecht-link">
            {contact.email}
          </a>
        </Paragraph>
      ) : null}
      {contact.address ? (
        <Paragraph>{t("municipality.contact.address", { address: contact.address })}</Paragraph>
      ) : null}
      {contact.hours ? <Paragraph>{t("municipality.contact.hours", { hours: contact.hours })}</Paragraph> : null}
    </section>
  );
}
