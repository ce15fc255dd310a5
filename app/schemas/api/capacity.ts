// GET and PUT /api/v1/capacity: the batch a provider sends (built from the record schemas the route
// parses each item with) and what the API answers.
import { z } from "zod";
import {
  capacityRecord,
  cleanerExceptionRecord,
  cleanerWindowRecord,
  cohortRecord,
  deletionRecord,
  helperPoolRecord,
  MAX_BATCH_RECORDS,
  mediationMonthRecord,
  zinWaitingListRecord,
  zinWeekRecord,
} from "~/schemas/capacity";
import type { PublishedRecord as ServicePublishedRecord } from "~/services/capacity/list.server";
import { errorWith, validationErrors } from "./common";

/** PUT's body. The route reads an item with `deleted: true` as a deletion, anything else as a record. */
export const capacityBatchSchema = z
  .object({
    records: z
      .array(z.union([deletionRecord, capacityRecord]))
      .max(MAX_BATCH_RECORDS)
      .meta({
        description:
          "Records to create, update or confirm, and deletions (an item with `deleted: true`). Records of your " +
          "provider that are not in the batch are left as they are. Each (type, externalRef) may appear only once.",
      }),
  })
  .meta({ id: "CapacityBatch" });

const recordState = {
  updatedAt: z.iso.datetime().meta({ description: "When the record was created or last changed." }),
  confirmedAt: z.iso.datetime().meta({
    description: "When the record was last sent, changed or not. Sending it unchanged moves only this.",
  }),
  stale: z.boolean().meta({
    description:
      "True when confirmedAt is more than staleAfterDays days ago. Stale capacity is ignored by matching and " +
      "not shown to residents or consultants until it is confirmed or changed again.",
  }),
  ageDays: z.int().min(0).meta({ description: "Whole days since confirmedAt." }),
};

const published = <S extends z.ZodRawShape>(record: z.ZodObject<S>, id: string) =>
  z.object({ ...record.shape, ...recordState }).meta({ id: `Published${id}`, title: `${id}, as stored` });

/** A stored record as GET returns it: the record's fields as parsed (normalised) plus its freshness. */
export const publishedRecordSchema = z
  .discriminatedUnion("type", [
    published(zinWeekRecord, "ZinWeekRecord"),
    published(zinWaitingListRecord, "ZinWaitingListRecord"),
    published(cleanerWindowRecord, "CleanerWindowRecord"),
    published(cleanerExceptionRecord, "CleanerExceptionRecord"),
    published(mediationMonthRecord, "MediationMonthRecord"),
    published(helperPoolRecord, "HelperPoolRecord"),
    published(cohortRecord, "CohortRecord"),
  ])
  .meta({
    id: "PublishedRecord",
    description:
      "A stored record as returned by the API: its fields (cohort locationPostcode normalised without spaces, " +
      "cleaner_exception reason left out when empty) plus its freshness.",
  });

export type PublishedRecordAnswer = z.output<typeof publishedRecordSchema>;

// The service types its records loosely (Record<string, unknown> plus the freshness); every
// record of the contract must at least be one of them.
const _published = (r: PublishedRecordAnswer): ServicePublishedRecord => r;

const records = (description: string) => z.array(publishedRecordSchema).meta({ description });

export const capacityListSchema = z
  .object({
    providerId: z.int().meta({ description: "The provider the API key belongs to." }),
    staleAfterDays: z.int().meta({
      description:
        "Days after which unconfirmed capacity becomes stale: the strictest period among the municipalities you " +
        "serve, 14 when none sets one.",
    }),
    records: records("All current records of your provider, ordered by type and then externalRef."),
  })
  .meta({ id: "CapacityList" });

export const batchResultSchema = z
  .object({
    created: z.int().min(0).meta({ description: "New (type, externalRef) records." }),
    updated: z.int().min(0).meta({ description: "Existing records whose fields changed." }),
    unchanged: z.int().min(0).meta({ description: "Identical records, only confirmed." }),
    deleted: z.int().min(0).meta({ description: "Records removed (absent ones are not counted)." }),
    records: records("All current records of your provider after the batch, as GET returns them."),
    visitsOutsideCapacity: z
      .array(
        z.object({
          startsAt: z.iso.datetime().meta({ description: "When the booked visit begins." }),
          endsAt: z.iso.datetime().meta({ description: "When it ends." }),
          cancelUrl: z.string().meta({
            description: "The page where your staff can call this visit off (the client is told and pays nothing).",
          }),
        }),
      )
      .meta({
        description:
          "Booked visits that no window covers any more after the batch (a window removed or changed, days off added). " +
          "They are NOT cancelled: the client still counts on them. Call them off on the page given, or restore the window.",
      }),
  })
  .meta({ id: "BatchResult" });

export const capacityValidationErrorsSchema = validationErrors(
  "One Dutch message per field, keyed by its path in the request: `records` when it is not an array, " +
    "otherwise `records[<index>].<field>`, nested fields joined with dots (e.g. `records[4].sessions.1.time`).",
).meta({ id: "ValidationErrors" });

export const capacityBodyErrorSchema = errorWith("invalid_json", "unreadable_body");
export const capacityUnauthorizedSchema = errorWith("unauthorized").meta({ id: "Unauthorized" });
export const capacityTooLargeSchema = errorWith("payload_too_large");

/** The route's Dutch refusals; the document's examples quote them. */
export const CAPACITY_MESSAGES = {
  unauthorized: "Geef een geldige API-sleutel mee: Authorization: Bearer <sleutel>.",
  tooManyRecords: `Lever hoogstens ${MAX_BATCH_RECORDS} records per keer aan.`,
} as const;
export const WWW_AUTHENTICATE = 'Bearer realm="hulpwijzer"';

// capacity/list.server.ts types a stored record loosely (Record<string, unknown> plus its freshness), so
// the compiler checks the envelopes and the contract tests check the records themselves.
type WithServiceRecords<T> = Omit<T, "records"> & { records: ServicePublishedRecord[] };
export type CapacityListAnswer = WithServiceRecords<z.output<typeof capacityListSchema>>;
export type BatchResultAnswer = WithServiceRecords<z.output<typeof batchResultSchema>>;
