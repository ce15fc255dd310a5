// The consultant's and the municipality admin's start pages, and managing staff accounts.
// English: the compiler checks that it has exactly the Dutch keys.
import type { adminNl } from "./admin.nl";

export const adminEn: Record<keyof typeof adminNl, string> = {
  "validation.role.invalid": "Choose a role.",
  "validation.provider.required": "Choose the provider this person works for.",
  "validation.provider.notVetted":
    "This provider has not been approved yet (or is suspended). An account can only be made once the provider is approved.",
  "validation.provider.reachesFurther":
    "This provider also works in other municipalities and already has an account. Further accounts are made by the provider itself, under Colleagues.",

  "consultant.title": "Consultant workspace",
  "consultant.welcome": "Welcome, {name}. You work for the municipality of {municipality}.",
  "consultant.inbox.title": "Inbox",
  "consultant.inbox.empty": "There are no new requests or signals.",

  "admin.title": "Administration",
  "admin.welcome": "Welcome, {name}. You administer the municipality of {municipality}.",
  "admin.policy.title": "Policy in force",
  "admin.policy.effectiveFrom": "In force from {date}",
  "admin.policy.none": "No policy has been set for this municipality yet.",
  "admin.policy.abonnementstarief": "Subscription fee (abonnementstarief) per month",
  "admin.policy.draagkracht": "Financial capacity (draagkracht) threshold",
  "admin.policy.draagkrachtValue": "{percent}% of the social minimum",
  "admin.policy.zinTariff": "Hourly tariff, care in kind",
  "admin.policy.pgbRate": "Hourly rate, informal pgb",
  "admin.policy.mediationFee": "Mediation fee (one-off)",
  "admin.policy.hht": "HHT subsidy per hour",
  "admin.policy.hhtNone": "Not offered",
  "admin.policy.powerfulAgeing": "Powerful Ageing",
  "admin.policy.powerfulAgeingValue": "from age {age}, {cost} per participant",
  "admin.policy.stale": "Capacity goes stale after",
  "admin.policy.staleValue": "{days} days without an update",
  "admin.policy.source": "Source",
  "admin.links.users": "Manage staff",

  "users.title": "Staff",
  "users.intro": "Create accounts for consultants, administrators and provider staff in your municipality.",
  "users.list.title": "Staff of {municipality}",
  "users.list.empty": "There are no staff accounts yet.",
  "users.col.name": "Name",
  "users.col.email": "Email address",
  "users.col.role": "Role",
  "users.col.organisation": "Organisation",
  "users.col.status": "Status",
  "users.status.active": "Active (yourself)",
  "users.status.activeNotHere": "Active (managed by the provider)",
  "users.status.deactivated": "Deactivated since {date}",
  "users.deactivate.submit": "Deactivate {name}",
  "users.deactivate.confirm":
    "Are you sure you want to deactivate {name}'s account? They can no longer log in and are logged out everywhere. This cannot be undone here.",
  "users.deactivate.yes": "Yes, deactivate",
  "users.deactivate.asked": "See the question above the list.",
  "users.deactivate.cancel": "No, go back",
  "users.create.rolePlaceholder": "Choose a role",
  "users.created.howToLogIn":
    "Pass the password on in person or by phone, not by e-mail. They log in on Hulpwijzer's login page with this e-mail address and password. At their first login they choose a password of their own.",
  "users.deactivate.self": "You cannot deactivate your own account.",
  "users.deactivated":
    "The account has been deactivated. This member of staff can no longer log in and has been logged out everywhere.",
  "users.create.title": "New staff member",
  "users.create.name": "Name",
  "users.create.email": "Email address",
  "users.create.role": "Role",
  "users.create.provider": "Provider (only for provider staff)",
  "users.create.providerNone": "— Choose a provider —",
  "users.create.submit": "Create account",
  "users.create.providerHint":
    "For a provider that works only in {municipality}, make as many accounts as needed. If the provider also works in other municipalities, you make only its first account; further accounts are made by the provider itself.",
  "users.create.emailTaken": "There is already an account with this email address.",
  "users.created.title": "Account created",
  "users.created.text":
    "The account for {email} has been created. Pass on this one-time password securely; it will not be shown again:",
  "users.col.person": "Staff member",
  "users.col.roleOrganisation": "Role and organisation",
  "users.list.region": "Table of the staff of {municipality}",
  "users.status.activeHere": "Active",
  "users.created.validity":
    "This one-time password does not expire by itself: it works until the staff member chooses their own password when logging in for the first time. Did it fall into the wrong hands before they logged in? Then deactivate the account and create a new one.",
};
