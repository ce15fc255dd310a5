// The HSDS directory builders (pure), the query schema, name-based UUIDs and the page envelope.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  amsterdamOffset,
  hsdsPage,
  municipalityUri,
  parseDutchAddress,
  publishableEmail,
  toHsdsService,
} from "~/domain/hsds";
import { TIME_NOTE } from "~/domain/hsds-texts";
import type { DirectoryEntry, IdFor } from "~/domain/hsds-types";
import { servicesQuerySchema } from "~/schemas/services-query";
import { uuidV5 } from "~/utils/uuid.server";
import { HSDS_DIR, hsdsValidator } from "../support/contract";

const TODAY = "2026-11-23"; // a Monday
const CONFIRMED = new Date("2026-11-23T08:15:00.000Z");
const id: IdFor = (name) => uuidV5(name);

// The official HSDS 3.1 schemas (tests/fixtures/standards/hsds-3.1), with ajv.
const hsds = { validate: hsdsValidator() };

const AREAS = [
  { code: "GM0335", name: "Montfoort" },
  { code: "GM0632", name: "Woerden" },
];

function entry(kind: DirectoryEntry["provider"]["kind"], change: Partial<DirectoryEntry> = {}): DirectoryEntry {
  return {
    provider: {
      id: 7,
      kind,
      name: "Voorbeeld",
      kvkNumber: "90000055",
      contactName: "Ans de Vries",
      contactEmail: "ans@voorbeeld.example",
      address: null,
      languages: ["nl", "tr", "xx"],
      home: { pc4: "3447", place: "Woerden", province: "Utrecht" },
    },
    serviceAreas: AREAS,
    windows: [],
    cleanerVisits: null,
    zinWeeks: [],
    mediationMonths: [],
    cohorts: [],
    ...change,
  };
}

const cleaner = () =>
  entry("private_cleaner", {
    windows: [
      { id: 2, weekday: 4, startTime: "13:00", endTime: "16:00", visitMinutes: 90, confirmedAt: CONFIRMED },
      {
        id: 1,
        weekday: 2,
        startTime: "09:00",
        endTime: "12:00",
        visitMinutes: 180,
        confirmedAt: new Date("2026-11-20T10:00:00.000Z"),
      },
    ],
    cleanerVisits: { free: 14, total: 24 },
  });

const physio = () =>
  entry("physio", {
    provider: {
      ...entry("physio").provider,
      id: 8,
      name: "Fysiotherapie Woerden Centrum",
      contactName: "Laura Meijer",
      contactEmail: "praktijk@fysiowoerden.example",
      address: "Rijnstraat 42, 3441 BV Woerden",
      home: { pc4: "3441", place: "Woerden", province: "Utrecht" },
    },
    cohorts: [
      {
        id: 4,
        startDate: "2027-01-05",
        weeks: 14,
        sessions: [
          { weekday: 5, time: "10:00" },
          { weekday: 2, time: "10:00" },
        ],
        seats: 12,
        taken: 13, // more than the seats: never a negative number
        location: "Rijnstraat 42, 3441 BV Woerden",
        confirmedAt: CONFIRMED,
      },
      {
        id: 3,
        startDate: "2026-12-07",
        weeks: 14,
        sessions: [
          { weekday: 1, time: "10:00" },
          { weekday: 4, time: "14:30" },
        ],
        seats: 12,
        taken: 2,
        location: "Oefenzaal",
        confirmedAt: CONFIRMED,
      },
    ],
  });

