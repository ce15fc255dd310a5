// The form that requests (or books) one option: for whom, and for a cleaner which time. Shared by
// the browser (conform) and the server. Messages are catalogue keys.
import { z } from "zod";
import { cleanPersonName } from "~/domain/fair-share";
import { contactFormFields, contactOfForm } from "./contact";

const requestFields = {
  slotId: z.preprocess(
    (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v),
    z.number({ error: "validation.request.slot" }).int().positive().optional(),
  ),
  forWhom: z.enum(["self", "other"], { error: "validation.request.forWhom" }),
  // Tidied as stored: a name of invisible characters only is no name.
  actingName: z.preprocess(
    (v) => (typeof v === "string" ? cleanPersonName(v) : v),
    z.string().max(100, { error: "validation.request.otherName" }).optional(),
  ),
  actingRelation: z.string().trim().max(60, { error: "validation.request.relation" }).optional(),
  consent: z.literal("on").optional(),
};

export const requestFormSchema = z.object({ ...requestFields, ...contactFormFields }).superRefine((v, ctx) => {
  contactOfForm(v, ctx);
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
});

/** The form for one option: a cleaner's needs a time, so a missing one is said with the other problems. */
export function requestFormSchemaFor(needsSlot: boolean) {
  if (!needsSlot) return requestFormSchema;
  return requestFormSchema.superRefine((v, ctx) => {
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
