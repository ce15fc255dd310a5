// What every story of the demo history shares: the moment it begins, the person, the provider,
// the policy in force, and the writers for the rows every kind of story needs.
import type { HelpRequest } from "~/domain/matching";
import { fromAmsterdam } from "~/domain/time";
import type { Db } from "~db/client.server";
import type { helpRequests, municipalityPolicies, RequestStatus } from "~db/schema";

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Provider = { id: number; name: string; kind: string; rate: number | null };
export type Cost = { citizenCents: number; municipalityCents: number };

/** mulberry32: a small, well-known deterministic generator (same seed, same history). */
export function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
export type Random = ReturnType<typeof generator>;

/** One story: a request of one kind, from `at`, that must have ended by `end`. */
export type Story = {
  tx: Tx;
  rnd: Random;
  end: number;
  code: string;
  at: number;
  person: string;
  email: string;
  helpRequest: HelpRequest;
  policy: typeof municipalityPolicies.$inferSelect;
  minutes: number;
  tariff: number;
  provider: Provider;
  consultant: number | null;
  /** The demo citizen whose story it is; made only once the story is sure to be told. */
  newCitizen: () => number;
  request: (
    user: number,
    status: RequestStatus,
    cost: Cost,
    updatedAt: number,
    extra?: Partial<typeof helpRequests.$inferInsert>,
  ) => number;
  events: (requestId: number, steps: [RequestStatus, number, number | null][]) => void;
};

export const at9 = (day: string) => (fromAmsterdam(day, "09:00") ?? new Date(`${day}T08:00:00Z`)).getTime();
export const at17 = (day: string) => (fromAmsterdam(day, "17:00") ?? new Date(`${day}T16:00:00Z`)).getTime();
