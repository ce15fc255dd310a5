// Whose page a shared text is on. The citizen's pages address the citizen ("u"); the consultant's
// pages show the same facts about the citizen ("de inwoner"). A message has its staff form under
// `<key>.staff` where the words differ; without one, the same words serve both.
import { isMessageKey, type MessageKey, type Translate } from "~/i18n";

export type Voice = "citizen" | "staff";

/** The key of a message in a voice: its `.staff` form on staff pages, where the catalogue has one. */
export function voiced(key: MessageKey, voice: Voice): MessageKey {
  if (voice === "citizen") return key;
  const staff = `${key}.staff`;
  return isMessageKey(staff) ? staff : key;
}

/** A translator that speaks in the voice: every key goes through `voiced`. */
export function inVoice(t: Translate, voice: Voice): Translate {
  return voice === "citizen" ? t : (key, params) => t(voiced(key, voice), params);
}
