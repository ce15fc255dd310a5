// Reference data (always) and demo data (only on an empty database).
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "./client.server";
import { parseCsv } from "./csv";
import {
  type CAOS,
  municipalities,
  municipalityPolicies,
  type ProviderKind,
  postcodeAreas,
  providerServiceAreas,
  providers,
  type Role,
  users,
  type VettingStatus,
} from "./schema";

export const PC4_CSV_PATH = path.resolve("db/data/pc4.csv");

export const UTRECHT_WEST = ["GM0736", "GM0335", "GM0589", "GM1904", "GM0632"] as const;
export const GRONINGEN = "GM0014";
export const DEMO_MUNICIPALITIES = [...UTRECHT_WEST, GRONINGEN] as const;

export const DEMO_PASSWORD = "hulpwijzer-demo";
/**
 * The demo staff's second factor (TOTP, ADR 025): one known secret, so `npm run demo:code` prints
 * the code of the moment. Demo data only; citizens' demo accounts have none.
 */
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPHULPWIJZERDEMO23";

/**
 * Loads every municipality and PC4 area from the open PC4 dataset (GeoNames + CBS, CC BY 4.0),
 * once: a database that already has postcode areas is left alone.
 */
export function loadReferenceData(db: Db, csvPath = PC4_CSV_PATH): { loaded: boolean } {
  const existing = db.select({ n: sql<number>`count(*)` }).from(postcodeAreas).get();
  if ((existing?.n ?? 0) > 0) return { loaded: false };

  const records = parseCsv(fs.readFileSync(csvPath, "utf8"));
  const byCode = new Map<string, { code: string; name: string; province: string }>();
  for (const r of records) {
    const code = r.municipality_code ?? "";
    if (!byCode.has(code)) {
      byCode.set(code, { code, name: r.municipality ?? "", province: r.province ?? "" });
    }
  }
  db.transaction((tx) => {
    for (const m of byCode.values()) tx.insert(municipalities).values(m).onConflictDoNothing().run();
    for (const r of records) {
      const lat = Number(r.lat);
      const lon = Number(r.lon);
      if (!/^\d{4}$/.test(r.pc4 ?? "") || !Number.isFinite(lat) || !Number.isFinite(lon)) {
        throw new Error(`pc4.csv: bad row ${JSON.stringify(r)}`);
      }
      tx.insert(postcodeAreas)
        .values({
          pc4: r.pc4 as string,
          place: r.place ?? "",
          municipalityCode: r.municipality_code as string,
          lat,
          lon,
        })
        .run();
    }
  });
  return { loaded: true };
}

/**
 * Policy figures from DESIGN.md / DOMAIN.md, with their sources in the README. Exported for the
 * benchmark's national dataset (bench/generate.ts), which copies them: figures are never retyped.
 */
export function policyRows(code: string) {
  const common = {
    municipalityCode: code,
    tariffFreeWithPartnerUnderAow: true,
    tariffFreeUnderAge: 18,
    incomeDependentContribution: false,
    // Bijstandsnorm 1 Jul 2025, net incl. holiday pay: the one sourced set, used for every row.
    socialMinimumSingleCents: 136906,
    socialMinimumCoupleCents: 195580,
    socialMinimumSingleAowCents: 153021,
    socialMinimumCoupleAowCents: 209498,
    aowAgeYears: 67,
    draagkrachtThresholdPercent: 150,
    zinHourlyTariffCents: 3180,
    pgbInformalRatePercent: 50,
    mediationFeeCents: 25000,
    hhtSubsidyPerHourCents: 0,
    powerfulAgeingMinAge: 55,
    powerfulAgeingCostCents: 65000,
    minutesCleaning: 120,
    minutesLaundry: 30,
    minutesHeavyCleaning: 60,
    staleAfterDays: 14,
    source:
      "Abonnementstarief: CAK/Rijksoverheid; sociaal minimum: bijstandsnorm 1-7-2025; tarieven: Meerinzicht 2023; overige: demo-instelling (DESIGN.md)",
  };
  return [
    { ...common, effectiveFrom: "2024-01-01", abonnementstariefCents: 2060 },
    { ...common, effectiveFrom: "2025-01-01", abonnementstariefCents: 2100 },
    { ...common, effectiveFrom: "2026-01-01", abonnementstariefCents: 2180 },
  ];
}

