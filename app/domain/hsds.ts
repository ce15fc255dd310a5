// The public directory of vetted providers in the shape of Open Referral HSDS 3.1 (nested, as its
// API serves services): pure builders over plain data, no database, no clock. The texts are Dutch,
// for the municipalities' social maps (sociale kaart) that import it. What is left out on purpose:
// contact names, phone numbers, a private cleaner's email and address, and cleaners' days off.
import type { ProviderKind } from "~db/schema";
import { CAPACITY_UNITS, type CapacityUnitKey, KIND_TEXTS, LANGUAGE_NAMES, TIME_NOTE } from "./hsds-texts";
import type {
  DirectoryEntry,
  HsdsCapacity,
  HsdsLocation,
  HsdsPage,
  HsdsSchedule,
  HsdsService,
  HsdsUnit,
  IdFor,
} from "./hsds-types";
import { SLOT_HORIZON_WEEKS } from "./slots";
import { addDays, amsterdamParts, fromAmsterdam } from "./time";

const BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"] as const;

/** The CBS municipality code as a TOOI identifier, the Dutch government's URI for a municipality. */
export function municipalityUri(code: string): string {
  return `https://identifier.overheid.nl/tooi/id/gemeente/${code.toLowerCase()}`;
}

const dayFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });
const longDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));
const longMonth = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));

