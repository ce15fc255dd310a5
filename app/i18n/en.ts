// The English catalogue: every feature's English messages, each typed against its Dutch keys.
// The browser loads this module as its own chunk, only on English pages.
import { accountsEn } from "./accounts.en";
import { adminEn } from "./admin.en";
import { auditEn } from "./audit.en";
import { authEn } from "./auth.en";
import { capacityEn } from "./capacity.en";
import { casesEn } from "./cases.en";
import { citizenEn } from "./citizen.en";
import { commonEn } from "./common.en";
import { complaintsEn } from "./complaints.en";
import { contactsEn } from "./contacts.en";
import { dashboardEn } from "./dashboard.en";
import { helpEn } from "./help.en";
import { homeEn } from "./home.en";
import type { MessageKey } from "./nl";
import { noticesEn } from "./notices.en";
import { notifyEn } from "./notify.en";
import { openDataEn } from "./open-data.en";
import { optionsEn } from "./options.en";
import { outboxEn } from "./outbox.en";
import { paymentsEn } from "./payments.en";
import { providerApplicationEn } from "./provider-application.en";
import { providersEn } from "./providers.en";
import { referralsEn } from "./referrals.en";
import { requestsEn } from "./requests.en";
import { secondFactorEn } from "./second-factor.en";
import { vettingEn } from "./vetting.en";
import { visitsEn } from "./visits.en";

export const en = {
  ...commonEn,
  ...homeEn,
  ...authEn,
  ...helpEn,
  ...optionsEn,
  ...requestsEn,
  ...citizenEn,
  ...providersEn,
  ...capacityEn,
  ...vettingEn,
  ...providerApplicationEn,
  ...adminEn,
  ...casesEn,
  ...referralsEn,
  ...auditEn,
  ...paymentsEn,
  ...complaintsEn,
  ...dashboardEn,
  ...openDataEn,
  ...visitsEn,
  ...notifyEn,
  ...outboxEn,
  ...accountsEn,
  ...secondFactorEn,
  ...noticesEn,
  ...contactsEn,
} satisfies Record<MessageKey, string>;
