// The Dutch catalogue: every feature's Dutch messages. Dutch is the default language and the source
// of the keys (MessageKey). The browser loads this module as its own chunk, only on Dutch pages.
import { accountsNl } from "./accounts.nl";
import { adminNl } from "./admin.nl";
import { auditNl } from "./audit.nl";
import { authNl } from "./auth.nl";
import { capacityNl } from "./capacity.nl";
import { casesNl } from "./cases.nl";
import { citizenNl } from "./citizen.nl";
import { commonNl } from "./common.nl";
import { complaintsNl } from "./complaints.nl";
import { contactsNl } from "./contacts.nl";
import { dashboardNl } from "./dashboard.nl";
import { helpNl } from "./help.nl";
import { homeNl } from "./home.nl";
import { noticesNl } from "./notices.nl";
import { notifyNl } from "./notify.nl";
import { openDataNl } from "./open-data.nl";
import { optionsNl } from "./options.nl";
import { outboxNl } from "./outbox.nl";
import { paymentsNl } from "./payments.nl";
import { providerApplicationNl } from "./provider-application.nl";
import { providersNl } from "./providers.nl";
import { referralsNl } from "./referrals.nl";
import { requestsNl } from "./requests.nl";
import { secondFactorNl } from "./second-factor.nl";
import { vettingNl } from "./vetting.nl";
import { visitsNl } from "./visits.nl";

export const nl = {
  ...commonNl,
  ...homeNl,
  ...authNl,
  ...helpNl,
  ...optionsNl,
  ...requestsNl,
  ...citizenNl,
  ...providersNl,
  ...capacityNl,
  ...vettingNl,
  ...providerApplicationNl,
  ...adminNl,
  ...casesNl,
  ...referralsNl,
  ...auditNl,
  ...paymentsNl,
  ...complaintsNl,
  ...dashboardNl,
  ...openDataNl,
  ...visitsNl,
  ...notifyNl,
  ...outboxNl,
  ...accountsNl,
  ...secondFactorNl,
  ...noticesNl,
  ...contactsNl,
} as const;

export type MessageKey = keyof typeof nl;