/** "maandag en donderdag", "dinsdag, woensdag en vrijdag". */
function listDays(weekdays: readonly number[]): string {
  const names = weekdays.map((d) => WEEKDAYS[d - 1] ?? String(d));
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} en ${names[names.length - 1]}`;
}

/** Amsterdam's UTC offset on a day, as HSDS wants it after a time ("+01:00" in winter, "+02:00" in summer). */
export function amsterdamOffset(day: string): string {
  // Noon always exists and lies after the switch on the days summer time starts or ends.
  const noon = fromAmsterdam(day, "12:00");
  if (!noon) return "+01:00";
  const p = amsterdamParts(noon);
  const minutes = Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - noon.getTime()) / 60_000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * The organisation's email, when it may be published: never a private cleaner's (often a natural
 * person), and not an address that carries the contact person's name ("m.smit@…"): only role
 * addresses such as info@ or planning@. When in doubt, nothing is published.
 */
export function publishableEmail(kind: ProviderKind, email: string, contactName: string): string | null {
  if (kind === "private_cleaner") return null;
  const at = email.lastIndexOf("@");
  if (at <= 0 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return null;
  const plain = (s: string) => s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  const local = plain(email.slice(0, at));
  const nameParts = plain(contactName)
    .split(/[^a-z]+/)
    .filter((part) => part.length >= 3);
  return nameParts.some((part) => local.includes(part)) ? null : email.trim();
}

/** "Rijnstraat 42, 3441 BV Woerden" → street, postal code and city; null when it does not read so. */
export function parseDutchAddress(text: string): { street: string; postalCode: string; city: string } | null {
  const m = /^\s*(.+?)\s*,\s*([1-9]\d{3})\s*([A-Za-z]{2})\s+(\S.*?)\s*$/.exec(text);
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return null;
  return { street: m[1], postalCode: `${m[2]} ${m[3].toUpperCase()}`, city: m[4] };
}

function unit(key: CapacityUnitKey, idFor: IdFor): HsdsUnit {
  return { id: idFor(`unit:${key}`), name: CAPACITY_UNITS[key], scheme: "Hulpwijzer", identifier: key };
}

const latest = (dates: readonly Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));

/** The service's capacity figures from fresh records: one per municipality, or per group. */
export function capacities(entry: DirectoryEntry, serviceId: string, idFor: IdFor): HsdsCapacity[] {
  const { provider: p, serviceAreas } = entry;
  const capacity = (key: string, c: Omit<HsdsCapacity, "id" | "service_id">): HsdsCapacity => ({
    id: idFor(`service_capacity:${key}`),
    service_id: serviceId,
    ...c,
  });
  switch (p.kind) {
    case "zin":
      // Per municipality, the first published week from this week on: when the next client can start.
      return serviceAreas.flatMap((area) => {
        const [week] = entry.zinWeeks
          .filter((w) => w.municipalityCode === area.code)
          .sort((a, b) => a.weekStart.localeCompare(b.weekStart));
        if (!week) return [];
        return [
          capacity(`zin:${p.id}:${area.code}`, {
            unit: unit("zin_new_clients_per_week", idFor),
            available: week.newClients,
            description: `Nieuwe cliënten in ${area.name} (${area.code}) in de week van maandag ${longDay(week.weekStart)}.`,
            updated: week.confirmedAt.toISOString(),
          }),
        ];
      });
    case "private_cleaner":
      if (entry.windows.length === 0 || !entry.cleanerVisits) return [];
      return [
        capacity(`cleaner:${p.id}`, {
          unit: unit("cleaner_free_visits", idFor),
          available: entry.cleanerVisits.free,
          maximum: entry.cleanerVisits.total,
          description: `Vrije bezoeken in de komende ${SLOT_HORIZON_WEEKS} weken, van alle bezoeken in die weken.`,
          updated: latest(entry.windows.map((w) => w.confirmedAt)).toISOString(),
        }),
      ];
    case "pgb_mediator":
      return serviceAreas.flatMap((area) =>
        entry.mediationMonths
          .filter((m) => m.municipalityCode === area.code)
          .map((m) =>
            capacity(`mediation:${p.id}:${area.code}`, {
              unit: unit("mediation_matches_this_month", idFor),
              available: Math.max(0, m.newMatches - m.taken),
              maximum: m.newMatches,
              description: `Nieuwe koppelingen in ${area.name} (${area.code}) in ${longMonth(m.month)}, na de al aangevraagde.`,
              updated: m.confirmedAt.toISOString(),
            }),
          ),
      );
    case "physio":
      return [...entry.cohorts]
        .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id - b.id)
        .map((c) =>
          capacity(`cohort:${c.id}`, {
            unit: unit("cohort_free_seats", idFor),
            available: Math.max(0, c.seats - c.taken),
            maximum: c.seats,
            description: `Vrije plaatsen in de groep die op ${longDay(c.startDate)} begint (${c.location}).`,
            updated: c.confirmedAt.toISOString(),
          }),
        );
  }
}

/** Weekly schedules: a cleaner's working windows, or a group's sessions for the weeks it runs. */
export function schedules(entry: DirectoryEntry, serviceId: string, idFor: IdFor, today: string): HsdsSchedule[] {
  const windows = [...entry.windows]
    .sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime))
    .map((w): HsdsSchedule => {
      const offset = amsterdamOffset(today);
      return {
        id: idFor(`schedule:window:${w.id}`),
        service_id: serviceId,
        freq: "WEEKLY",
        wkst: "MO",
        byday: BYDAY[w.weekday - 1] ?? "MO",
        opens_at: `${w.startTime}${offset}`,
        closes_at: `${w.endTime}${offset}`,
        description: `Elke ${WEEKDAYS[w.weekday - 1]} van ${w.startTime} tot ${w.endTime}, in bezoeken van ${w.visitMinutes} minuten.`,
        notes: TIME_NOTE,
      };
    });
  const cohorts = [...entry.cohorts]
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id - b.id)
    .flatMap((c) => {
      // Sessions at the same time share one schedule ("MO,TH"); otherwise one schedule per time.
      const byTime = new Map<string, number[]>();
      for (const s of [...c.sessions].sort((a, b) => a.weekday - b.weekday)) {
        byTime.set(s.time, [...(byTime.get(s.time) ?? []), s.weekday]);
      }
      const offset = amsterdamOffset(c.startDate);
      return [...byTime].map(
        ([time, days]): HsdsSchedule => ({
          id: idFor(`schedule:cohort:${c.id}:${time}`),
          service_id: serviceId,
          valid_from: c.startDate,
          valid_to: addDays(c.startDate, c.weeks * 7 - 1),
          freq: "WEEKLY",
          wkst: "MO",
          byday: days.map((d) => BYDAY[d - 1] ?? "MO").join(","),
          opens_at: `${time}${offset}`,
          description:
            `Groep van ${c.weeks} weken vanaf ${longDay(c.startDate)}: elke ${listDays(days)} om ${time}, ` +
            `bij ${c.location}.`,
          notes: TIME_NOTE,
        }),
      );
    });
  return [...windows, ...cohorts];
}

/** A cleaner's or practice's place: the PC4 area only, plus the street address of a practice. */
function locations(entry: DirectoryEntry, serviceId: string, organizationId: string, idFor: IdFor) {
  const { provider: p } = entry;
  if (!p.home || (p.kind !== "private_cleaner" && p.kind !== "physio")) return [];
  const locationId = idFor(`location:${p.id}`);
  const parsed = p.kind === "physio" && p.address ? parseDutchAddress(p.address) : null;
  const location: HsdsLocation = {
    id: locationId,
    location_type: "physical",
    organization_id: organizationId,
    name: p.kind === "physio" ? p.name : `Postcodegebied ${p.home.pc4} (${p.home.place})`,
    description:
      p.kind === "physio"
        ? `Praktijk in ${parsed?.city ?? p.home.place}.`
        : "Werkt vanuit dit viercijferige postcodegebied en komt bij u thuis; een adres publiceren we niet.",
    external_identifier: p.home.pc4,
    external_identifier_type: "PC4",
    ...(parsed && {
      addresses: [
        {
          id: idFor(`address:${p.id}`),
          location_id: locationId,
          address_1: parsed.street,
          city: parsed.city,
          state_province: p.home.province,
          postal_code: parsed.postalCode,
          country: "NL" as const,
          address_type: "physical" as const,
        },
      ],
    }),
  };
  return [
    {
      id: idFor(`service_at_location:${p.id}`),
      service_id: serviceId,
      location_id: locationId,
      description: p.kind === "physio" ? "De groepen trainen in of bij de praktijk." : "De hulp komt bij u thuis.",
      location,
    },
  ];
}

/** One provider as an HSDS service with its organisation nested; `today` is the Amsterdam day. */
export function toHsdsService(entry: DirectoryEntry, idFor: IdFor, today: string): HsdsService {
  const { provider: p } = entry;
  const serviceId = idFor(`service:${p.id}`);
  const organizationId = idFor(`organization:${p.id}`);
  const texts = KIND_TEXTS[p.kind];
  const email = publishableEmail(p.kind, p.contactEmail, p.contactName);
  return {
    id: serviceId,
    organization_id: organizationId,
    name: `${texts.service} – ${p.name}`,
    description: texts.description,
    status: "active",
    application_process: texts.application,
    organization: {
      id: organizationId,
      name: p.name,
      description: texts.organization,
      ...(email && { email }),
      organization_identifiers: [
        {
          id: idFor(`organization_identifier:${p.id}:kvk`),
          organization_id: organizationId,
          identifier_scheme: "NL-KVK",
          identifier_type: "KvK",
          identifier: p.kvkNumber,
        },
      ],
    },
    service_areas: entry.serviceAreas.map((a) => ({
      id: idFor(`service_area:${p.id}:${a.code}`),
      service_id: serviceId,
      name: a.name,
      description: `Gemeente ${a.name} (CBS-gemeentecode ${a.code})`,
      uri: municipalityUri(a.code),
    })),
    service_at_locations: locations(entry, serviceId, organizationId, idFor),
    languages: p.languages.map((code) => ({
      id: idFor(`language:${p.id}:${code}`),
      service_id: serviceId,
      ...(LANGUAGE_NAMES[code] && { name: LANGUAGE_NAMES[code] }),
      code,
    })),
    schedules: schedules(entry, serviceId, idFor, today),
    capacities: capacities(entry, serviceId, idFor),
  };
}

/** The HSDS API's page envelope; a page past the last one is empty, not an error. */
export function hsdsPage<T>(contents: T[], totalItems: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
