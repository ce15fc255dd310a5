// The contact form (address, phone, preferred way), in the request form and at /mijn/gegevens.
// Shared by the browser (conform) and the server. Messages are catalogue keys.
import { z } from "zod";
import { normalPhone, normalPostcode } from "~/domain/contact";
import { CONTACT_WAYS } from "~db/enums";
import { plainLine } from "./account";
import { bodyId } from "./body-id";

export const contactFields = {
  street: z
    .string({ error: "validation.contact.street" })
    .overwrite(plainLine)
    .trim()
    .min(1, { error: "validation.contact.street" })
    .max(100, { error: "validation.contact.streetTooLong" }),
  houseNumber: z
    .string({ error: "validation.contact.houseNumber" })
    .trim()
    .regex(/^\d{1,5}\s?[a-zA-Z0-9\- ]{0,8}$/, {
      error: "validation.contact.houseNumber",
    }),
  postcode: z.string({ error: "validation.contact.postcode" }).transform((v, ctx) => {
    const pc = normalPostcode(v);
    if (!pc) {
      ctx.addIssue({
        code: "custom",
        message: "validation.contact.postcode",
      });
      return z.NEVER;
    }
    return pc;
  }),
  place: z
    .string({ error: "validation.contact.place" })
    .overwrite(plainLine)
    .trim()
    .min(1, { error: "validation.contact.place" })
    .max(80, { error: "validation.contact.placeTooLong" }),
  phone: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return null;
      const phone = normalPhone(v);
      if (!phone) {
        ctx.addIssue({ code: "custom", message: "validation.contact.phone" });
        return z.NEVER;
      }
      return phone;
    }),
  preferredContact: z.enum(CONTACT_WAYS, {
    error: "validation.contact.preferred",
  }),
};

/** Calling needs a number: asked for with the other problems. */
function phoneForCalls(v: { phone: string | null; preferredContact: string }, ctx: z.RefinementCtx) {
  if (v.preferredContact === "phone" && !v.phone)
    ctx.addIssue({
      code: "custom",
      path: ["phone"],
      message: "validation.contact.phoneNeeded",
    });
}

export const contactSchema = z.object(contactFields).superRefine(phoneForCalls);

export type ContactInput = z.output<typeof contactSchema>;

/** The edit form at /mijn/gegevens: one row, the account holder's own or a person acted for. */
export const contactEditSchema = z
  .object({
    contactId: bodyId().optional(),
    ...contactFields,
  })
  .superRefine(phoneForCalls);

export { phoneForCalls };

/** The contact part of the request form: each field as typed; checked as a whole when any is given. */
export const contactFormFields = {
  street: z.string().optional(),
  houseNumber: z.string().optional(),
  postcode: z.string().optional(),
  place: z.string().optional(),
  phone: z.string().optional(),
  preferredContact: z.string().optional(),
};

const ADDRESS_KEYS = ["street", "houseNumber", "postcode", "place", "phone"] as const;

/**
 * The details given with a request, or null when none were given (then the profile's stand): an
 * address half filled in is said field by field, with the form's other problems. `required`: the
 * profile has no address for this person yet, so leaving it all out is said field by field too.
 */
export function contactOfForm(
  v: Partial<Record<keyof typeof contactFormFields, string | undefined>>,
  ctx?: z.RefinementCtx,
  required = false,
): ContactInput | null {
  if (!required && !ADDRESS_KEYS.some((k) => (v[k] ?? "").trim() !== "")) return null;
  const parsed = contactSchema.safeParse({
    ...v,
    preferredContact: v.preferredContact || "phone",
  });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    ctx?.addIssue({
      code: "custom",
      path: issue.path as (string | number)[],
      message: issue.message,
    });
  // The object's own rule (a number for calls) waits for valid fields: said now, with the rest.
  const phoneSaid = parsed.error.issues.some((i) => i.path[0] === "phone");
  if (!phoneSaid && (v.preferredContact || "phone") === "phone" && !(v.phone ?? "").trim())
    ctx?.addIssue({ code: "custom", path: ["phone"], message: "validation.contact.phoneNeeded" });
  return null;
}

/**
 * Whether the profile already holds an address for a person: null the account holder, else the
 * name of the person acted for (as typed; the caller tidies it as it stores names).
 */
export type AddressKnown = (forName: string | null) => boolean;

/** On the browser: the loader's list of whom the profile has an address for, as an AddressKnown. */
export function addressKnownFrom(known: { own: boolean; others: readonly string[] }): AddressKnown {
  return (forName) => (forName === null ? known.own : known.others.includes(forName));
}
