// The answers stored with a request (the parsed help request, as JSON), read back through zod
// instead of a cast: the citizen's link to request a decided option, and the provider's list.
import { z } from "zod";
import { MOBILITY, NEEDS, NETWORK } from "~/domain/matching";
import type { HelpQuery } from "~/schemas/help-request";
import { HOUSEHOLDS } from "~db/enums";

/** The whole help request, as it was parsed when the request was made. */
export const storedHelpQuery = z.object({
  postcode: z.string(),
  birthYear: z.number(),
  household: z.enum(HOUSEHOLDS),
  partnerUnderAow: z.boolean(),
  income: z.number().nullable(),
  needs: z.array(z.enum(NEEDS)),
  mobility: z.array(z.enum(MOBILITY)),
  network: z.enum(NETWORK),
  start: z.string(),
}) satisfies z.ZodType<HelpQuery>;

/** What a provider's staff read of the answers; anything missing reads as empty. */
export const answersForProvider = z.object({
  postcode: z.string().catch(""),
  needs: z.array(z.string()).catch([]),
  mobility: z.array(z.string()).catch([]),
});
