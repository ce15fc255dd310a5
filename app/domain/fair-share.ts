// Fair share of scarce capacity: how much one account may ask for at a time, and who counts as
// the same person. Varying the "acting for" name once let one account take a whole cohort and
// every free visit of a cleaner (issue 14); these limits are checked in the same transaction that
// takes the capacity (ADR 018). Pure: the account's live requests and `now` are arguments.
import type { RequestKind, RequestStatus } from "~db/enums";
import { blockingStatuses, effectiveStatus } from "./requests";
import { INVISIBLE } from "./visible-text";

/** People one account may have live requests for at once, the account holder included. */
export const MAX_PEOPLE_PER_ACCOUNT = 3;
/** A cleaner's visits held (not yet confirmed) by one account at once. */
export const MAX_LIVE_HOLDS_PER_ACCOUNT = 2;

/** A name as typed, tidied for storing and showing: same letters, no invisible characters, single spaces. */
export function cleanPersonName(name: string): string {
  return (
    name
      .normalize("NFKC")
      // Line breaks between words are spaces; what shows nothing is nothing ("Pi\u200bet" is Piet).
      .replace(/[\t\n\v\f\r]/g, " ")
      .replace(INVISIBLE, "")
      .replace(/\s+/g, " ")
      .trim()
  );
}

// A word that reads as a domain: labels joined by dots, the last one (the top-level domain) of two
// or more letters, maybe a path after it ("evil.example", "evil.example/login"). Labels before it
// have two characters or more, so initials ("J.P.", "A.B.de Vries") are no domain.
const DOMAIN_WORD = /^(?:[\p{L}\p{N}-]+\.)*[\p{L}\p{N}][\p{L}\p{N}-]+\.([a-z]{2,24})([/:?#].*)?$/iu;
// Without a path, the last part reads as a domain when it is a country's two letters or a common or
// reserved top-level domain; not when it is a word of a name ("jan.jansen", as people type a user
// name), nor a tussenvoegsel typed after an initial without a space ("Th.de Vries"). With a path
// after it, any such word is read as an address.
const NAME_PARTICLES = new Set(["de", "du", "da", "di", "la", "le", "op", "te"]);
const COMMON_TLDS = new Set(
  [
    "com net org info biz eu gov edu int mobi name pro app dev io ai co me tv cc ws",
    "online site website web page link click live store shop club top xyz icu vip work tech cloud email",
    "support help bank secure login amsterdam frl example test invalid localhost local",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Whether a "name" reads as an e-mail or web address, or as markup: staff see names in their mail
 * and calendar, where such a name would pass a stranger's address off as the app's (attack).
 */
export function nameLooksLikeAddress(name: string): boolean {
  if (/[@<>]|:\/\/|\bwww\./i.test(name)) return true;
  return name.split(/\s+/).some((word) => {
    const match = DOMAIN_WORD.exec(word.replace(/^[("'[]+|[)"'\],;.!]+$/g, ""));
    if (!match) return false;
    const last = (match[1] ?? "").toLowerCase();
    if (match[2] !== undefined) return true;
    return last.length === 2 ? !NAME_PARTICLES.has(last) : COMMON_TLDS.has(last);
  });
}

/** Who a request is for, as a key: "" for the account holder, else the tidied name in lower case. */
export function personKey(actingForName: string | null | undefined): string {
  return cleanPersonName(actingForName ?? "").toLocaleLowerCase("nl");
}

/** One of the account's requests, as far as fair share needs it. */
export type AccountRequest = {
  kind: RequestKind;
  actingForName: string | null;
  status: RequestStatus;
  holdExpiresAt: Date | null;
  municipalityCode: string;
};

export const FAIR_SHARE_REFUSALS = ["already_requested", "too_many_people", "too_many_holds"] as const;
export type FairShareRefusal = (typeof FAIR_SHARE_REFUSALS)[number];

export function isFairShareRefusal(value: string): value is FairShareRefusal {
  return (FAIR_SHARE_REFUSALS as readonly string[]).includes(value);
}

/** A request still running: one that would stop the same person asking again (an expired hold does not). */
function isLive(r: AccountRequest, now: Date): boolean {
  const status = effectiveStatus(r.status, r.holdExpiresAt, now);
  return blockingStatuses(r.kind).includes(status);
}

/**
 * Why the account may not make this request now, or null. One live request per person per kind
 * of help (a talk: one waiting per person per municipality); at most MAX_PEOPLE_PER_ACCOUNT
 * people with live requests; a cleaner's visit only while fewer than MAX_LIVE_HOLDS_PER_ACCOUNT
 * are held.
 */
export function fairShareRefusal(
  existing: readonly AccountRequest[],
  asked: { kind: RequestKind; actingForName: string | null | undefined; municipalityCode: string },
  now: Date,
): FairShareRefusal | null {
  const live = existing.filter((r) => isLive(r, now));
  const person = personKey(asked.actingForName);
  const samePerson = live.filter((r) => personKey(r.actingForName) === person);
  const sameHelp = samePerson.some(
    (r) =>
      r.kind === asked.kind &&
      (asked.kind !== "consultation" || (r.status === "submitted" && r.municipalityCode === asked.municipalityCode)),
  );
  if (sameHelp) return "already_requested";
  const people = new Set(live.map((r) => personKey(r.actingForName)));
  if (!people.has(person) && people.size >= MAX_PEOPLE_PER_ACCOUNT) return "too_many_people";
  const holds = live.filter((r) => effectiveStatus(r.status, r.holdExpiresAt, now) === "held").length;
  if (asked.kind === "private_cleaner" && holds >= MAX_LIVE_HOLDS_PER_ACCOUNT) return "too_many_holds";
  return null;
}

/** The statuses fairShareRefusal looks at: every one that may be live for some kind. */
export const FAIR_SHARE_STATUSES: readonly RequestStatus[] = blockingStatuses("zin");
