// The answers of GET /api/v1/options: the request as understood, its municipality and the options.
import { z } from "zod";
import {
  MAX_SLOTS_SHOWN,
  MOBILITY,
  NEEDS,
  NETWORK,
  POWERFUL_AGEING_MAX_KM,
  POWERFUL_AGEING_WITHIN_DAYS,
} from "~/domain/matching";
import type { HelpQuery } from "~/schemas/help-request";
import { HOUSEHOLDS, OPTION_KINDS, type OptionKind } from "~db/enums";
import { type Exactly, municipalitySchema, validationErrors } from "./common";

/** Every reason code matchOptions can give, with its meaning. */
export const REASONS = {
  network_can_provide: "own_strength: someone in your network can help, for free.",
  mobility_limit:
    "powerful_ageing: you have a mobility limit and this group has a free seat, starts within " +
    `${POWERFUL_AGEING_WITHIN_DAYS} days of the start date and meets within ${POWERFUL_AGEING_MAX_KM} km.`,
  too_young: "powerful_ageing: you are younger than the municipality's minimum age for the programme.",
  no_mobility_limit: "powerful_ageing: no mobility limit was given; the programme is meant for one.",
  no_cohort_nearby:
    `powerful_ageing: no group with a free seat starts within ${POWERFUL_AGEING_WITHIN_DAYS} days of the start ` +
    `date within ${POWERFUL_AGEING_MAX_KM} km.`,
  free_slot: "private_cleaner: the cleaner has at least one free visit on or after the start date.",
  no_rate: "private_cleaner: the cleaner has not published an hourly rate, so the option is not eligible.",
  no_free_slot: "private_cleaner: the cleaner has no free visit on or after the start date.",
  outside_travel_distance: "private_cleaner: you live farther from the cleaner than they travel.",
  financially_able:
    "private_cleaner, zin: the household income is at or above the municipality's threshold (a percentage of " +
    "the social minimum). It makes a private cleaner recommended and ZIN not recommended, never ineligible.",
  hht_subsidy:
    "private_cleaner: the cleaner accepts the municipality's household-help subsidy (HHT), which lowers your " +
    "hourly rate; the municipality pays that part.",
  no_need:
    "private_cleaner, pgb_informal, zin: under the municipality's norms the needs add up to no hours, so the " +
    "option is not eligible.",
  mediation_capacity: "pgb_informal: the mediator can make new matches this month.",
  no_mediation_capacity: "pgb_informal: the mediator can make no new matches this month.",
  network_if_paid:
    "pgb_informal: someone in your network could help if paid (network=some); this makes the option recommended.",
  need_present: "zin: you have a need, so care in kind is your right.",
  place_available: "zin: the provider has room for new clients; earliestStart is its first week with room.",
  waiting_list:
    "zin: no room for new clients; earliestStart and waitDays are estimated from the waiting list and the weekly " +
    "intake the provider publishes, or null when it publishes none.",
  income_unknown: "zin: no income was given; nothing is assumed and ZIN stays recommended.",
  tariff_exempt:
    "zin: you pay no abonnementstarief (under the age the municipality sets, or a couple with a partner under AOW " +
    "age where the municipality exempts it).",
  no_capacity_published:
    "zin: no provider has published capacity in your municipality; ZIN is still your right, through a consultant " +
    "of the municipality.",
  no_provider: "private_cleaner, pgb_informal: no vetted provider of this kind serves your municipality.",
} as const;
export type Reason = keyof typeof REASONS;
const REASON_CODES = Object.keys(REASONS) as [Reason, ...Reason[]];

export const KIND_DESCRIPTIONS: Record<OptionKind, string> = {
  own_strength: "help from your own network, free (only when network=can_provide)",
  powerful_ageing: "Sterk ouder worden: a physiotherapy group that trains strength and balance, voluntary",
  private_cleaner: "a private cleaner you pay yourself, possibly with the HHT subsidy",
  pgb_informal: "a personal budget (PGB) to pay someone you know, found through a mediator",
  zin: "care in kind (zorg in natura) from a contracted home-care provider",
};

