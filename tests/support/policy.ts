// The seeded 2026 policy as the pure rules read it (DESIGN.md / DOMAIN.md figures), for unit tests.
import type { PolicyValues } from "~/domain/matching";

export const policy2026: PolicyValues = {
  abonnementstariefCents: 2180,
  tariffFreeWithPartnerUnderAow: true,
  tariffFreeUnderAge: 18,
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
};