type DemoProvider = {
  key: string;
  kind: ProviderKind;
  name: string;
  kvkNumber: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  vettingStatus: VettingStatus;
  serves: readonly string[];
  languages: string[]; // ISO 639-1
  // Kind-specific details; the kinds that do not use a field leave it out (null).
  homePc4?: string; // private cleaners, physio
  maxTravelKm?: number; // private cleaners, physio
  hourlyRateCents?: number; // private cleaners
  acceptsHht?: boolean; // private cleaners
  cao?: (typeof CAOS)[number]; // ZIN
  mediationFeeCents?: number; // mediators
  address?: string; // physio
};

// Fictional organisations; KvK numbers are made up for the demo.
export const DEMO_PROVIDERS: readonly DemoProvider[] = [
  {
    key: "groene-hart",
    kind: "zin",
    name: "Thuiszorg Groene Hart",
    kvkNumber: "90000011",
    contactName: "Marieke Smit",
    contactEmail: "planning@groenehart.example",
    contactPhone: "0348 000 111",
    vettingStatus: "vetted",
    // De Ronde Venen too, so it keeps fresh ZIN capacity while Vechtstreek's there is stale.
    serves: ["GM0632", "GM0589", "GM0335", "GM0736"],
    languages: ["nl"],
    cao: "vvt",
  },
  {
    key: "vechtstreek",
    kind: "zin",
    name: "Zorggroep Vechtstreek",
    kvkNumber: "90000022",
    contactName: "Ahmed El Amrani",
    contactEmail: "wijkteam@vechtstreek.example",
    contactPhone: "0346 000 222",
    vettingStatus: "vetted",
    serves: ["GM1904", "GM0736"],
    languages: ["nl", "ar", "en"],
    cao: "vvt",
  },
  {
    key: "stad-groningen",
    kind: "zin",
    name: "Huishoudhulp Stad Groningen",
    kvkNumber: "90000033",
    contactName: "Jelle Bakker",
    contactEmail: "info@hhstadgroningen.example",
    contactPhone: "050 000 333",
    vettingStatus: "vetted",
    serves: ["GM0014"],
    languages: ["nl", "en"],
    cao: "schoonmaak",
  },
  {
    key: "utrecht-west-thuishulp",
    kind: "zin",
    name: "Thuishulp Utrecht West",
    kvkNumber: "90000044",
    contactName: "Fleur de Wit",
    contactEmail: "aanmelden@thuishulpuw.example",
    contactPhone: "0348 000 444",
    vettingStatus: "pending",
    serves: UTRECHT_WEST,
    languages: ["nl"],
    cao: "vvt",
  },
  {
    key: "ans-de-vries",
    kind: "private_cleaner",
    name: "Schoonmaakhulp Ans de Vries",
    kvkNumber: "90000055",
    contactName: "Ans de Vries",
    contactEmail: "ans@schoonmaakhulp.example",
    contactPhone: "06 0000 0555",
    vettingStatus: "vetted",
    serves: ["GM0632", "GM0589", "GM0335"],
    languages: ["nl"],
    homePc4: "3447", // Woerden
    maxTravelKm: 15,
    hourlyRateCents: 2450,
    acceptsHht: true,
  },
  {
    key: "poets-mijdrecht",
    kind: "private_cleaner",
    name: "Poetsbedrijf Mijdrecht",
    kvkNumber: "90000066",
    contactName: "Kees Mulder",
    contactEmail: "kees@poetsmijdrecht.example",
    contactPhone: "06 0000 0666",
    vettingStatus: "vetted",
    serves: ["GM0736"],
    languages: ["nl", "en"],
    homePc4: "3641", // Mijdrecht
    maxTravelKm: 15,
    hourlyRateCents: 2650,
    acceptsHht: false,
  },
  {
    key: "helpende-handen",
    kind: "private_cleaner",
    name: "Helpende Handen Maarssen",
    kvkNumber: "90000077",
    contactName: "Sevda Yilmaz",
    contactEmail: "sevda@helpendehanden.example",
    contactPhone: "06 0000 0777",
    vettingStatus: "vetted",
    // De Ronde Venen too: a fresh cleaner there while Poetsbedrijf Mijdrecht's windows are stale.
    serves: ["GM1904", "GM0736"],
    languages: ["nl", "tr"],
    homePc4: "3606", // Maarssen
    maxTravelKm: 20,
    hourlyRateCents: 2300,
    acceptsHht: true,
  },
  {
    key: "schoon-en-zo",
    kind: "private_cleaner",
    name: "Schoon & Zo Groningen",
    kvkNumber: "90000088",
    contactName: "Anouk Hoekstra",
    contactEmail: "anouk@schoonenzo.example",
    contactPhone: "06 0000 0888",
    vettingStatus: "vetted",
    serves: ["GM0014"],
    languages: ["nl", "en"],
    homePc4: "9712", // Groningen centrum
    maxTravelKm: 20,
    hourlyRateCents: 2850,
    acceptsHht: false,
  },
  {
    key: "montfoort-schoon",
    kind: "private_cleaner",
    name: "Montfoort Schoon",
    kvkNumber: "90000099",
    contactName: "Bram Kok",
    contactEmail: "bram@montfoortschoon.example",
    contactPhone: "06 0000 0999",
    vettingStatus: "pending",
    serves: ["GM0335", "GM0632"],
    languages: ["nl"],
    homePc4: "3417", // Montfoort
    maxTravelKm: 12,
    hourlyRateCents: 2200,
    acceptsHht: true,
  },
  {
    key: "burenhulp-uw",
    kind: "pgb_mediator",
    name: "Burenhulp Bemiddeling Utrecht West",
    kvkNumber: "90000101",
    contactName: "Ingrid Vos",
    contactEmail: "bemiddeling@burenhulp.example",
    contactPhone: "0348 000 101",
    vettingStatus: "vetted",
    serves: UTRECHT_WEST,
    languages: ["nl"],
    mediationFeeCents: 25000,
  },
  {
    key: "informele-zorg-noord",
    kind: "pgb_mediator",
    name: "Informele Zorg Noord",
    kvkNumber: "90000112",
    contactName: "Sietse Dijkstra",
    contactEmail: "match@izn.example",
    contactPhone: "050 000 112",
    vettingStatus: "vetted",
    serves: ["GM0014"],
    languages: ["nl", "fy"],
    mediationFeeCents: 25000,
  },
  {
    key: "fysio-woerden",
    kind: "physio",
    name: "Fysiotherapie Woerden Centrum",
    kvkNumber: "90000123",
    contactName: "Laura Meijer",
    contactEmail: "praktijk@fysiowoerden.example",
    contactPhone: "0348 000 123",
    vettingStatus: "vetted",
    serves: ["GM0632", "GM0335", "GM0589"],
    languages: ["nl", "en"],
    homePc4: "3441", // Woerden centrum
    maxTravelKm: 15,
    address: "Rijnstraat 42, 3441 BV Woerden",
  },
  {
    key: "fysio-vecht-venen",
    kind: "physio",
    name: "Fysio Vecht en Venen",
    kvkNumber: "90000134",
    contactName: "Tom Peters",
    contactEmail: "info@fysiovechtvenen.example",
    contactPhone: "0297 000 134",
    vettingStatus: "vetted",
    serves: ["GM1904", "GM0736"],
    languages: ["nl"],
    homePc4: "3641", // Mijdrecht
    maxTravelKm: 20,
    address: "Dorpsstraat 18, 3641 EB Mijdrecht",
  },
  {
    key: "fysio-paddepoel",
    kind: "physio",
    name: "Fysiotherapie Paddepoel",
    kvkNumber: "90000145",
    contactName: "Nienke Postma",
    contactEmail: "info@fysiopaddepoel.example",
    contactPhone: "050 000 145",
    vettingStatus: "vetted",
    serves: ["GM0014"],
    languages: ["nl", "en", "de"],
    homePc4: "9742", // Paddepoel
    maxTravelKm: 20,
    address: "Zonnelaan 96, 9742 AK Groningen",
  },
];

