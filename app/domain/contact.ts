// Contact details: how a citizen (or the person acted for) is reached at home. Pure rules: the
// spelling of a postcode and a Dutch phone number, and when a provider may read them.
import type { ReferralStatus, RequestStatus } from "~db/enums";

/** "3441 ab" → "3441AB"; null when it is no Dutch postcode (four digits, not starting 0, two letters). */
export function normalPostcode(input: string): string | null {
  const compact = input.replace(/\s+/g, "").toUpperCase();
  return /^[1-9]\d{3}[A-Z]{2}$/.test(compact) && !/(SA|SD|SS)$/.test(compact) ? compact : null;
}

/** The area (PC4) of a postcode: all a provider sees before it accepted. */
/**
 * An address on one line as every page, message and calendar says it: "Hoofdstraat 12a, 3441 AB
 * Woerden" (the postcode stored as 3441AB, written with its space).
 */
export function addressLine(c: { street: string; houseNumber: string; postcode: string; place: string }): string {
  const pc = c.postcode.length === 6 ? `${c.postcode.slice(0, 4)} ${c.postcode.slice(4)}` : c.postcode;
  return `${c.street} ${c.houseNumber}, ${pc} ${c.place}`;
}

export function pc4Of(postcode: string): string {
  return postcode.replace(/\s+/g, "").slice(0, 4);
}

/**
 * A Dutch phone number tidied to digits (with a leading + for +31), or null when it is none:
 * 06 and 10-digit landline numbers (0348 …, 030 …), +31 / 0031 followed by nine digits.
 */
export function normalPhone(input: string): string | null {
  const raw = input.replace(/[\s\-().]/g, "");
  let national: string;
  if (/^\+31\d+$/.test(raw)) national = `0${raw.slice(3)}`;
  else if (/^0031\d+$/.test(raw)) national = `0${raw.slice(4)}`;
  else national = raw;
  // After +31 a leading 0 is a common slip (+31 06 …): read as the same number.
  national = national.replace(/^00(?=[1-9])/, "0");
  if (!/^0[1-9]\d{8}$/.test(national)) return null;
  return national;
}

/** Whether a stored (normalPhone) number can take a text message: Dutch mobile numbers start 06. */
export function isMobilePhone(phone: string | null | undefined): boolean {
  return normalPhone(phone ?? "")?.startsWith("06") ?? false;
}

/** A tidy national spelling for reading: 06 12345678, or 0348 123456. */
export function displayPhone(phone: string): string {
  if (phone.startsWith("06")) return `06 ${phone.slice(2)}`;
  // Three-digit area codes of the big cities (010, 020, 030, 040, 070), four digits elsewhere.
  if (/^0[1-9]0/.test(phone)) return `${phone.slice(0, 3)} ${phone.slice(3)}`;
  return `${phone.slice(0, 4)} ${phone.slice(4)}`;
}

/**
 * A request's statuses in which its provider has accepted: a cleaner's booking confirmed, a practice
 * enrolled after its intake, a mediator matched. Only then may the provider read the address and phone.
 */
export const CONTACT_SHARED_REQUEST = ["booked", "enrolled", "matched"] as const satisfies readonly RequestStatus[];

/**
 * The statuses in which a practice or mediator may take a request on (ADR 038): it then reads the
 * contact details to call the citizen for the intake or the talk, before it enrols or matches.
 */
export const TAKE_ON_REQUEST = ["intake_requested", "mediation_requested"] as const satisfies readonly RequestStatus[];

type SharingRequest = { status: RequestStatus; takenOnAt?: Date | number | null };

const takeOnStatus = (status: RequestStatus) => (TAKE_ON_REQUEST as readonly RequestStatus[]).includes(status);

/** Taken on and still waiting for the provider's answer (declined or withdrawn: no longer). */
export function requestTakenOn(r: SharingRequest): boolean {
  return r.takenOnAt != null && takeOnStatus(r.status);
}

/** The one rule for a request: accepted, or taken on and still waiting for the provider's answer. */
export function requestSharesContact(r: SharingRequest): boolean {
  return (CONTACT_SHARED_REQUEST as readonly RequestStatus[]).includes(r.status) || requestTakenOn(r);
}

/** Whether the provider can still take the request on: waiting for it, and not taken on yet. */
export function requestCanBeTakenOn(r: SharingRequest): boolean {
  return r.takenOnAt == null && takeOnStatus(r.status);
}

/** A provider's phone as the citizen reads it, on the request page and in the mail alike. */
export function providerPhoneText(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const normal = normalPhone(phone);
  return normal ? displayPhone(normal) : phone;
}

/** A referral's statuses after the ZIN provider accepted it, while the help goes on. */
export const CONTACT_SHARED_REFERRAL = ["accepted", "started"] as const satisfies readonly ReferralStatus[];

export function referralSharesContact(status: ReferralStatus): boolean {
  return (CONTACT_SHARED_REFERRAL as readonly ReferralStatus[]).includes(status);
}

/**
 * How many of a practice's or mediator's requests wait for it: not yet taken on, and taken on but not
 * yet enrolled or matched. The home page's counts and the requests page's both come from here.
 */
export function waitingCounts(rows: readonly SharingRequest[]): { waiting: number; takenOn: number } {
  return {
    waiting: rows.filter((r) => requestCanBeTakenOn(r)).length,
    takenOn: rows.filter((r) => requestTakenOn(r)).length,
  };
}
