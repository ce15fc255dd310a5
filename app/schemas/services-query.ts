// The query of GET /api/v1/services: filters and HSDS-style paging (page is 1-based, per_page).
import { z } from "zod";
import { PROVIDER_KINDS } from "~db/enums";

export const PER_PAGE_DEFAULT = 50;
export const PER_PAGE_MAX = 100;
export const PAGE_MAX = 100_000;

/** An empty parameter (`?kind=`) reads as left out. */
const blankAsMissing = (v: unknown) => (v === "" ? undefined : v);

const wholeNumber = (max: number, fallback: number, error: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d{1,7}\s*$/.test(v) ? Number(v) : blankAsMissing(v)),
    z.number({ error }).int({ error }).min(1, { error }).max(max, { error }).default(fallback),
  );

// .meta() describes a parameter for the API document (app/api/openapi.ts); it changes no parse.
export const servicesQuerySchema = z.object({
  municipality: z
    .preprocess(
      blankAsMissing,
      z
        .string({ error: "validation.services.municipality" })
        .regex(/^GM\d{4}$/, { error: "validation.services.municipality" })
        .optional(),
    )
    // Empty reads as left out (`?municipality=`), so the documented pattern allows it.
    .meta({
      pattern: "^(GM\\d{4})?$",
      description:
        "CBS municipality code (gemeentecode): only services whose service area includes this municipality. A " +
        "code that is not a Dutch municipality gives 400 on `municipality`; a municipality without vetted " +
        "providers, an empty page.",
    }),
  kind: z.preprocess(blankAsMissing, z.enum(PROVIDER_KINDS, { error: "validation.services.kind" }).optional()).meta({
    description:
      "Only providers of this kind: `zin` (home-care provider, care in kind), `private_cleaner`, `pgb_mediator` " +
      "(informal help paid from a personal budget) or `physio` (Powerful Ageing groups).",
  }),
  page: wholeNumber(PAGE_MAX, 1, "validation.services.page").meta({
    description: `Page number, from 1 (the default) up to ${PAGE_MAX}. A page past the last one is empty, not an error.`,
  }),
  per_page: wholeNumber(PER_PAGE_MAX, PER_PAGE_DEFAULT, "validation.services.perPage").meta({
    description: `Services per page, 1 to ${PER_PAGE_MAX}; ${PER_PAGE_DEFAULT} when left out.`,
  }),
});

export type ServicesQuery = z.infer<typeof servicesQuerySchema>;
