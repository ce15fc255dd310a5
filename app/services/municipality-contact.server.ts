// The municipality's contact as policy data: one function, so the footer, the request page, the
// print view and the messages say the same phone, address and hours.
import { pc4Of } from "~/domain/contact";
import {
  areaOfPc4,
  contactFor,
  municipalityContactOf,
  newestRequestMunicipality,
} from "~/models/contact-details.server";

export type MunicipalityContact = {
  name: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  hours: string | null;
};

/** A municipality's contact, or null when it has none on record. */
export function municipalityContact(code: string): MunicipalityContact | null {
  const row = municipalityContactOf(code);
  if (!row || (!row.phone && !row.email && !row.address)) return null;
  return row;
}

/** The citizen's municipality: that of their newest request, else of their own address. */
export function citizenMunicipalityContact(citizen: { id: number }): MunicipalityContact | null {
  const scope = { citizenUserId: citizen.id };
  const code =
    newestRequestMunicipality(scope) ??
    (() => {
      const own = contactFor(scope, null);
      return own ? (areaOfPc4(pc4Of(own.postcode))?.municipalityCode ?? null) : null;
    })();
  return code ? municipalityContact(code) : null;
}
