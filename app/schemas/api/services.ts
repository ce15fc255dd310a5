// GET /api/v1/services: our profile of Open Referral HSDS 3.1. Each object also refers to the
// official HSDS schema it is an instance of (allOf), so a reader and a validator see both what
// HSDS allows and what Hulpwijzer sends.
import { z } from "zod";
import { CAPACITY_UNITS, type CapacityUnitKey, TIME_NOTE } from "~/domain/hsds-texts";
import type { HsdsPage, HsdsService } from "~/domain/hsds-types";
import { SLOT_HORIZON_WEEKS } from "~/domain/slots";
import { servicesQuerySchema } from "~/schemas/services-query";
import { type Exactly, validationErrors } from "./common";

/** The official HSDS 3.1 schemas, at the commit copied to tests/fixtures/standards/hsds-3.1. */
export const HSDS_COMMIT = "abc731c8ac11825010e9d74a0ab61dcd48e880ec";
export const HSDS_SCHEMA_BASE = `https://raw.githubusercontent.com/openreferral/specification/${HSDS_COMMIT}/schema/`;

const hsds = (id: string, file: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `${file.replace(/\.json.*$/, "")} (HSDS 3.1)`,
  allOf: [{ $ref: `${HSDS_SCHEMA_BASE}${file}` }],
  ...extra,
});
const uuid = (description: string) => z.uuid().meta({ description });
const text = (description: string) => z.string().meta({ description });
const date = (description: string) =>
  z.iso.date().meta({ description: `${description} A calendar date as YYYY-MM-DD.` });
const offsetTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d\+0[12]:00$/);

type UnitName = (typeof CAPACITY_UNITS)[CapacityUnitKey];

export const CAPACITY_UNIT_LIST = (Object.entries(CAPACITY_UNITS) as [CapacityUnitKey, string][])
  .map(([identifier, name]) => `\`${identifier}\` (${name})`)
  .join(", ");

const unit = z
  .object({
    id: uuid("Stable id per unit."),
    name: z
      .enum(Object.values(CAPACITY_UNITS) as [UnitName, ...UnitName[]])
      .meta({ description: "The unit in Dutch." }),
    scheme: z.literal("Hulpwijzer"),
    identifier: z
      .enum(Object.keys(CAPACITY_UNITS) as [CapacityUnitKey, ...CapacityUnitKey[]])
      .meta({ description: `Stable code of the unit: ${CAPACITY_UNIT_LIST}.` }),
  })
  .meta(hsds("HsdsUnit", "unit.json"));

const capacity = z
  .object({
    id: uuid("Stable id: the same municipality, cleaner or group keeps its id as the numbers change."),
    service_id: uuid("The service."),
    unit,
    available: z
      .int()
      .min(0)
      .meta({
        description:
          "Available now: ZIN's new clients in its first published week from this week on; a cleaner's free " +
          `visits in the coming ${SLOT_HORIZON_WEEKS} weeks; a mediator's new matches this month minus those ` +
          "requested; a group's seats minus active requests.",
      }),
    maximum: z
      .int()
      .min(0)
      .optional()
      .meta({
        description:
          "Out of: all the cleaner's visits in those weeks, the matches the mediator published for the month, the " +
          "group's seats. Left out for ZIN.",
      }),
    description: text("What the figure counts, with the municipality, week, month or group, in Dutch."),
    updated: z.iso.datetime().meta({
      description: "When the provider last confirmed the records behind the figure (UTC, milliseconds).",
    }),
  })
  .meta(hsds("HsdsServiceCapacity", "service_capacity.json"));

