// How staff messages name a client: the first initial and the surname ("G. Jansen"), enough to
// know whom it is about, less than the full name in a mailbox others may read.

/** "Greet Jansen" → "G. Jansen", "Jan van der Berg" → "J. van der Berg"; one word stays as it is. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const [first, ...rest] = words;
  if (!first) return "";
  if (rest.length === 0) return first;
  return `${first.charAt(0).toLocaleUpperCase("nl")}. ${rest.join(" ")}`;
}