describe("publishableEmail", () => {
  it("never publishes a private cleaner's email", () => {
    expect(publishableEmail("private_cleaner", "info@schoonmaak.example", "Ans de Vries")).toBeNull();
  });

  it("publishes an organisation's role address", () => {
    expect(publishableEmail("zin", "planning@groenehart.example", "Marieke Smit")).toBe("planning@groenehart.example");
    expect(publishableEmail("physio", "info@fysiowoerden.example", "Laura Meijer")).toBe("info@fysiowoerden.example");
    expect(publishableEmail("pgb_mediator", "match@izn.example", "Sietse Dijkstra")).toBe("match@izn.example");
  });

  it("keeps back an address that carries the contact person's name, whatever the case or accents", () => {
    expect(publishableEmail("zin", "m.smit@groenehart.example", "Marieke Smit")).toBeNull();
    expect(publishableEmail("zin", "Marieke@groenehart.example", "Marieke Smit")).toBeNull();
    expect(publishableEmail("zin", "ahmed.elamrani@vechtstreek.example", "Ahmed El Amrani")).toBeNull();
    expect(publishableEmail("physio", "rene@praktijk.example", "René Peters")).toBeNull();
    // Particles of two letters ("de", "el") do not count as a name.
    expect(publishableEmail("zin", "delft@zorg.example", "Ans de Vries")).toBe("delft@zorg.example");
  });

  it("publishes nothing that is not an email address", () => {
    expect(publishableEmail("zin", "planning", "Marieke Smit")).toBeNull();
    expect(publishableEmail("zin", "@groenehart.example", "Marieke Smit")).toBeNull();
  });
});

describe("parseDutchAddress", () => {
  it("reads street, postcode and city", () => {
    expect(parseDutchAddress("Rijnstraat 42, 3441 BV Woerden")).toEqual({
      street: "Rijnstraat 42",
      postalCode: "3441 BV",
      city: "Woerden",
    });
    expect(parseDutchAddress("  Zonnelaan 96 ,9742ak  Groningen ")).toEqual({
      street: "Zonnelaan 96",
      postalCode: "9742 AK",
      city: "Groningen",
    });
    expect(parseDutchAddress("Dorpsstraat 18, 3641 EB De Ronde Venen")?.city).toBe("De Ronde Venen");
  });

  it("gives null for text that does not read as an address", () => {
    expect(parseDutchAddress("Rijnstraat 42 Woerden")).toBeNull();
    expect(parseDutchAddress("Rijnstraat 42, 0441 BV Woerden")).toBeNull();
    expect(parseDutchAddress("Rijnstraat 42, 3441 Woerden")).toBeNull();
    expect(parseDutchAddress("")).toBeNull();
  });
});

describe("amsterdamOffset", () => {
  it("is +01:00 in winter and +02:00 in summer, switching on the last Sundays of March and October", () => {
    expect(amsterdamOffset("2026-11-23")).toBe("+01:00");
    expect(amsterdamOffset("2026-07-01")).toBe("+02:00");
    expect(amsterdamOffset("2027-03-27")).toBe("+01:00");
    expect(amsterdamOffset("2027-03-28")).toBe("+02:00");
    expect(amsterdamOffset("2026-10-24")).toBe("+02:00");
    expect(amsterdamOffset("2026-10-25")).toBe("+01:00");
  });
});