const schedule = z
  .object({
    id: uuid("Stable id of the schedule."),
    service_id: uuid("The service."),
    valid_from: date("A group's first session week (Powerful Ageing only).").optional(),
    valid_to: date("The last day of a group's last week (Powerful Ageing only).").optional(),
    freq: z.literal("WEEKLY"),
    wkst: z.literal("MO"),
    byday: z
      .string()
      .regex(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/)
      .meta({ description: "Days of the week, comma-separated (RFC 5545), e.g. TU or MO,TH." }),
    opens_at: offsetTime.meta({
      description:
        "Start as HH:MM with Amsterdam's UTC offset on the first day the schedule applies (today, or the " +
        "group's start), e.g. 09:00+01:00. The wall-clock time stays the same across summer and winter time.",
    }),
    closes_at: offsetTime
      .optional()
      .meta({ description: "End of a cleaner's window, as opens_at; groups have no published end time." }),
    description: text("The schedule in Dutch, e.g. `Elke dinsdag van 09:00 tot 12:00, in bezoeken van 180 minuten.`"),
    notes: z.literal(TIME_NOTE).meta({ description: "How to read the times, in Dutch." }),
  })
  .meta(hsds("HsdsSchedule", "schedule.json"));

const address = z
  .object({
    id: uuid("Stable id of the address."),
    location_id: uuid("The location."),
    address_1: text("Street and number."),
    city: text("Place."),
    state_province: text("Province, e.g. Utrecht."),
    postal_code: z
      .string()
      .regex(/^[1-9]\d{3} [A-Z]{2}$/)
      .meta({ description: "Dutch postcode, e.g. 3441 BV." }),
    country: z.literal("NL"),
    address_type: z.literal("physical"),
  })
  .meta(hsds("HsdsAddress", "address.json"));

const location = z
  .object({
    id: uuid("Stable id of the location."),
    location_type: z.literal("physical"),
    organization_id: uuid("The organisation."),
    name: text("The practice's name, or `Postcodegebied <PC4> (<place>)` for a private cleaner."),
    description: text("In Dutch."),
    external_identifier: z
      .string()
      .regex(/^[1-9]\d{3}$/)
      .meta({ description: "The four-digit postcode (PC4)." }),
    external_identifier_type: z.literal("PC4"),
    addresses: z
      .array(address)
      .max(1)
      .optional()
      .meta({
        description:
          "A physiotherapy practice's street address, when it could be read; never for a private cleaner. No " +
          "coordinates are given: ours are postcode-area centres, too rough to place a practice on a map.",
      }),
  })
  .meta(hsds("HsdsLocation", "location.json"));

const serviceAtLocation = z
  .object({
    id: uuid("Stable id of this link."),
    service_id: uuid("The service."),
    location_id: uuid("The location (`location.id`)."),
    description: text("How the location relates to the help, in Dutch."),
    location,
  })
  .meta(hsds("HsdsServiceAtLocation", "service_at_location.json"));

const serviceArea = z
  .object({
    id: uuid("Stable id of this service area."),
    service_id: uuid("The service."),
    name: text("The municipality's name, e.g. Woerden."),
    description: text("`Gemeente <name> (CBS-gemeentecode <code>)`."),
    uri: z
      .url()
      .regex(/^https:\/\/identifier\.overheid\.nl\/tooi\/id\/gemeente\/gm\d{4}$/)
      .meta({
        description:
          "The municipality's TOOI identifier (the Dutch government's URI for it), ending in its CBS code in " +
          "lower case, e.g. https://identifier.overheid.nl/tooi/id/gemeente/gm0632 for GM0632.",
      }),
  })
  .meta(hsds("HsdsServiceArea", "service_area.json"));

const organization = z
  .object({
    id: uuid("Stable id of the organisation."),
    name: text("The trade name, as registered at the Chamber of Commerce (KvK)."),
    description: text("What kind of organisation it is, in Dutch."),
    email: z
      .email()
      .optional()
      .meta({
        description:
          "The organisation's email address. Never given for a private cleaner (often a natural person), and " +
          "left out when it carries the contact person's name: only role addresses such as info@ are published.",
      }),
    organization_identifiers: z
      .array(
        z
          .object({
            id: uuid("Stable id of this identifier entry."),
            organization_id: uuid("The organisation."),
            identifier_scheme: z.literal("NL-KVK").meta({ description: "The org-id.guide scheme of the KvK." }),
            identifier_type: z.literal("KvK").meta({ description: "Human-readable scheme." }),
            identifier: z
              .string()
              .regex(/^\d{8}$/)
              .meta({ description: "The eight-digit KvK number." }),
          })
          .meta(hsds("HsdsOrganizationIdentifier", "organization_identifier.json")),
      )
      .length(1)
      .meta({ description: "The Chamber of Commerce (KvK) number." }),
  })
  .meta(hsds("HsdsOrganization", "organization.json"));

