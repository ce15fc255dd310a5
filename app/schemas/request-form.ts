// The form that requests (or books) one option: for whom, and for a cleaner which time. Shared by
// the browser (conform) and the server. Messages are catalogue keys.
import { z } from "zod";
import { cleanPersonName, nameLooksLikeAddress } from "~/domain/fair-share";
import { INVISIBLE } from "~/domain/visible-text";
import { bodyId } from "./body-id";
import { type AddressKnown, contactFormFields, contactOfForm } from "./contact";

/** How long the citizen's note to the cleaner may be (a few sentences, not a file). */
export const NOTE_FOR_PROVIDER_MAX = 500;

/** A cleaner's booking only: what she should know at the door (read in her agenda, ADR 039); empty is none. */
export const noteForProviderField = z
  .string()
  .trim()
  .max(NOTE_FOR_PROVIDER_MAX, { error: "validation.request.noteTooLong" })
  .optional()
  // What shows nothing is nothing (attack: 500 zero-width spaces saved as a "note" she cannot read).
  .transform((v) => v?.replace(INVISIBLE, "").trim() || null);

/** The request page's form that changes the note. */
export const noteForProviderSchema = z.object({ noteForProvider: noteForProviderField });

const requestFields = {
  slotId: bodyId("validation.request.slot").optional(),
  forWhom: z.enum(["self", "other"], { error: "validation.request.forWhom" }),
  // Tidied as stored: a name of invisible characters only is no name.
  actingName: z.preprocess(
    (v) => (typeof v === "string" ? cleanPersonName(v) : v),
    z
      .string()
      .max(100, { error: "validation.request.otherName" })
      .refine((v) => !nameLooksLikeAddress(v), { error: "validation.name.notAName" })
      .optional(),
  ),
  actingRelation: z.string().trim().max(60, { error: "validation.request.relation" }).optional(),
  consent: z.literal("on").optional(),
  noteForProvider: noteForProviderField,
};

/** The person the request is for, as the profile knows them: null the account holder. */
export function requestedFor(v: { forWhom?: string; actingName?: string }): string | null {
  return v.forWhom === "other" ? cleanPersonName(v.actingName ?? "") : null;
}

/**
 * Whom the form's address is for, as one token: `self`, or `other:` and the tidied name. The
 * folded address carries the one it was filled in for (see ContactFields).
 */
export function personToken(forWhom: string | undefined, actingName: string | undefined): string | undefined {
  if (forWhom === "self") return "self";
  if (forWhom === "other") return `other:${cleanPersonName(actingName ?? "")}`;
  return undefined;
}

/**
 * The form; `known` says whether the profile already has that person's address. Asked once: without
 * one the address, phone and preferred way are required (the default: nothing known).
 */
export const requestFormSchemaKnowing = (known: AddressKnown = () => false) =>
  z.object({ ...requestFields, ...contactFormFields }).superRefine((v, ctx) => {
    contactOfForm(v, ctx, !known(requestedFor(v)));
    otherPersonProblems(v, ctx);
  });

function otherPersonProblems(
  v: { forWhom?: string; actingName?: string; actingRelation?: string; consent?: string },
  ctx: z.RefinementCtx,
) {
  if (v.forWhom !== "other") return;
  if (!v.actingName)
    ctx.addIssue({
      code: "custom",
      path: ["actingName"],
      message: "validation.request.otherName",
    });
  if (!v.actingRelation)
    ctx.addIssue({
      code: "custom",
      path: ["actingRelation"],
      message: "validation.request.relation",
    });
  if (!v.consent)
    ctx.addIssue({
      code: "custom",
      path: ["consent"],
      message: "validation.request.consent",
    });
}

/** The form for one option: a cleaner's needs a time, so a missing one is said with the other problems. */
export function requestFormSchemaFor(needsSlot: boolean, known?: AddressKnown) {
  const schema = requestFormSchemaKnowing(known);
  if (!needsSlot) return schema;
  return schema.superRefine((v, ctx) => {
    if (v.slotId === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["slotId"],
        message: "validation.request.slot",
      });
  });
}

/** The offer that is not an option but a talk with the municipality. */
export const CONSULTATION_OFFER = "consultation";