const list = (entries: [string, string][]) => entries.map(([code, meaning]) => `- \`${code}\`: ${meaning}`).join("\n");
const day = (description: string) =>
  z.iso.date().meta({ description: `${description} A calendar date as YYYY-MM-DD.` });

export const optionsRequestSchema = z
  .object({
    postcode: z
      .string()
      .regex(/^[1-9]\d{3}([A-Z]{2})?$/)
      .meta({ description: "Normalised, e.g. 3441AB." }),
    birthYear: z.int(),
    household: z.enum(HOUSEHOLDS),
    partnerUnderAow: z.boolean(),
    income: z
      .int()
      .min(0)
      .max(1_000_000)
      .nullable()
      .meta({ description: "Net household income per month in whole euros; null when not given." }),
    needs: z.array(z.enum(NEEDS)).min(1),
    mobility: z.array(z.enum(MOBILITY)),
    network: z.enum(NETWORK),
    start: day("The start date as given (also a past one), or today when left out."),
  })
  .meta({
    id: "OptionsRequest",
    description:
      "The request as understood: the postcode without spaces in capitals, numbers as numbers, lists without " +
      "repeats, defaults filled in.",
  });

// The help-request schema's output is this contract, field for field.
const _request: Exactly<HelpQuery, z.output<typeof optionsRequestSchema>> = true;

export const slotSchema = z
  .object({
    slotId: z.int().meta({ description: "Id of the first visit; book it to book the weekly time." }),
    start: z.iso.datetime().meta({
      description: "Start of the first visit as a UTC instant, e.g. 2026-12-01T08:00:00.000Z (09:00 in Woerden).",
    }),
    end: z.iso.datetime().meta({ description: "End of the first visit as a UTC instant." }),
    durationMinutes: z.int().min(1).meta({ description: "How long each visit lasts, in minutes." }),
    weekly: z.literal(true).meta({
      description:
        "The time comes back every week: it is offered only when it is free in every week ahead that the " +
        "cleaner works (a time free for one week only is not offered).",
    }),
    citizenCostPerVisitCents: z.int().min(0).meta({
      description: "What the resident pays for one visit: its length at the hourly rate minus any HHT subsidy.",
    }),
    citizenCostPerMonthCents: z
      .int()
      .min(0)
      .meta({
        description:
          "What the resident pays in an average month for this weekly time: the price per visit × 52 / 12, " +
          "rounded (a month with four visits costs less, one with five more).",
      }),
    municipalityCostPerVisitCents: z.int().min(0).meta({
      description: "The municipality's HHT subsidy for one visit (0 without HHT).",
    }),
    municipalityCostPerMonthCents: z.int().min(0).meta({
      description: "The municipality's HHT subsidy a month for this weekly time: per visit × 52 / 12, rounded.",
    }),
  })
  .meta({ id: "Slot" });

const cents = (description: string) =>
  z
    .int()
    .min(0)
    .meta({
      description: `${description} Whole euro cents per month: weekly hours × 52 / 12 at an hourly rate, rounded.`,
    });

