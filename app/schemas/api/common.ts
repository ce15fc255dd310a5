// The answers every JSON API route shares: the error shapes of app/utils/api.server.ts, and a
// compile-time check that a type built by the code is exactly the type of its contract.
import { z } from "zod";

/** The stable error codes the API answers with; `message` says it in Dutch. */
export const ERROR_CODES = [
  "invalid_json",
  "unreadable_body",
  "unauthorized",
  "forbidden",
  "method_not_allowed",
  "payload_too_large",
  "no_capacity",
  "already_requested",
  "too_many_people",
  "too_many_holds",
  "municipality_not_participating",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const message = z.string().meta({ description: "Explanation in Dutch, written to be shown to your users as it is." });

/** `{ error, message }`, as apiError() writes it. */
export const apiErrorSchema = z
  .object({
    error: z.enum(ERROR_CODES).meta({ description: "Stable code; each response names the ones it can carry." }),
    message,
  })
  .meta({ id: "Error", title: "Error", description: "A refusal: a stable English code and a Dutch message." });

/** The Error shape limited to the codes one response can carry. */
export function errorWith<const C extends readonly [ErrorCode, ...ErrorCode[]]>(...codes: C) {
  return z.object({ error: z.enum(codes), message });
}

/** `{ error: "invalid_request", errors }`, as fieldErrors() writes it; keyed by the given names when listed. */
export function validationErrors(description: string, fields?: readonly [string, ...string[]]) {
  return z.object({
    error: z.literal("invalid_request"),
    errors: (fields ? z.partialRecord(z.enum(fields), z.string()) : z.record(z.string(), z.string())).meta({
      description,
    }),
  });
}

export type ValidationErrors = z.output<ReturnType<typeof validationErrors>>;

export const municipalitySchema = z
  .object({
    code: z
      .string()
      .regex(/^GM\d{4}$/)
      .meta({ description: "CBS municipality code, e.g. GM0632." }),
    name: z.string().meta({ description: "Name of the municipality, e.g. Woerden." }),
  })
  .meta({ id: "Municipality", title: "Municipality" });

// Deep plain form of a type, so that readonly arrays and intersections compare as what they hold.
type Plain<T> = T extends Date
  ? T
  : T extends readonly (infer E)[]
    ? Plain<E>[]
    : T extends object
      ? { -readonly [K in keyof T]: Plain<T[K]> }
      : T;
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * `true` only when the code's type and the contract's type are the same, field for field (none
 * missing, none extra, same optionality): `const _: Exactly<Built, z.output<typeof contract>> = true`
 * fails `tsc` when the domain gains a field that the contract does not describe.
 */
export type Exactly<Built, Contract> = Same<Plain<Built>, Plain<Contract>>;
