// The municipality's HHT statement: per provider, the visits that took place in a month, their
// hours and the subsidy owed (a table on /beheer/hht and a CSV for its payment system).
import { monthSpan } from "~/domain/payments";
import { hhtPerProvider } from "~/models/payments.server";

export type HhtLine = ReturnType<typeof hhtPerProvider>[number];

/** Per provider: visits that took place in a month (YYYY-MM), their minutes and the HHT owed. */
export function hhtStatement(municipalityCode: string, month: string): HhtLine[] {
  return hhtPerProvider({ municipalityCode }, monthSpan(month));
}
