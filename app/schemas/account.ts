// Form schemas shared by the browser (conform) and the server. Messages are catalogue keys.
import { z } from "zod";
import { nameLooksLikeAddress } from "~/domain/fair-share";
import { bodyId } from "./body-id";

export const emailField = z
  .string({ error: "validation.email.required" })
  .trim()
  .toLowerCase()
  .max(254, { error: "validation.email.invalid" })
  .pipe(z.email({ error: "validation.email.invalid" }));

/**
 * A line of text as people read it: control characters (line breaks too) and the invisible marks
 * that turn text around (U+202A–E, U+2066–9) become spaces. A name is shown to staff and written in
 * mails and calendars: "Bcc:" on a line of its own, or a name reading backwards, fools a reader.
 */
export function plainLine(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, " ").replace(/ {2,}/g, " ");
}

export const nameField = z
  .string({ error: "validation.name.required" })
  .overwrite(plainLine)
  .trim()
  .min(1, { error: "validation.name.required" })
  .max(100, { error: "validation.name.tooLong" })
  .refine((v) => !nameLooksLikeAddress(v), { error: "validation.name.notAName" });

export const newPasswordField = z
  .string({ error: "validation.password.required" })
  .min(12, { error: "validation.password.tooShort" })
  .max(200, { error: "validation.password.tooLong" });

/** Where to go next: a bad return address (too long, repeated) is dropped, never a reason to refuse. */
const redirectTo = z.preprocess(
  (v) => (typeof v === "string" && v.length <= 2000 ? v : undefined),
  z.string().optional(),
);

export const loginSchema = z.object({
  email: emailField,
  // Bounded so nobody can make the server hash a megabyte.
  password: z.string({ error: "validation.password.required" }).max(200, { error: "validation.password.tooLong" }),
  redirectTo,
});

export const registerSchema = z.object({
  name: nameField,
  email: emailField,
  password: newPasswordField,
  redirectTo,
});

export const STAFF_ROLES = ["consultant", "admin", "provider_staff"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** An admin adds a staff account; provider staff need the provider they work for. */
export const staffSchema = z
  .object({
    name: nameField,
    email: emailField,
    role: z.enum(STAFF_ROLES, { error: "validation.role.invalid" }),
    providerId: bodyId("validation.provider.required").optional(),
  })
  .refine((v) => v.role !== "provider_staff" || v.providerId !== undefined, {
    path: ["providerId"],
    error: "validation.provider.required",
  });

/** A provider's staff member adds a colleague: the admin form's name and email, for their own provider. */
export const colleagueSchema = z.object({ name: nameField, email: emailField });

/** An admin deactivates a staff account (by id; the service checks it is theirs to deactivate). */
export const deactivateStaffSchema = z.object({
  intent: z.literal("deactivate"),
  userId: bodyId(),
});

/** "Wachtwoord vergeten?": only the address. */
export const forgotPasswordSchema = z.object({ email: emailField });

/** A new password, typed twice (the same rules as registering); the second must match. */
const newPasswordTwice = {
  password: newPasswordField,
  passwordAgain: z.string({ error: "validation.passwordAgain.required" }).max(200, {
    error: "validation.password.tooLong",
  }),
};
const matches = (v: { password: string; passwordAgain: string }) => v.password === v.passwordAgain;
const mismatch = { path: ["passwordAgain"], error: "validation.passwordAgain.mismatch" };

/** Choosing a new password with a reset link. */
export const resetPasswordSchema = z.object(newPasswordTwice).refine(matches, mismatch);

/** Changing one's password while logged in: the current one first (a session left open is not enough). */
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "validation.currentPassword.required" })
      .max(200, { error: "validation.password.tooLong" }),
    ...newPasswordTwice,
    redirectTo,
  })
  .refine(matches, mismatch)
  .refine((v) => v.password !== v.currentPassword, {
    path: ["password"],
    error: "validation.password.sameAsCurrent",
  });
