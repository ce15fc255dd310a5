// What each kind of help costs per month, for the citizen and for the municipality (DESIGN.md,
// "Costs, per month"). One place for the formulas: matching, the dashboard's savings, the demo
// history and the bench all price with these. Integer cents, rounded half up once per amount.

/** The policy values the cost formulas read (a municipality_policies row has them). */
type CostPolicy = {
  zinHourlyTariffCents: number;
  pgbInformalRatePercent: number;
  mediationFeeCents: number;
  powerfulAgeingCostCents: number;
};

export type MonthlyCost = { citizenCents: number; municipalityCents: number };

/** Powerful Ageing's 14 weeks ≈ 3.5 months: the cost per participant is spread over them. */
export const POWERFUL_AGEING_MONTHS = 3.5;

/** A weekly amount per month: minutes/week × 52/12 at an hourly rate, in whole cents (half up). */
export function monthlyCents(minutesPerWeek: number, hourlyCents: number): number {
  return Math.round((minutesPerWeek * hourlyCents * 52) / (60 * 12));
}

/** ZIN: the citizen pays the abonnementstarief, the municipality the hours at its tariff minus that. */
export function zinMonthlyCost(minutesPerWeek: number, p: CostPolicy, tariffCents: number): MonthlyCost {
  return {
    citizenCents: tariffCents,
    municipalityCents: Math.max(0, monthlyCents(minutesPerWeek, p.zinHourlyTariffCents) - tariffCents),
  };
}

/**
 * Informal pgb with mediation: hours × pgb rate × 52/12 + mediation fee / 12 − the citizen's
 * abonnementstarief, in one rounding for the whole amount.
 */
export function pgbInformalMonthlyCost(minutesPerWeek: number, p: CostPolicy, tariffCents: number): MonthlyCost {
  const municipalityCents = Math.max(
    0,
    Math.round(
      (minutesPerWeek * p.zinHourlyTariffCents * p.pgbInformalRatePercent * 52) / (60 * 12 * 100) +
        p.mediationFeeCents / 12 -
        tariffCents,
    ),
  );
  return { citizenCents: tariffCents, municipalityCents };
}

/** Powerful Ageing: free for the citizen; the cost per participant over the programme's months. */
export function powerfulAgeingMonthlyCost(p: CostPolicy): MonthlyCost {
  return { citizenCents: 0, municipalityCents: Math.round(p.powerfulAgeingCostCents / POWERFUL_AGEING_MONTHS) };
}

/** A private cleaner: the citizen pays the rate minus the HHT subsidy, the municipality the subsidy. */
export function cleanerMonthlyCost(
  minutesPerWeek: number,
  rateCents: number,
  subsidyPerHourCents: number,
): MonthlyCost {
  return {
    citizenCents: monthlyCents(minutesPerWeek, Math.max(0, rateCents - subsidyPerHourCents)),
    municipalityCents: monthlyCents(minutesPerWeek, subsidyPerHourCents),
  };
}
