// The types of the public directory: what the service layer hands the builders in app/domain/hsds.ts
// (fresh, vetted data only), and the HSDS 3.1 objects they build. The contract in
// app/schemas/api/services.ts checks that these output types are exactly what it documents.
import type { ProviderKind } from "~db/schema";
import type { CAPACITY_UNITS, CapacityUnitKey, TIME_NOTE } from "./hsds-texts";

/** A stable UUID for a name such as "service:12" (HSDS ids are UUIDs; ours are integers). */
export type IdFor = (name: string) => string;

export type DirectoryProvider = {
  id: number;
  kind: ProviderKind;
  name: string;
  kvkNumber: string;
  contactName: string;
  contactEmail: string;
  address: string | null; // physio practices, free text as applied
  languages: readonly string[];
  /** Where a cleaner or practice works from: the PC4 area, its place and province. */
  home: { pc4: string; place: string; province: string } | null;
};

export type Area = { code: string; name: string };

/** Fresh records only: the caller applies vetting and the stale periods. */
export type DirectoryEntry = {
  provider: DirectoryProvider;
  serviceAreas: readonly Area[];
  windows: readonly {
    id: number;
    weekday: number;
    startTime: string;
    endTime: string;
    visitMinutes: number;
    confirmedAt: Date;
  }[];
  /** A cleaner's visits in the coming SLOT_HORIZON_WEEKS weeks from fresh windows: free, and in all. */
  cleanerVisits: { free: number; total: number } | null;
  /** ZIN weeks from this week's Monday on, any order. */
  zinWeeks: readonly { municipalityCode: string; weekStart: string; newClients: number; confirmedAt: Date }[];
  /** This month's mediation capacity per municipality, with the matches requests already took. */
  mediationMonths: readonly {
    municipalityCode: string;
    month: string;
    newMatches: number;
    taken: number;
    confirmedAt: Date;
  }[];
  /** Groups that start today or later, with the seats requests already took. */
  cohorts: readonly {
    id: number;
    startDate: string;
    weeks: number;
    sessions: readonly { weekday: number; time: string }[];
    seats: number;
    taken: number;
    location: string;
    confirmedAt: Date;
  }[];
};

export type HsdsUnit = {
  id: string;
  name: (typeof CAPACITY_UNITS)[CapacityUnitKey];
  scheme: "Hulpwijzer";
  identifier: CapacityUnitKey;
};
export type HsdsCapacity = {
  id: string;
  service_id: string;
  unit: HsdsUnit;
  available: number;
  maximum?: number;
  description: string;
  updated: string;
};
export type HsdsSchedule = {
  id: string;
  service_id: string;
  valid_from?: string;
  valid_to?: string;
  freq: "WEEKLY";
  wkst: "MO";
  byday: string;
  opens_at: string;
  closes_at?: string;
  description: string;
  notes: typeof TIME_NOTE;
};
export type HsdsAddress = {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: "NL";
  address_type: "physical";
};
export type HsdsLocation = {
  id: string;
  location_type: "physical";
  organization_id: string;
  name: string;
  description: string;
  external_identifier: string;
  external_identifier_type: "PC4";
  addresses?: HsdsAddress[];
};
export type HsdsOrganization = {
  id: string;
  name: string;
  description: string;
  email?: string;
  organization_identifiers: {
    id: string;
    organization_id: string;
    identifier_scheme: "NL-KVK";
    identifier_type: "KvK";
    identifier: string;
  }[];
};
export type HsdsService = {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  status: "active";
  application_process: string;
  organization: HsdsOrganization;
  service_areas: { id: string; service_id: string; name: string; description: string; uri: string }[];
  service_at_locations: {
    id: string;
    service_id: string;
    location_id: string;
    description: string;
    location: HsdsLocation;
  }[];
  languages: { id: string; service_id: string; name?: string; code: string }[];
  schedules: HsdsSchedule[];
  capacities: HsdsCapacity[];
};

export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};
