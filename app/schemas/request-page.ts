// The forms of the citizen's request page, one schema per intent, shared by the browser (conform)
// and the server. Messages are catalogue keys. Numbers read as the page always read them
// (`Number(…)` semantics, by z.coerce); a refusal other than the complaint's goes back with a notice.
import { z } from "zod";
import { PAYMENT_METHODS } from "~db/enums";
import { bodyId } from "./body-id";

export const COMPLAINT_MIN = 5;
export const COMPLAINT_MAX = 2000;

const id = bodyId();
const slot = bodyId("validation.request.newSlot");

/**
 * Confirming a held slot, with the payment method chosen on the page (its radios belong to this form,
 * also without JavaScript): none chosen keeps the one saved before, or the default.
 */
export const confirmSchema = z.object({
  method: z.enum(PAYMENT_METHODS, { error: "validation.invalid" }).optional(),
});
/**
 * Cancelling the request, with the price the confirmation showed (`quoted`, in cents; none means
 * free): the service refuses when cancelling now costs more than that.
 */
export const cancelSchema = z.object({ quoted: z.coerce.number().int().nonnegative().catch(0) });

/** Moving the weekly visit: one of the cleaner's free times, chosen (none is chosen beforehand). */
export const changeSlotSchema = z.object({ slotId: slot });

export const complaintSchema = z.object({
  text: z
    .string({ error: "validation.complaint" })
    .trim()
    .min(COMPLAINT_MIN, { error: "validation.complaint" })
    .max(COMPLAINT_MAX, { error: "validation.complaint" }),
});

export const paymentMethodSchema = z.object({
  method: z.enum(PAYMENT_METHODS, { error: "validation.invalid" }),
});

/** The citizen says a visit took place. */
export const visitDoneSchema = z.object({ slotId: id });

/**
 * Cancelling one visit, with the price the citizen was shown (`quoted`, in cents; none means free):
 * the service refuses when cancelling now costs more than that.
 */
export const cancelVisitSchema = z.object({
  slotId: id,
  quoted: z.coerce.number().int().nonnegative().catch(0),
});

/** Paying one payment online (the amount comes from the server, never from the form). */
export const paySchema = z.object({ paymentId: bodyId() });
