// The application form of a new provider: common fields plus what its kind needs.
import { z } from "zod";
import { CAOS, LANGUAGES, PROVIDER_KINDS } from "~db/enums";
import { emailField } from "./account";

/** "24,50" or "24.50" euros → 2450 cents. */
const euros = (min: number, max: number, error: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim().replace(/\s/g, "").replace(",", ".") : v),
    z.coerce
      .number({ error })
      .min(min, { error })
      .max(max, { error })
      .transform((n) => Math.round(n * 100)),
  );

/** Checkboxes send nothing, one value or several: always a list. */
const list = <T extends z.ZodType>(item: T, error: string) =>
  z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(item).min(1, { error }).max(20, { error }),
  );

export const applicationSchema = z
  .object({
    kind: z.enum(PROVIDER_KINDS, { error: "validation.apply.kind" }),
    name: z
      .string({ error: "validation.apply.name" })
      .trim()
      .min(1, { error: "validation.apply.name" })
      .max(120, { error: "validation.apply.name" }),
    kvkNumber: z
      .string({ error: "validation.apply.kvk" })
      .transform((s) => s.replace(/\s/g, ""))
      .pipe(z.string().regex(/^\d{8}$/, { error: "validation.apply.kvk" })),
    contactName: z
      .string({ error: "validation.name.required" })
      .trim()
      .min(1, { error: "validation.name.required" })
      .max(100, { error: "validation.name.tooLong" }),
    contactEmail: emailField,
    contactPhone: z.string().trim().max(20, { error: "validation.apply.phone" }).optional(),
    serves: list(z.string().regex(/^GM\d{4}$/, { error: "validation.apply.serves" }), "validation.apply.serves"),
    languages: list(z.enum(LANGUAGES, { error: "validation.apply.languages" }), "validation.apply.languages"),
    homePostcode: z
      .string()
      .transform((s) => s.replace(/\s+/g, "").toUpperCase())
      .pipe(z.string().regex(/^\d{4}([A-Z]{2})?$/, { error: "validation.apply.homePostcode" }))
      .optional(),
    maxTravelKm: z.coerce
      .number({ error: "validation.apply.maxTravelKm" })
      .int({ error: "validation.apply.maxTravelKm" })
      .min(1, { error: "validation.apply.maxTravelKm" })
      .max(100, { error: "validation.apply.maxTravelKm" })
      .optional(),
    hourlyRate: euros(10, 100, "validation.apply.hourlyRate").optional(),
    acceptsHht: z.enum(["yes", "no"], { error: "validation.apply.acceptsHht" }).optional(),
    cao: z.enum(CAOS, { error: "validation.apply.cao" }).optional(),
    mediationFee: euros(0, 2000, "validation.apply.mediationFee").optional(),
    address: z.string().trim().max(200, { error: "validation.apply.address" }).optional(),
  })
  .superRefine((v, ctx) => {
    const need = (field: keyof typeof v, error: string) => {
      if (v[field] === undefined || v[field] === "") ctx.addIssue({ code: "custom", path: [field], message: error });
    };
    if (v.kind === "private_cleaner" || v.kind === "physio") {
      need("homePostcode", "validation.apply.homePostcode");
      need("maxTravelKm", "validation.apply.maxTravelKm");
    }
    if (v.kind === "private_cleaner") {
      need("hourlyRate", "validation.apply.hourlyRate");
      need("acceptsHht", "validation.apply.acceptsHht");
    }
    if (v.kind === "zin") need("cao", "validation.apply.cao");
    if (v.kind === "pgb_mediator") need("mediationFee", "validation.apply.mediationFee");
    if (v.kind === "physio") need("address", "validation.apply.address");
  });

export type Application = z.infer<typeof applicationSchema>;
