// Staff accounts: a municipality admin makes them inside their own municipality, and a provider's
// staff add their own colleagues. Every new account is in the audit log of each municipality whose
// data it can read.
import { hashPassword } from "~/auth/password.server";
import { clock } from "~/clock.server";
import { adminMayAddProviderStaff, adminMayDeactivate, type ProviderStaffRefusal } from "~/domain/accounts";
import { forgetDevicesOf } from "~/models/known-devices.server";
import { findProviderServing, providersServingWithReach, serviceAreaOf } from "~/models/providers.server";
import { endSessionsOf } from "~/models/sessions.server";
import {
  type AccountUser,
  colleaguesOf,
  hasStaffAccount,
  insertUser,
  isEmailTaken,
  markStaffDeactivated,
  staffOf,
} from "~/models/users.server";
import type { StaffRole } from "~/schemas/account";
import { getDb } from "~db/client.server";
import { audit } from "../audit.server";

/** A provider's reach as the account rules read it: this municipality, and another when it serves one. */
const servesOf = (municipalityCode: string, servesElsewhere: boolean) =>
  servesElsewhere ? [municipalityCode, "elsewhere"] : [municipalityCode];

/**
 * Staff an admin may see (its municipality's consultants and admins, and staff of providers
 * serving it); `mayDeactivate` says whose account is theirs to end (adminMayDeactivate).
 */
export function listStaff(admin: { municipalityCode: string }) {
  const elsewhere = new Map(providersServingWithReach(admin).map((p) => [p.id, p.servesElsewhere]));
  return staffOf(admin).map((u) => ({
    ...u,
    lastLoginAt: u.lastLoginAt?.getTime() ?? null,
    deactivatedAt: u.deactivatedAt?.getTime() ?? null,
    totpEnabledAt: u.totpEnabledAt?.getTime() ?? null,
    mayDeactivate: adminMayDeactivate(admin.municipalityCode, {
      providerId: u.providerId,
      providerServes:
        u.providerId === null ? [] : servesOf(admin.municipalityCode, elsewhere.get(u.providerId) ?? true),
    }),
  }));
}

/** A provider's own staff accounts, for its colleagues' page. */
export function listColleagues(staff: { providerId: number }) {
  return colleaguesOf(staff).map(({ lastLoginAt, deactivatedAt, ...u }) => ({
    ...u,
    lastLoginAt: lastLoginAt?.getTime() ?? null,
    deactivated: deactivatedAt !== null,
  }));
}

/** The municipalities a provider serves: whose intakes its staff can read. */
function reachOf(providerId: number): string[] {
  return serviceAreaOf({ providerId }).map((m) => m.code);
}

/** Why this admin may not add staff for this provider, or null when they may. */
function refusalFor(admin: { municipalityCode: string }, providerId: number): ProviderStaffRefusal | null {
  const provider = findProviderServing(admin, providerId);
  if (!provider) return "provider_not_in_municipality";
  return adminMayAddProviderStaff(admin.municipalityCode, {
    serves: reachOf(providerId),
    hasStaff: hasStaffAccount({ providerId }),
    vetted: provider.vettingStatus === "vetted",
  });
}

/** The providers the admin may add a staff account for now (see adminMayAddProviderStaff). */
export function providersForNewStaff(admin: { municipalityCode: string }) {
  return providersServingWithReach(admin)
    .filter(
      (p) =>
        adminMayAddProviderStaff(admin.municipalityCode, {
          serves: servesOf(admin.municipalityCode, p.servesElsewhere),
          hasStaff: p.hasStaff,
          vetted: p.vettingStatus === "vetted",
        }) === null,
    )
    .map((p) => ({ id: p.id, name: p.name, contactName: p.contactName, contactEmail: p.contactEmail }));
}

// Readable one-time passwords: no 0/O or 1/l/I to misread when passed on by phone.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function generateOneTimePassword(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
  return chars.match(/.{4}/g)?.join("-") ?? chars;
}

export type CreateStaffResult =
  | { ok: true; user: AccountUser; oneTimePassword: string }
  | { ok: false; reason: "email_taken" | ProviderStaffRefusal };

class Refused extends Error {
  constructor(readonly reason: ProviderStaffRefusal) {
    super(reason);
  }
}

