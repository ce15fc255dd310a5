// Form schemas for handling complaints: the filters of the admin's list, the provider's response
// and the resolution. Shared by the browser (conform) and the server. Messages are catalogue keys.
import { z } from "zod";
import { COMPLAINT_STATUSES } from "~db/enums";

export const RESPONSE_MAX = 2000;
export const RESOLUTION_MAX = 2000;

/** The list's filters live in the URL (a GET form), so a filtered list can be shared. */
export const complaintFilterSchema = z.object({
  status: z.enum(COMPLAINT_STATUSES, { error: "validation.complaints.filterStatus" }).optional(),
  aanbieder: z.coerce
    .number({ error: "validation.complaints.filterProvider" })
    .int({ error: "validation.complaints.filterProvider" })
    .positive({ error: "validation.complaints.filterProvider" })
    .optional(),
});

export const responseSchema = z.object({
  response: z
    .string({ error: "validation.complaints.response" })
    .trim()
    .min(1, { error: "validation.complaints.response" })
    .max(RESPONSE_MAX, { error: "validation.complaints.responseTooLong" }),
});

export const resolveSchema = z.object({
  resolution: z
    .string({ error: "validation.complaints.resolution" })
    .trim()
    .min(1, { error: "validation.complaints.resolution" })
    .max(RESOLUTION_MAX, { error: "validation.complaints.resolutionTooLong" }),
});
