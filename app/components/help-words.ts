// The wizard's and the options page's words for the person the help is for: "u" for the user, or
// "uw moeder" / "deze persoon" in a sentence of its own, so no sentence is half about someone else.
import type { MessageKey, Translate } from "~/i18n";
import type { HelpPerson } from "~/schemas/help-person";

/** The person's names for a sentence: `person` inside one, `Person` at its start. */
export function personParams(person: HelpPerson, t: Translate): { person: string; Person: string } {
  if (person === "self") return { person: "", Person: "" };
  const name = t(`help.person.${person}.name`);
  return { person: name, Person: name.charAt(0).toUpperCase() + name.slice(1) };
}

/** Picks the user's sentence or the other person's, filled in with who that is. */
export function personWording(person: HelpPerson, t: Translate) {
  const params = personParams(person, t);
  return (self: MessageKey, other: MessageKey, extra: Record<string, string | number> = {}): string =>
    person === "self" ? t(self, extra) : t(other, { ...params, ...extra });
}