export const optionSchema = z
  .object({
    kind: z.enum(OPTION_KINDS).meta({
      description: `The kind of help, lightest first:\n${list(OPTION_KINDS.map((k) => [k, KIND_DESCRIPTIONS[k]]))}`,
    }),
    providerId: z
      .int()
      .nullable()
      .meta({
        description:
          "The provider; null for own strength and for an option without one (no fitting group, no provider of " +
          "the kind, ZIN without published capacity).",
      }),
    providerName: z.string().nullable().meta({ description: "The provider's name; null when providerId is." }),
    offerId: z
      .string()
      .regex(/^(own_strength|powerful_ageing|private_cleaner|pgb_informal|zin|(cohort|cleaner|mediation|zin):\d+)$/)
      .meta({
        description:
          "Identifies the offer: `own_strength`; `cohort:<cohortId>` for a Powerful Ageing group, or " +
          "`powerful_ageing` when none fits; `cleaner:<providerId>`; `mediation:<providerId>`; `zin:<providerId>`, " +
          "or `zin` when no ZIN provider published capacity; `private_cleaner` or `pgb_informal` when no provider " +
          "of that kind serves the municipality.",
      }),
    eligible: z.boolean().meta({ description: "Whether the option can be chosen." }),
    recommended: z.boolean().meta({ description: "Whether the option fits best; only ever true when eligible." }),
    reasons: z
      .array(z.enum(REASON_CODES).meta({ description: `Reason codes:\n${list(Object.entries(REASONS))}` }))
      .meta({
        description: "Why the option is (not) eligible or recommended, as stable codes in a fixed order per kind.",
      }),
    earliestStart: day(
      "Earliest start, not before the start date: the start date for own strength and a PGB mediator with " +
        "room, the group's first session week, the day of the cleaner's first free visit, ZIN's first week with " +
        "room or the estimate from its waiting list. Null when unknown.",
    ).nullable(),
    distanceKm: z
      .number()
      .min(0)
      .nullable()
      .meta({
        description:
          "Distance in km (one decimal) between the four-digit postcode areas of the home and of the group or the " +
          "cleaner; null for other kinds or when unknown.",
      }),
    hoursPerWeek: z.number().min(0).meta({
      description: "Estimated hours of help per week from the needs, by the municipality's norms; equal for all.",
    }),
    citizenCostPerMonthCents: cents(
      "What the resident pays: nothing for own strength and Powerful Ageing; for a private cleaner the " +
        "cheapest of its slots (each slot has its own price), or with no slot the needed hours at the hourly " +
        "rate minus any HHT subsidy; the abonnementstarief for PGB and ZIN; nothing for an option without a provider of " +
        "its kind.",
    ),
    municipalityCostPerMonthCents: cents(
      "What the municipality pays: the Powerful Ageing programme cost spread over 3.5 months; the HHT subsidy " +
        "for a private cleaner; for PGB the informal rate plus a twelfth of the one-off mediation fee, and for " +
        "ZIN the hourly tariff, both minus the abonnementstarief.",
    ),
    waitDays: z
      .int()
      .min(0)
      .nullable()
      .meta({ description: "Days from the start date (today if it is past) to earliestStart; null when unknown." }),
    slots: z
      .array(slotSchema)
      .max(MAX_SLOTS_SHOWN)
      .meta({
        description:
          `For a private cleaner up to ${MAX_SLOTS_SHOWN} weekly times, each by its first free visit on or after ` +
          "the start date, earliest first, with its own price; [] for every other option.",
      }),
  })
  .meta({ id: "Option", description: "One way to get household help. Properties appear in this order." });

export type OptionAnswer = z.output<typeof optionSchema>;

export const optionsResponseSchema = z
  .object({
    request: optionsRequestSchema,
    municipality: municipalitySchema,
    options: z.array(optionSchema).meta({ description: "Every option, best first." }),
  })
  .meta({ id: "OptionsResponse" });

export type OptionsResponse = z.output<typeof optionsResponseSchema>;

export const notParticipatingSchema = z
  .object({
    error: z.literal("municipality_not_participating"),
    message: z.string().meta({ description: "Explanation in Dutch, pointing to the municipality's Wmo desk." }),
    municipality: municipalitySchema,
  })
  .meta({ id: "NotParticipating" });

export const optionsValidationErrorsSchema = validationErrors(
  "One Dutch message per invalid query parameter, keyed by its name.",
  Object.keys(optionsRequestSchema.shape) as [string, ...string[]],
).meta({ id: "OptionsValidationErrors" });