const language = z
  .object({
    id: uuid("Stable id of this entry."),
    service_id: uuid("The service."),
    name: text("The language's name in Dutch, when known (e.g. Nederlands, Turks).").optional(),
    code: text("ISO 639-1 code, e.g. nl."),
  })
  .meta(hsds("HsdsLanguage", "language.json"));

export const hsdsServiceSchema = z
  .object({
    id: uuid("Stable id of the service."),
    organization_id: uuid("The organisation that provides it (`organization.id`)."),
    name: text("The kind of help and the organisation's name, e.g. `Particuliere schoonmaakhulp – …`."),
    description: text("What the help is, in Dutch, the same for every provider of the kind."),
    status: z.literal("active").meta({ description: "Always `active`: suspended and pending providers are left out." }),
    application_process: text("How a resident gets the help, in Dutch."),
    organization,
    service_areas: z.array(serviceArea).meta({ description: "Every municipality the provider serves, by name." }),
    service_at_locations: z
      .array(serviceAtLocation)
      .max(1)
      .meta({
        description:
          "Where the provider works from: for a private cleaner the four-digit postcode area only, for a " +
          "physiotherapy practice the practice; [] for ZIN providers and mediators, who come to the home.",
      }),
    languages: z.array(language).meta({ description: "Languages the help can be given in." }),
    schedules: z.array(schedule).meta({
      description:
        "Weekly schedules: a private cleaner's working windows, or a Powerful Ageing group's sessions for the " +
        "weeks it runs. Only fresh records; [] for other kinds.",
    }),
    capacities: z.array(capacity).meta({
      description:
        "Live capacity from records confirmed within the stale period (HSDS 3.1 `service_capacity`): per " +
        "municipality for ZIN and mediators, per group for Powerful Ageing, one for a cleaner. Nothing fresh " +
        "published means no entry, never a zero.",
    }),
  })
  .meta(
    hsds("HsdsService", "service.json", {
      description:
        "One vetted provider's service, with its organisation and everything about it nested, as the HSDS API's " +
        "`/services/{id}` gives it. Each provider offers exactly one service (of its kind). Texts are Dutch.",
    }),
  );

export const servicesPageSchema = z
  .object({
    total_items: z.int().min(0).meta({ description: "Services matching the filters, on all pages." }),
    total_pages: z.int().min(0).meta({ description: "Pages at this per_page; 0 when nothing matches." }),
    page_number: z.int().min(1).meta({ description: "This page's number, as asked." }),
    size: z.int().min(0).meta({ description: "Services on this page (HSDS: entities in the current page)." }),
    first_page: z.boolean().meta({ description: "Whether this is page 1." }),
    last_page: z.boolean().meta({ description: "Whether no page follows (also true past the last page)." }),
    empty: z.boolean().meta({ description: "Whether this page has no services." }),
    contents: z.array(hsdsServiceSchema).meta({ description: "The services, ordered by organisation name." }),
  })
  .meta({
    id: "ServicesPage",
    title: "Page of services",
    description:
      "The paging envelope of the HSDS 3 API (`components.schemas.Page` of its openapi.json, with `contents`). " +
      "Properties appear in this order; all are always present.",
  });

export type ServicesPage = z.output<typeof servicesPageSchema>;

// What the domain builds is exactly what the contract says, field for field.
const _service: Exactly<HsdsService, z.output<typeof hsdsServiceSchema>> = true;
const _page: Exactly<HsdsPage<HsdsService>, z.output<typeof servicesPageSchema>> = true;

export const servicesValidationErrorsSchema = validationErrors(
  "One Dutch message per invalid query parameter, keyed by its name.",
  Object.keys(servicesQuerySchema.shape) as [string, ...string[]],
).meta({ id: "ServicesValidationErrors" });
