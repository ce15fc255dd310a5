// Contact details as use cases: asked at a request (kept in the profile, pre-filled after), edited at
// /mijn/gegevens, checked against the PC4 data, and read by a provider only once it has accepted —
// every such read is in the audit trail.
import { clock } from "~/clock.server";
import { pc4Of } from "~/domain/contact";
import { cleanPersonName } from "~/domain/fair-share";
import {
  areaOfPc4,
  type ContactValues,
  contactById,
  contactFor,
  contactsOf,
  contactsOfReferrals,
  contactsOfRequests,
  insertContact,
  linkOwnRequestsWithoutContact,
  linkRequestContact,
  municipalitiesOfRequests,
  updateContact,
} from "~/models/contact-details.server";
import type { Executor } from "~/models/executor.server";
import { lastRelationFor } from "~/models/help-requests.server";
import type { AddressKnown } from "~/schemas/contact";
import { getDb } from "~db/client.server";
import { audit } from "./audit.server";

export type PostcodeProblem = "validation.contact.postcodeUnknown" | "validation.contact.postcodeElsewhere";

/**
 * Why a postcode cannot be the address: its PC4 is not in the data, or it lies outside the
 * municipality (given by code) the help is asked from. Null when it fits.
 */
export function postcodeProblem(postcode: string, municipalityCode: string | null): PostcodeProblem | null {
  const area = areaOfPc4(pc4Of(postcode));
  if (!area) return "validation.contact.postcodeUnknown";
  if (municipalityCode !== null && area.municipalityCode !== municipalityCode)
    return "validation.contact.postcodeElsewhere";
  return null;
}

/** The municipality of the PC4 the help was asked for (the request's municipality), if known. */
export function municipalityOfPostcode(postcode: string): string | null {
  return areaOfPc4(pc4Of(postcode))?.municipalityCode ?? null;
}

/**
 * Why the profile's address for this person cannot serve a request in this municipality: it lies
 * elsewhere (the person moved, or asks for another place). Null when it fits or there is none.
 */
export function knownAddressProblem(
  citizen: { id: number },
  forName: string | null,
  municipalityCode: string | null,
): "validation.contact.knownElsewhere" | null {
  const known = contactFor({ citizenUserId: citizen.id }, forName === null ? null : cleanPersonName(forName));
  if (!known || municipalityCode === null) return null;
  return municipalityOfPostcode(known.postcode) === municipalityCode ? null : "validation.contact.knownElsewhere";
}

/** Whom the profile has an address for: the account holder, and the people acted for by name. */
export function knownAddresses(citizen: { id: number }): { own: boolean; others: string[] } {
  const rows = contactsOf({ citizenUserId: citizen.id });
  return {
    own: rows.some((r) => r.forName === null),
    others: rows.flatMap((r) => (r.forName === null ? [] : [r.forName])),
  };
}

/** The server's AddressKnown (app/schemas/contact): asked of the database, the name tidied as stored. */
export function addressKnownOf(citizen: { id: number }): AddressKnown {
  return (forName) =>
    contactFor({ citizenUserId: citizen.id }, forName === null ? null : cleanPersonName(forName)) !== undefined;
}

/** What the request form fills in: the account holder's own row, or the last person acted for. */
export function contactPrefill(citizen: { id: number }) {
  const rows = contactsOf({ citizenUserId: citizen.id });
  const own = rows.find((r) => r.forName === null) ?? null;
  const other = rows.filter((r) => r.forName !== null).sort((a, b) => +b.updatedAt - +a.updatedAt)[0] ?? null;
  const values = (r: (typeof rows)[number]) => ({
    street: r.street,
    houseNumber: r.houseNumber,
    postcode: r.postcode,
    place: r.place,
    phone: r.phone ?? "",
    preferredContact: r.preferredContact as string,
  });
  return {
    own: own ? values(own) : null,
    other: other
      ? {
          forName: other.forName ?? "",
          // Asked once: the relation said last time for this person ("dochter"), not the default again.
          relation: lastRelationFor({ citizenUserId: citizen.id }, other.forName ?? "") ?? "",
          ...values(other),
        }
      : null,
  };
}

