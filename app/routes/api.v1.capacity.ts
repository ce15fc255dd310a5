import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { clock } from "~/clock.server";
import {
  type BatchResultAnswer,
  CAPACITY_MESSAGES,
  type CapacityListAnswer,
  WWW_AUTHENTICATE,
} from "~/schemas/api/capacity";
import { capacityRecord, deletionRecord, MAX_BATCH_BYTES, MAX_BATCH_RECORDS } from "~/schemas/capacity";
import { fieldErrorKeys } from "~/schemas/errors";
import { authenticateApiKey } from "~/services/api-keys.server";
import { listCapacity } from "~/services/capacity/list.server";
import { visitsOutsideCapacity } from "~/services/capacity/outside-visits.server";
import { applyCapacityBatch } from "~/services/capacity/publish-batch.server";
import type { BatchItem } from "~/services/capacity/record-types.server";
import { staleAfterDaysFor } from "~/services/capacity/staleness.server";
import { apiError, apiRoute, fieldErrors, json, readJson } from "~/utils/api.server";
import { publicOrigin } from "~/utils/origin.server";

// The batch's outer shape; each record is then parsed by its own schema, so errors name its index.
const batchEnvelope = z.object({ records: z.array(z.unknown()) });
const deletionMark = z.object({ deleted: z.literal(true) });

const UNAUTHORIZED = () =>
  apiError(401, "unauthorized", CAPACITY_MESSAGES.unauthorized, { "WWW-Authenticate": WWW_AUTHENTICATE });

/** GET /api/v1/capacity: the key's provider's current records. */
async function listRecords({ request }: LoaderFunctionArgs) {
  const key = authenticateApiKey(request);
  if (!key) return UNAUTHORIZED();
  const staleAfterDays = staleAfterDaysFor(key.providerId);
  const body: CapacityListAnswer = {
    providerId: key.providerId,
    staleAfterDays,
    records: listCapacity(key.providerId, staleAfterDays),
  };
  return json(body);
}

/** PUT /api/v1/capacity: an all-or-nothing, idempotent batch for the key's provider. */
async function publishBatch({ request }: ActionFunctionArgs) {
  const key = authenticateApiKey(request);
  if (!key) return UNAUTHORIZED();
  const body = await readJson(request, MAX_BATCH_BYTES);
  if (!body.ok) return body.response;
  const envelope = batchEnvelope.safeParse(body.value);
  if (!envelope.success) return fieldErrors({ records: "validation.capacity.type" });
  const { records } = envelope.data;
  if (records.length > MAX_BATCH_RECORDS) {
    return apiError(413, "payload_too_large", CAPACITY_MESSAGES.tooManyRecords);
  }

  const items: BatchItem[] = [];
  const errors: Record<string, string> = {};
  records.forEach((raw, i) => {
    const parsed = deletionMark.safeParse(raw).success ? deletionRecord.safeParse(raw) : capacityRecord.safeParse(raw);
    if (parsed.success) {
      items.push(parsed.data);
      return;
    }
    Object.assign(errors, fieldErrorKeys(parsed.error, { prefix: `records[${i}]`, wholePath: true }));
  });
  if (Object.keys(errors).length > 0) return fieldErrors(errors);

  const result = applyCapacityBatch(key.providerId, items, { apiKeyId: key.apiKeyId });
  if (!result.ok) return fieldErrors(result.errors);
  const { ok: _ok, ...counts } = result;
  const answer: BatchResultAnswer = {
    ...counts,
    records: listCapacity(key.providerId, staleAfterDaysFor(key.providerId)),
    // Saving never cancels a booked visit: what no window covers any more is said, to call off.
    visitsOutsideCapacity: visitsOutsideCapacity(key.providerId, clock.now()).map((v) => ({
      startsAt: new Date(v.startsAt).toISOString(),
      endsAt: new Date(v.endsAt).toISOString(),
      cancelUrl: `${publicOrigin(request)}/aanbieder/afzeggen/${v.slotId}`,
    })),
  };
  return json(answer);
}

const route = apiRoute({ PUT: publishBatch, GET: listRecords });
export const loader = route.loader;
export const action = route.action;
