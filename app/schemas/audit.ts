// The audit log's filters: a GET form, so the filters live in the URL and can be shared.
import { z } from "zod";
import { isValidDay } from "~/domain/time";

const day = z.string().refine(isValidDay, { error: "validation.auditlog.day" }).optional();

export const auditFilterSchema = z
  .object({
    actie: z.string().trim().max(100, { error: "validation.auditlog.action" }).optional(),
    email: z.string().trim().max(254, { error: "validation.auditlog.email" }).optional(),
    onderwerp: z.string().trim().max(50, { error: "validation.auditlog.subjectType" }).optional(),
    nummer: z
      .string()
      .trim()
      .regex(/^[\w.-]{1,40}$/, { error: "validation.auditlog.subjectId" })
      .optional(),
    van: day,
    tot: day,
    pagina: z.coerce
      .number({ error: "validation.auditlog.page" })
      .int({ error: "validation.auditlog.page" })
      .min(1, { error: "validation.auditlog.page" })
      .max(100_000, { error: "validation.auditlog.page" })
      .optional(),
  })
  .refine((f) => !f.van || !f.tot || f.van <= f.tot, { path: ["tot"], error: "validation.auditlog.dateOrder" });

export type AuditFilterInput = z.infer<typeof auditFilterSchema>;