describe("toHsdsService", () => {
  it("builds a private cleaner with its trade name only: no email, no address, the PC4 area", () => {
    const service = toHsdsService(cleaner(), id, TODAY);
    expect(service.name).toBe("Particuliere schoonmaakhulp – Voorbeeld");
    expect(service.status).toBe("active");
    expect(service.organization).not.toHaveProperty("email");
    expect(service.organization.organization_identifiers).toEqual([
      {
        id: id("organization_identifier:7:kvk"),
        organization_id: id("organization:7"),
        identifier_scheme: "NL-KVK",
        identifier_type: "KvK",
        identifier: "90000055",
      },
    ]);
    const [at] = service.service_at_locations;
    expect(at?.location).toMatchObject({
      name: "Postcodegebied 3447 (Woerden)",
      external_identifier: "3447",
      external_identifier_type: "PC4",
    });
    expect(at?.location).not.toHaveProperty("addresses");
    expect(at?.location).not.toHaveProperty("latitude");
    const text = JSON.stringify(service);
    expect(text).not.toContain("Ans de Vries");
    expect(text).not.toContain("ans@voorbeeld.example");
  });

  it("lists the municipalities served with their CBS code and TOOI identifier", () => {
    const service = toHsdsService(cleaner(), id, TODAY);
    expect(service.service_areas).toEqual([
      {
        id: id("service_area:7:GM0335"),
        service_id: service.id,
        name: "Montfoort",
        description: "Gemeente Montfoort (CBS-gemeentecode GM0335)",
        uri: "https://identifier.overheid.nl/tooi/id/gemeente/gm0335",
      },
      {
        id: id("service_area:7:GM0632"),
        service_id: service.id,
        name: "Woerden",
        description: "Gemeente Woerden (CBS-gemeentecode GM0632)",
        uri: municipalityUri("GM0632"),
      },
    ]);
  });

  it("gives a cleaner's windows as weekly schedules in Dutch time, ordered by day", () => {
    const { schedules } = toHsdsService(cleaner(), id, TODAY);
    expect(schedules).toEqual([
      {
        id: id("schedule:window:1"),
        service_id: id("service:7"),
        freq: "WEEKLY",
        wkst: "MO",
        byday: "TU",
        opens_at: "09:00+01:00",
        closes_at: "12:00+01:00",
        description: "Elke dinsdag van 09:00 tot 12:00, in bezoeken van 180 minuten.",
        notes: TIME_NOTE,
      },
      expect.objectContaining({ byday: "TH", opens_at: "13:00+01:00", closes_at: "16:00+01:00" }),
    ]);
    expect(toHsdsService(cleaner(), id, "2027-06-01").schedules[0]?.opens_at).toBe("09:00+02:00");
  });

  it("counts a cleaner's free visits of all visits, updated at the latest confirmation", () => {
    const [capacity, ...rest] = toHsdsService(cleaner(), id, TODAY).capacities;
    expect(rest).toEqual([]);
    expect(capacity).toEqual({
      id: id("service_capacity:cleaner:7"),
      service_id: id("service:7"),
      unit: {
        id: id("unit:cleaner_free_visits"),
        name: "vrije bezoeken",
        scheme: "Hulpwijzer",
        identifier: "cleaner_free_visits",
      },
      available: 14,
      maximum: 24,
      description: "Vrije bezoeken in de komende 8 weken, van alle bezoeken in die weken.",
      updated: "2026-11-23T08:15:00.000Z",
    });
    // No fresh windows: no capacity, rather than a misleading zero.
    expect(toHsdsService({ ...cleaner(), windows: [] }, id, TODAY).capacities).toEqual([]);
  });

  it("gives a practice its street address, and its groups as schedules valid for the weeks they run", () => {
    const service = toHsdsService(physio(), id, TODAY);
    expect(service.organization.email).toBe("praktijk@fysiowoerden.example");
    const location = service.service_at_locations[0]?.location;
    expect(location?.name).toBe("Fysiotherapie Woerden Centrum");
    expect(location?.addresses).toEqual([
      {
        id: id("address:8"),
        location_id: id("location:8"),
        address_1: "Rijnstraat 42",
        city: "Woerden",
        state_province: "Utrecht",
        postal_code: "3441 BV",
        country: "NL",
        address_type: "physical",
      },
    ]);
    // Earliest group first; sessions at one time share a schedule, different times get one each.
    expect(service.schedules.map((s) => [s.valid_from, s.valid_to, s.byday, s.opens_at])).toEqual([
      ["2026-12-07", "2027-03-14", "MO", "10:00+01:00"],
      ["2026-12-07", "2027-03-14", "TH", "14:30+01:00"],
      ["2027-01-05", "2027-04-12", "TU,FR", "10:00+01:00"],
    ]);
    expect(service.schedules[2]?.description).toBe(
      "Groep van 14 weken vanaf 5 januari 2027: elke dinsdag en vrijdag om 10:00, bij Rijnstraat 42, 3441 BV Woerden.",
    );
    expect(service.schedules[2]).not.toHaveProperty("closes_at");
  });

  it("counts free seats per group as seats minus active requests, never below zero", () => {
    const capacities = toHsdsService(physio(), id, TODAY).capacities;
    expect(capacities.map((c) => [c.unit.name, c.available, c.maximum, c.description])).toEqual([
      ["vrije plaatsen", 10, 12, "Vrije plaatsen in de groep die op 7 december 2026 begint (Oefenzaal)."],
      [
        "vrije plaatsen",
        0,
        12,
        "Vrije plaatsen in de groep die op 5 januari 2027 begint (Rijnstraat 42, 3441 BV Woerden).",
      ],
    ]);
  });

  it("gives ZIN per municipality its first published week from this week on", () => {
    const zin = entry("zin", {
      zinWeeks: [
        { municipalityCode: "GM0632", weekStart: "2026-11-30", newClients: 0, confirmedAt: CONFIRMED },
        { municipalityCode: "GM0632", weekStart: "2026-11-23", newClients: 3, confirmedAt: CONFIRMED },
        { municipalityCode: "GM0335", weekStart: "2026-12-07", newClients: 1, confirmedAt: CONFIRMED },
        // Not (or no longer) served: left out.
        { municipalityCode: "GM0589", weekStart: "2026-11-23", newClients: 9, confirmedAt: CONFIRMED },
      ],
    });
    const service = toHsdsService(zin, id, TODAY);
    expect(service.capacities.map((c) => [c.unit.name, c.available, c.maximum, c.description])).toEqual([
      [
        "plaatsen per week",
        1,
        undefined,
        "Nieuwe cliënten in Montfoort (GM0335) in de week van maandag 7 december 2026.",
      ],
      [
        "plaatsen per week",
        3,
        undefined,
        "Nieuwe cliënten in Woerden (GM0632) in de week van maandag 23 november 2026.",
      ],
    ]);
    expect(service.capacities[0]).not.toHaveProperty("maximum");
    expect(service.service_at_locations).toEqual([]); // help at home: no location of its own
  });

  it("gives a mediator this month's matches per municipality, minus what requests took", () => {
    const mediator = entry("pgb_mediator", {
      mediationMonths: [
        { municipalityCode: "GM0632", month: "2026-11", newMatches: 4, taken: 1, confirmedAt: CONFIRMED },
        { municipalityCode: "GM0335", month: "2026-11", newMatches: 2, taken: 5, confirmedAt: CONFIRMED },
      ],
    });
    const capacities = toHsdsService(mediator, id, TODAY).capacities;
    expect(capacities.map((c) => [c.unit.name, c.available, c.maximum, c.description])).toEqual([
      [
        "koppelingen deze maand",
        0,
        2,
        "Nieuwe koppelingen in Montfoort (GM0335) in november 2026, na de al aangevraagde.",
      ],
      [
        "koppelingen deze maand",
        3,
        4,
        "Nieuwe koppelingen in Woerden (GM0632) in november 2026, na de al aangevraagde.",
      ],
    ]);
  });

  it("names languages in Dutch where known", () => {
    expect(toHsdsService(cleaner(), id, TODAY).languages.map((l) => [l.code, l.name])).toEqual([
      ["nl", "Nederlands"],
      ["tr", "Turks"],
      ["xx", undefined],
    ]);
  });

  it("fits the HSDS 3.1 service schema for every kind", () => {
    // The set-up takes the official example as HSDS does.
    const example = JSON.parse(fs.readFileSync(path.join(HSDS_DIR, "examples/service_full.json"), "utf8"));
    expect(hsds.validate("service.json", example)).toEqual([]);
    const services = [
      cleaner(),
      physio(),
      entry("zin", {
        zinWeeks: [{ municipalityCode: "GM0632", weekStart: "2026-11-23", newClients: 3, confirmedAt: CONFIRMED }],
      }),
      entry("pgb_mediator"),
    ].map((e) => toHsdsService(e, id, TODAY));
    for (const service of services) expect(hsds.validate("service.json", service), service.name).toEqual([]);
    const page = hsdsPage(services, 4, 1, 50);
    expect(hsds.validate("page", page)).toEqual([]);
    // The schemas do refuse what HSDS refuses.
    const [first] = services;
    expect(hsds.validate("service.json", { ...first, status: "open" })).not.toEqual([]);
    expect(hsds.validate("service.json", { ...first, id: "7" })).not.toEqual([]);
  });

  it("gives every object its own stable id", () => {
    const ids: string[] = [];
    const walk = (node: unknown, key = "") => {
      if (Array.isArray(node)) for (const n of node) walk(n);
      else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, k);
      else if (key === "id" && typeof node === "string") ids.push(node);
    };
    walk(toHsdsService(physio(), id, TODAY));
    walk(toHsdsService(cleaner(), id, TODAY));
    // Units are shared by name; everything else is unique.
    const unitIds = new Set([id("unit:cohort_free_seats"), id("unit:cleaner_free_visits")]);
    const own = ids.filter((i) => !unitIds.has(i));
    expect(own.length).toBeGreaterThan(20);
    expect(new Set(own).size).toBe(own.length);
    expect(toHsdsService(physio(), id, TODAY)).toEqual(toHsdsService(physio(), id, TODAY));
  });
});

