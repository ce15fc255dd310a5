// The price of a cleaner's visit: the cleaner's hourly rate, the municipality's HHT per hour when
// it offers HHT and the cleaner takes it (ADR 006), and the policy's late-cancellation share.
import { clock } from "~/clock.server";
import { type VisitPrice, visitPrice } from "~/domain/payments";
import type { Executor } from "~/models/executor.server";
import { cleanerRates } from "~/models/payments.server";
import { getPolicyInForce } from "../municipalities.server";

export type Rates = { hourlyRateCents: number; hhtPerHourCents: number; lateCancellationPercent: number };

/** The rates in force at `at` for this cleaner in this municipality. */
export function ratesFor(providerId: number | null, municipalityCode: string, at: Date, db?: Executor): Rates {
  const provider = providerId === null ? undefined : cleanerRates(providerId, db);
  const policy = getPolicyInForce(municipalityCode, at);
  return {
    hourlyRateCents: provider?.hourlyRateCents ?? 0,
    hhtPerHourCents: provider?.acceptsHht === true ? (policy?.hhtSubsidyPerHourCents ?? 0) : 0,
    lateCancellationPercent: policy?.lateCancellationPercent ?? 50,
  };
}

export function priceWith(rates: Rates, minutes: number): VisitPrice {
  return visitPrice(minutes, rates.hourlyRateCents, rates.hhtPerHourCents);
}

export type BookingPrice = VisitPrice & { minutes: number; hourlyRateCents: number; hhtPerHourCents: number };

/** The price of one visit of a booking (or a slot about to be booked), split citizen/municipality. */
export function priceOfVisit(
  providerId: number,
  municipalityCode: string,
  minutes: number,
  at = clock.now(),
): BookingPrice {
  const rates = ratesFor(providerId, municipalityCode, at);
  return {
    ...priceWith(rates, minutes),
    minutes,
    hourlyRateCents: rates.hourlyRateCents,
    hhtPerHourCents: rates.hhtPerHourCents,
  };
}
