// What a citizen needs to know about the help that was arranged: the provider's phone, a
// programme group's days and place, a mediator's contact. Scoped to the citizen like every
// request query: someone else's request finds nothing.
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { helpRequests, physioCohorts, providers } from "~db/schema";
import type { CitizenScope } from "./help-requests.server";

const ofCitizen = ({ citizenUserId }: CitizenScope, requestId: number) =>
  and(eq(helpRequests.id, requestId), eq(helpRequests.citizenUserId, citizenUserId));

/** The provider of one of the citizen's requests and how to reach it, with what the hours are estimated from. */
export function providerContactOfRequest(scope: CitizenScope, requestId: number) {
  return getDb()
    .select({
      name: providers.name,
      phone: providers.contactPhone,
      email: providers.contactEmail,
      answers: helpRequests.answers,
      municipalityCode: helpRequests.municipalityCode,
      createdAt: helpRequests.createdAt,
    })
    .from(helpRequests)
    .innerJoin(providers, eq(providers.id, helpRequests.providerId))
    .where(ofCitizen(scope, requestId))
    .get();
}

/** When and where a group trains: one set of columns for the request page and the options. */
const schedule = {
  weeks: physioCohorts.weeks,
  session1Weekday: physioCohorts.session1Weekday,
  session1Time: physioCohorts.session1Time,
  session2Weekday: physioCohorts.session2Weekday,
  session2Time: physioCohorts.session2Time,
  location: physioCohorts.location,
  postcode: physioCohorts.locationPostcode,
};

/** The Powerful Ageing group of one of the citizen's requests, with its practice's phone. */
export function cohortOfRequest(scope: CitizenScope, requestId: number) {
  return getDb()
    .select({
      practice: providers.name,
      phone: providers.contactPhone,
      startDate: physioCohorts.startDate,
      ...schedule,
    })
    .from(helpRequests)
    .innerJoin(physioCohorts, eq(physioCohorts.id, helpRequests.cohortId))
    .innerJoin(providers, eq(providers.id, physioCohorts.providerId))
    .where(ofCitizen(scope, requestId))
    .get();
}

/** Programme groups by id: when they train and where (for the options and the request form). */
export function cohortSchedules(ids: readonly number[]) {
  if (ids.length === 0) return [];
  return getDb()
    .select({
      id: physioCohorts.id,
      ...schedule,
    })
    .from(physioCohorts)
    .where(inArray(physioCohorts.id, [...ids]))
    .all();
}
