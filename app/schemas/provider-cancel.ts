// The cleaner's form to call a visit off: which reason (shared by the page and the server).
import { z } from "zod";
import { PROVIDER_CANCEL_REASONS } from "~db/enums";

export const providerCancelSchema = z.object({
  reason: z.enum(PROVIDER_CANCEL_REASONS, { error: "pcancel.reasonMissing" }),
});
