// A visit's payment row: it copies what its amount was computed from (the visit's time and
// length, the cleaner's rate, the HHT per hour), so it stays explainable when rates change.
import { openingStatus, visitMinutes } from "~/domain/payments";
import type { Visit } from "~/models/cleaner-slots.server";
import type { Executor } from "~/models/executor.server";
import { createPayment } from "~/models/payments.server";
import type { PaymentKind } from "~db/enums";
import { defaultPaymentMethod } from "./payment-method.server";
import type { Rates } from "./pricing.server";

export function chargeVisit(
  visit: Visit,
  charge: { kind: PaymentKind; amountCents: number; municipalityCents: number; rates: Rates },
  now: Date,
  db: Executor,
): number {
  return createPayment(
    {
      requestId: visit.requestId,
      slotId: visit.slotId,
      kind: charge.kind,
      citizenUserId: visit.citizenUserId,
      providerId: visit.providerId,
      municipalityCode: visit.municipalityCode,
      visitStartsAt: new Date(visit.startsAt),
      visitMinutes: visitMinutes(visit.startsAt, visit.endsAt),
      hourlyRateCents: charge.rates.hourlyRateCents,
      hhtPerHourCents: charge.rates.hhtPerHourCents,
      amountCents: charge.amountCents,
      municipalityCents: charge.municipalityCents,
      method: visit.method ?? defaultPaymentMethod(),
      status: openingStatus(charge.amountCents),
      createdAt: now,
      updatedAt: now,
    },
    db,
  );
}