type DemoUser = {
  email: string;
  name: string;
  role: Role;
  municipalityCode?: string;
  providerKey?: string;
};

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "inwoner@demo.hulpwijzer.nl", name: "Wilma Jansen", role: "citizen" },
  { email: "aanbieder@demo.hulpwijzer.nl", name: "Marieke Smit", role: "provider_staff", providerKey: "groene-hart" },
  // A private cleaner's login, to see visits and payments.
  { email: "schoonmaak@demo.hulpwijzer.nl", name: "Ans de Vries", role: "provider_staff", providerKey: "ans-de-vries" },
  // A physio practice's and a mediator's staff, to try the Powerful Ageing intake and mediation. In
  // Groningen: Woerden's practice and mediator stay without an account, to show an admin making the first.
  { email: "fysio@demo.hulpwijzer.nl", name: "Nienke Postma", role: "provider_staff", providerKey: "fysio-paddepoel" },
  {
    email: "bemiddelaar@demo.hulpwijzer.nl",
    name: "Sietse Dijkstra",
    role: "provider_staff",
    providerKey: "informele-zorg-noord",
  },
  { email: "consulent@demo.hulpwijzer.nl", name: "Sanne de Boer", role: "consultant", municipalityCode: "GM0632" },
  { email: "beheer@demo.hulpwijzer.nl", name: "Peter Visser", role: "admin", municipalityCode: "GM0632" },
  // A second municipality's staff, so that the separation between municipalities shows.
  {
    email: "consulent.groningen@demo.hulpwijzer.nl",
    name: "Jorien Wiersma",
    role: "consultant",
    municipalityCode: GRONINGEN,
  },
  { email: "beheer.groningen@demo.hulpwijzer.nl", name: "Harm Veenstra", role: "admin", municipalityCode: GRONINGEN },
];

