// The request page's "Aangevraagd voor" line: the person helped first, then the user and their
// relation to that person, so "dochter" is never read as the person helped.
import type { Translate } from "~/i18n";

/** "Greet Jansen-de Wit, door u als dochter" */
export function actingForText(name: string, relation: string | null, t: Translate): string {
  const kin = relation?.trim() ?? "";
  return kin ? t("request.forBy", { name, relation: kin }) : t("request.forByYou", { name });
}
