// For whom the help is sought: the wizard's first question. The questions after it are worded for
// that person ("In welk jaar is uw moeder geboren?"); the help request itself does not change.

export const HELP_PEOPLE = ["self", "mother", "father", "other"] as const;
export type HelpPerson = (typeof HELP_PEOPLE)[number];

/** The person from a URL's `person` parameter; anything else (or nothing) is the user themself. */
export function helpPerson(raw: string | null | undefined): HelpPerson {
  return (HELP_PEOPLE as readonly string[]).includes(raw ?? "") ? (raw as HelpPerson) : "self";
}

/**
 * What the user is of the person helped, as far as the first answer tells: a mother's or father's
 * child (daughter or son, the answer does not say which). The request form starts with it; the
 * user can change it. Null when the answer does not tell.
 */
export function relationOfUser(person: HelpPerson): "child" | null {
  return person === "mother" || person === "father" ? "child" : null;
}
