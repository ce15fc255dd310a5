// The admin's outbox page: its filters (a GET form, so they live in the URL) and the retry.
import { z } from "zod";
import { DELIVERY_STATUSES, NOTIFICATION_KINDS } from "~db/enums";
import { bodyId } from "./body-id";

export const outboxFilterSchema = z.object({
  status: z.enum(DELIVERY_STATUSES, { error: "validation.outbox.status" }).optional(),
  soort: z.enum(NOTIFICATION_KINDS, { error: "validation.outbox.kind" }).optional(),
  pagina: z.coerce
    .number({ error: "validation.outbox.page" })
    .int({ error: "validation.outbox.page" })
    .min(1, { error: "validation.outbox.page" })
    .max(100_000, { error: "validation.outbox.page" })
    .optional(),
});

export const outboxRetrySchema = z.object({
  intent: z.literal("retry"),
  id: bodyId("validation.outbox.id"),
});
