// The contact details a first request must carry (asked once, kept in the profile): one valid set
// for every test that requests through the form, the API or the browser, so none copies the fields.

/** A valid address, phone and preferred way, with its postcode in the help request's PC4 (Woerden's by default). */
export function addressFields(postcode = "3441AB"): {
  street: string;
  houseNumber: string;
  postcode: string;
  place: string;
  phone: string;
  preferredContact: string;
} {
  return {
    street: "Kerkstraat",
    houseNumber: "7a",
    postcode,
    place: "Woerden",
    phone: "06-12 34 56 78",
    preferredContact: "phone",
  };
}
