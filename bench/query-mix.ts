// The options answers both benches send: one mix, so `bench/options-page.ts` times the same
// requests as `npm run bench`.
import Database from "better-sqlite3";
import { seededRandom } from "~/utils/random";

const DAY = 86_400_000;

/**
 * Query strings as citizens send them: a PC4 anywhere in the country (more where there are more
 * postcode areas), birth years mostly 75+, households, incomes given or not, any needs and limits.
 */
export function queryMix(dbFile: string, count: number, seed: number): string[] {
  const db = new Database(dbFile, { readonly: true });
  const pc4s = (db.prepare("SELECT pc4 FROM postcode_areas ORDER BY pc4").all() as { pc4: string }[]).map((r) => r.pc4);
  db.close();
  const rnd = seededRandom(seed * 7919);
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() + offset * DAY).toISOString().slice(0, 10);
  return Array.from({ length: count }, () => {
    const household = rnd.chance(0.6) ? "single" : "couple";
    const q = new URLSearchParams({
      postcode: `${rnd.pick(pc4s)}${rnd.chance(0.7) ? rnd.pick(["AB", "CD", "EF", "GH", "KL", "XZ"]) : ""}`,
      birthYear: String(rnd.chance(0.9) ? rnd.int(1928, 1960) : rnd.int(1961, 2000)),
      household,
    });
    if (household === "couple") q.set("partnerUnderAow", String(rnd.chance(0.2)));
    if (rnd.chance(0.5)) q.set("income", String(rnd.int(9, 50) * 100));
    q.set("needs", rnd.pick(["cleaning", "cleaning", "cleaning,laundry", "cleaning,heavy_cleaning", "laundry"]));
    const mobility = rnd.pick(["", "", "stairs", "chair_rise", "stairs,chair_rise"]);
    if (mobility) q.set("mobility", mobility);
    q.set("network", rnd.pick(["none", "none", "some", "can_provide"]));
    if (rnd.chance(0.4)) q.set("start", day(rnd.int(0, 45)));
    return q.toString();
  });
}
