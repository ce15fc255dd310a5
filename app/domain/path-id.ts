// A record's id as it stands in a path: only the canonical digits. `Number()` alone would also read
// "1e1" as 10 and "2.0" as 2, so one record answered to many addresses (found by the attack).

/** The id in a path segment, or null for anything but 1–16 digits without a leading zero. */
export function pathId(raw: string | undefined): number | null {
  if (raw === undefined || !/^[1-9]\d{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