/** True when nothing but reference data is in the database. */
export function isEmpty(db: Db): boolean {
  const u = db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
  const p = db.select({ n: sql<number>`count(*)` }).from(providers).get()?.n ?? 0;
  const m = db.select({ n: sql<number>`count(*)` }).from(municipalityPolicies).get()?.n ?? 0;
  return u + p + m === 0;
}

/**
 * Demo data for Utrecht West and Groningen. Never runs over existing data:
 * returns false without writing when users, providers or policies exist.
 */
export function seedDemoData(db: Db, hashDemoPassword: () => string): boolean {
  if (!isEmpty(db)) return false;
  const passwordHash = hashDemoPassword();
  db.transaction((tx) => {
    for (const code of UTRECHT_WEST) {
      tx.update(municipalities).set({ region: "Utrecht West" }).where(sql`code = ${code}`).run();
    }
    tx.update(municipalities).set({ region: "Groningen" }).where(sql`code = ${GRONINGEN}`).run();
    for (const code of DEMO_MUNICIPALITIES) tx.insert(municipalityPolicies).values(policyRows(code)).run();

    const providerIds = new Map<string, number>();
    for (const { key, serves, ...p } of DEMO_PROVIDERS) {
      const row = tx.insert(providers).values(p).returning({ id: providers.id }).get();
      providerIds.set(key, row.id);
      tx.insert(providerServiceAreas)
        .values(serves.map((municipalityCode) => ({ providerId: row.id, municipalityCode })))
        .run();
    }
    for (const { providerKey, ...u } of DEMO_USERS) {
      tx.insert(users)
        .values({
          ...u,
          passwordHash,
          ...(u.role === "citizen"
            ? {}
            : { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: sql`(unixepoch('subsec') * 1000)` }),
          municipalityCode: u.municipalityCode ?? null,
          providerId: providerKey ? (providerIds.get(providerKey) ?? null) : null,
        })
        .run();
    }
  });
  return true;
}