type NewStaff = {
  name: string;
  email: string;
  role: StaffRole;
  providerId: number | null;
  municipalityCode: string | null;
};

/**
 * Writes one staff account and its audit events in one transaction. `refusal` runs inside it, so
 * two simultaneous "first accounts" of a provider cannot both pass.
 */
async function addStaffAccount(
  actor: { id: number },
  values: NewStaff,
  refusal: () => ProviderStaffRefusal | null,
): Promise<CreateStaffResult> {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  try {
    const user = getDb().transaction(
      (tx) => {
        const refused = refusal();
        if (refused) throw new Refused(refused);
        const firstOfProvider = values.providerId !== null && !hasStaffAccount({ providerId: values.providerId });
        // A one-time password was passed on by someone else: its owner chooses their own first.
        const row = insertUser({ ...values, passwordHash, mustChangePassword: true }, tx);
        const reads = values.providerId !== null ? reachOf(values.providerId) : [values.municipalityCode ?? ""];
        // One event per municipality the account can read, so each of their admins sees it.
        for (const municipalityCode of reads) {
          audit(
            {
              actorUserId: actor.id,
              action: "user.created",
              subjectType: "user",
              subjectId: row.id,
              municipalityCode,
              detail: {
                role: values.role,
                providerId: values.providerId,
                reads,
                ...(values.providerId !== null ? { firstOfProvider } : {}),
              },
            },
            tx,
          );
        }
        return row;
      },
      { behavior: "immediate" },
    );
    return { ok: true, user, oneTimePassword };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    if (isEmailTaken(error)) return { ok: false, reason: "email_taken" };
    throw error;
  }
}

/**
 * An admin creates a staff account: consultants and admins in its own municipality, provider
 * staff only where adminMayAddProviderStaff allows it. The password is shown once.
 */
export function createStaffUser(
  admin: { id: number; municipalityCode: string },
  input: { name: string; email: string; role: StaffRole; providerId?: number | undefined },
): Promise<CreateStaffResult> {
  const { name, email, role } = input;
  if (role !== "provider_staff") {
    return addStaffAccount(
      admin,
      { name, email, role, providerId: null, municipalityCode: admin.municipalityCode },
      () => null,
    );
  }
  const providerId = input.providerId;
  if (providerId === undefined) return Promise.resolve({ ok: false, reason: "provider_not_in_municipality" });
  return addStaffAccount(admin, { name, email, role, providerId, municipalityCode: null }, () =>
    refusalFor(admin, providerId),
  );
}

/** A provider's staff member adds a colleague at the same provider: the provider's own consent. */
export function addColleague(
  staff: { id: number; providerId: number },
  input: { name: string; email: string },
): Promise<CreateStaffResult> {
  return addStaffAccount(
    staff,
    {
      name: input.name,
      email: input.email,
      role: "provider_staff",
      providerId: staff.providerId,
      municipalityCode: null,
    },
    () => null,
  );
}

export type DeactivateResult = { ok: true } | { ok: false; reason: "not_found" | "self" | "provider_reaches_further" };

/**
 * An admin deactivates a member of staff it may see. The account is marked and every one of its
 * sessions deleted in the same transaction, so nobody stays logged in on a deactivated account.
 */
export function deactivateStaffUser(admin: { id: number; municipalityCode: string }, userId: number): DeactivateResult {
  if (userId === admin.id) return { ok: false, reason: "self" };
  const target = listStaff(admin).find((u) => u.id === userId && u.deactivatedAt === null);
  if (!target) return { ok: false, reason: "not_found" };
  if (!target.mayDeactivate) return { ok: false, reason: "provider_reaches_further" };
  const done = getDb().transaction(
    (tx) => {
      const now = clock.now();
      if (!markStaffDeactivated(tx, { userId }, now)) return false;
      endSessionsOf(tx, { userId }, "deactivated", now);
      forgetDevicesOf({ userId }, null, tx);
      // In the admin's own audit log (a row without a municipality showed in none).
      audit(
        {
          actorUserId: admin.id,
          action: "user.deactivated",
          subjectType: "user",
          subjectId: userId,
          municipalityCode: admin.municipalityCode,
        },
        tx,
      );
      return true;
    },
    { behavior: "immediate" },
  );
  return done ? { ok: true } : { ok: false, reason: "not_found" };
}
