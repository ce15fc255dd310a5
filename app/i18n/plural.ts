// One way to say a count: a message in two forms, `<base>.one` and `<base>.other`, chosen by the
// count. Dutch and English both use the singular for exactly 1 only ("1 week", "0 weken", "2 weken").
import type { MessageKey, Params, Translate } from "./index";

/** The message bases that have both a `.one` and an `.other` form. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** `plural(t, "options.wait", 1)` → "… ongeveer 1 week"; `{count}` is filled in, with any other params. */
export function plural(t: Translate, base: PluralKey, count: number, params: Params = {}): string {
  const key = `${base}.${count === 1 ? "one" : "other"}` as MessageKey;
  return t(key, { count, ...params });
}