/**
 * Keeps the details given with a request in the profile (one row per person: updated when known)
 * and links the request to them. Runs inside the request's own transaction.
 */
export function keepRequestContact(
  citizen: { id: number },
  forName: string | null,
  values: ContactValues,
  requestId: number,
  now: Date,
  db: Executor,
): number {
  const scope = { citizenUserId: citizen.id };
  const name = forName === null ? null : cleanPersonName(forName);
  const existing = contactFor(scope, name, db);
  const id = existing ? existing.id : insertContact(scope, name, values, now, db);
  if (existing) updateContact(scope, existing.id, values, now, db);
  linkRequestContact(requestId, id, db);
  return id;
}

/** A request made without details: linked to the person's row in the profile, when there is one. */
export function linkKnownContact(citizen: { id: number }, forName: string | null, requestId: number, db: Executor) {
  const name = forName === null ? null : cleanPersonName(forName);
  const existing = contactFor({ citizenUserId: citizen.id }, name, db);
  if (existing) linkRequestContact(requestId, existing.id, db);
}

export function contactsOfCitizen(citizen: { id: number }) {
  return contactsOf({ citizenUserId: citizen.id });
}

export type SaveContactResult =
  | { ok: true }
  | { ok: false; field: "postcode"; error: PostcodeProblem }
  | { ok: false; field: null };

/** An edit at /mijn/gegevens: a row of the citizen's own, or a new own row when there is none yet. */
export function saveContact(
  citizen: { id: number },
  contactId: number | undefined,
  values: ContactValues,
  now = clock.now(),
): SaveContactResult {
  const scope = { citizenUserId: citizen.id };
  const problem = postcodeProblem(values.postcode, null);
  if (problem) return { ok: false, field: "postcode", error: problem };
  return getDb().transaction(() => {
    if (contactId) {
      if (!contactById(scope, contactId)) return { ok: false as const, field: null };
      updateContact(scope, contactId, values, now);
    } else {
      const own = contactFor(scope, null);
      if (own) updateContact(scope, own.id, values, now);
      // The first own address also reaches the requests made before it (the provider who took one
      // on sees it from now on, as the page promises); a later edit changes the same row.
      else linkOwnRequestsWithoutContact(scope, insertContact(scope, null, values, now));
    }
    audit({ actorUserId: citizen.id, action: "contact.updated", subjectType: "user", subjectId: citizen.id });
    return { ok: true as const };
  });
}

/**
 * The contact rows of requests a provider has accepted, for its pages; the caller passes only
 * accepted requests, whose name and e-mail it shows. The read is audited, once per page, with
 * every such request id: also those without an address row, as their name and e-mail are read too.
 */
export function contactsForProvider(
  staff: { id: number; providerId: number },
  requestIds: readonly number[],
  where: string,
) {
  const found = contactsOfRequests(requestIds);
  const read = new Map(
    [...municipalitiesOfRequests(requestIds)].map(([id, municipalityCode]) => [id, { municipalityCode }]),
  );
  auditReads(staff, read, "requestIds", where);
  return found;
}

/**
 * One `contact.read` event per municipality whose citizens' details were read, so that
 * municipality's admins see it in their audit log (as with referrals.listed).
 */
function auditReads(
  staff: { id: number; providerId: number },
  found: Map<number, { municipalityCode: string }>,
  idsKey: "requestIds" | "referralIds",
  where: string,
) {
  const byMunicipality = new Map<string, number[]>();
  for (const [id, c] of found)
    byMunicipality.set(c.municipalityCode, [...(byMunicipality.get(c.municipalityCode) ?? []), id]);
  for (const [municipalityCode, ids] of byMunicipality)
    audit({
      actorUserId: staff.id,
      action: "contact.read",
      subjectType: "provider",
      subjectId: staff.providerId,
      municipalityCode,
      detail: { [idsKey]: ids, where },
    });
}

/** The addresses of referrals a ZIN provider accepted (the caller passes only those); audited. */
export function contactsOfReferralsRead(staff: { id: number; providerId: number }, referralIds: readonly number[]) {
  const found = contactsOfReferrals(referralIds);
  auditReads(staff, found, "referralIds", "referrals");
  return found;
}
