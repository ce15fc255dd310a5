import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { Facts } from "~/components/Facts";
import { LatestNoticesSection } from "~/components/LatestNotices";
import { pgbHourlyRateCents } from "~/domain/policy";
import { formatDay, formatEuro, useLocale, useT } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import { getMunicipality, getPolicyInForce } from "~/services/municipalities.server";
import { latestUnreadNotices } from "~/services/notifications/notices.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("admin.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireMunicipalityUser(request, "admin");
  const municipality = getMunicipality(user.municipalityCode);
  const policy = getPolicyInForce(user.municipalityCode);
  return {
    name: user.name,
    municipality: municipality?.name ?? user.municipalityCode,
    policy: policy ? { ...policy, pgbHourlyRateCents: pgbHourlyRateCents(policy) } : null,
    notices: latestUnreadNotices(user, getLocale(request)),
  };
}

export default function AdminHome() {
  const t = useT();
  const locale = useLocale();
  const { name, municipality, policy, notices } = useLoaderData<typeof loader>();
  const euro = (cents: number) => formatEuro(cents, locale);
  return (
    <>
      <Heading1>{t("admin.title")}</Heading1>
      <Paragraph lead>{t("admin.welcome", { name, municipality })}</Paragraph>
      <Paragraph>
        <Link to="/beheer/gebruikers" className="utrecht-link">
          {t("admin.links.users")}
        </Link>
      </Paragraph>
      <LatestNoticesSection notices={notices} />
      <section aria-labelledby="policy-title">
        <Heading2 id="policy-title">{t("admin.policy.title")}</Heading2>
        {policy ? (
          <>
            <Paragraph>{t("admin.policy.effectiveFrom", { date: formatDay(policy.effectiveFrom, locale) })}</Paragraph>
            <Facts
              items={[
                [t("admin.policy.abonnementstarief"), euro(policy.abonnementstariefCents)],
                [
                  t("admin.policy.draagkracht"),
                  t("admin.policy.draagkrachtValue", { percent: policy.draagkrachtThresholdPercent }),
                ],
                [t("admin.policy.zinTariff"), euro(policy.zinHourlyTariffCents)],
                [t("admin.policy.pgbRate"), euro(policy.pgbHourlyRateCents)],
                [t("admin.policy.mediationFee"), euro(policy.mediationFeeCents)],
                [
                  t("admin.policy.hht"),
                  policy.hhtSubsidyPerHourCents > 0 ? euro(policy.hhtSubsidyPerHourCents) : t("admin.policy.hhtNone"),
                ],
                [
                  t("admin.policy.powerfulAgeing"),
                  t("admin.policy.powerfulAgeingValue", {
                    age: policy.powerfulAgeingMinAge,
                    cost: euro(policy.powerfulAgeingCostCents),
                  }),
                ],
                [t("admin.policy.stale"), t("admin.policy.staleValue", { days: policy.staleAfterDays })],
                [t("admin.policy.source"), policy.source],
              ]}
            />
          </>
        ) : (
          <Paragraph>{t("admin.policy.none")}</Paragraph>
        )}
      </section>
    </>
  );
}
