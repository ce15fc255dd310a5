// The cleaner's form to stop a whole booking: why (shared by the page and the server; ADR 041).
import { z } from "zod";
import { PROVIDER_END_REASONS } from "~db/enums";

export const providerEndSchema = z.object({
  reason: z.enum(PROVIDER_END_REASONS, { error: "pend.reasonMissing" }),
});
