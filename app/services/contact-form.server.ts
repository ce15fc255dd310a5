// The contact form at /mijn/gegevens: parse, check the postcode against the PC4 data, save. Returns
// what the page needs: a redirect, or the form's refusal with its Dutch messages at its fields.
import { data, redirect } from "@remix-run/node";
import { contactEditSchema } from "~/schemas/contact";
import { parseForm } from "~/utils/forms.server";
import { saveContact } from "./contacts.server";

export function handleContactForm(user: { id: number }, form: FormData) {
  const formId = `contact-${String(form.get("contactId") || "own")}`;
  const submission = parseForm(form, contactEditSchema);
  if (submission.status !== "success")
    return data({ contact: { formId, result: submission.reply() } }, { status: 400 });
  const { contactId, ...values } = submission.value;
  const saved = saveContact(user, contactId || undefined, values);
  if (saved.ok) return redirect("/mijn/gegevens?melding=contact#contact-title");
  if (saved.field === "postcode")
    return data(
      { contact: { formId, result: submission.reply({ fieldErrors: { postcode: [saved.error] } }) } },
      { status: 400 },
    );
  return redirect("/mijn/gegevens?melding=contact-failed#contact-title");
}