describe("hsdsPage", () => {
  it("describes the page in HSDS terms", () => {
    expect(hsdsPage(["a", "b"], 5, 1, 2)).toEqual({
      total_items: 5,
      total_pages: 3,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
      contents: ["a", "b"],
    });
    expect(hsdsPage(["e"], 5, 3, 2)).toMatchObject({ size: 1, first_page: false, last_page: true, empty: false });
  });

  it("answers an empty result and a page past the end with an empty page", () => {
    expect(hsdsPage([], 0, 1, 50)).toMatchObject({ total_pages: 0, first_page: true, last_page: true, empty: true });
    expect(hsdsPage([], 5, 9, 2)).toMatchObject({ total_pages: 3, page_number: 9, last_page: true, empty: true });
  });
});

describe("uuidV5", () => {
  it("matches RFC 9562 version 5 (the Python documentation's example)", () => {
    expect(uuidV5("python.org", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("886313e1-3b8a-5372-9b90-0c9aee199e5d");
  });

  it("gives the same id for the same name and different ids for different names", () => {
    expect(uuidV5("service:12")).toBe(uuidV5("service:12"));
    expect(uuidV5("service:12")).not.toBe(uuidV5("service:13"));
    expect(uuidV5("service:12")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("servicesQuerySchema", () => {
  const parse = (query: Record<string, string>) => servicesQuerySchema.safeParse(query);

  it("fills in the defaults and reads empty parameters as left out", () => {
    expect(parse({}).data).toEqual({ page: 1, per_page: 50 });
    expect(parse({ municipality: "", kind: "", page: "", per_page: "" }).data).toEqual({ page: 1, per_page: 50 });
    expect(parse({ municipality: "GM0632", kind: "physio", page: "2", per_page: "100", other: "x" }).data).toEqual({
      municipality: "GM0632",
      kind: "physio",
      page: 2,
      per_page: 100,
    });
  });

  it("refuses bad values with a message key per parameter", () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ municipality: "0632" }, "municipality", "validation.services.municipality"],
      [{ municipality: "gm0632" }, "municipality", "validation.services.municipality"],
      [{ municipality: "GM0632,GM0335" }, "municipality", "validation.services.municipality"],
      [{ kind: "cleaner" }, "kind", "validation.services.kind"],
      [{ page: "0" }, "page", "validation.services.page"],
      [{ page: "1.5" }, "page", "validation.services.page"],
      [{ page: "100001" }, "page", "validation.services.page"],
      [{ per_page: "0" }, "per_page", "validation.services.perPage"],
      [{ per_page: "101" }, "per_page", "validation.services.perPage"],
      [{ per_page: "ten" }, "per_page", "validation.services.perPage"],
    ];
    for (const [query, field, message] of cases) {
      const issues = parse(query).error?.issues ?? [];
      expect(
        issues.map((i) => [i.path[0], i.message]),
        JSON.stringify(query),
      ).toEqual([[field, message]]);
    }
  });
});
