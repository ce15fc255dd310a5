// What a provider wrote in its application, as the admin reads it beside the checklist: who to
// contact, where it works and how far it travels, its languages and what its kind charges.
import type { ReactNode } from "react";
import { formatDateTime, formatEuro, type MessageKey, useLocale, useT } from "~/i18n";
import type { ProviderKind } from "~db/schema";
import { Facts } from "./Facts";

export type ApplicationDetails = {
  kind: ProviderKind;
  kvkNumber: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  homePc4: string | null;
  maxTravelKm: number | null;
  languages: string[];
  hourlyRateCents: number | null;
  acceptsHht: boolean | null;
  cao: string | null;
  mediationFeeCents: number | null;
  address: string | null;
  createdAt: Date | string;
  serves: { name: string }[];
};

export function ProviderApplication({
  provider,
  hhtOffered = true,
}: {
  provider: ApplicationDetails;
  /** Whether the reader's municipality offers HHT (workspace hhtApplies); if not, the answer says so. */
  hhtOffered?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const p = provider;
  const given = (value: ReactNode | null | undefined) =>
    value === null || value === undefined || value === "" ? t("vetting.application.notGiven") : value;
  const items: [string, ReactNode][] = [
    [t("vetting.application.contactName"), p.contactName],
    [
      t("vetting.application.contactEmail"),
      <a href={`mailto:${p.contactEmail}`} className="utrecht-link" key="e">
        {p.contactEmail}
      </a>,
    ],
    [t("vetting.application.contactPhone"), given(p.contactPhone)],
    [t("vetting.application.kvk"), p.kvkNumber],
    [t("vetting.application.serves"), p.serves.map((m) => m.name).join(", ")],
    [t("vetting.application.languages"), p.languages.map((l) => t(`language.${l}` as MessageKey)).join(", ")],
  ];
  // Each kind is asked for its own details at application (aanbieder.aanmelden): show those.
  if (p.kind === "private_cleaner" || p.kind === "physio") {
    items.push([t("vetting.application.homePc4"), given(p.homePc4)]);
    items.push([
      t("vetting.application.maxTravelKm"),
      given(p.maxTravelKm === null ? null : t("vetting.application.km", { km: p.maxTravelKm })),
    ]);
  }
  if (p.kind === "private_cleaner") {
    items.push([
      t("vetting.application.hourlyRate"),
      given(p.hourlyRateCents === null ? null : formatEuro(p.hourlyRateCents, locale)),
    ]);
    items.push([
      t("vetting.application.acceptsHht"),
      given(
        p.acceptsHht === null
          ? null
          : hhtOffered
            ? t(p.acceptsHht ? "vetting.application.yes" : "vetting.application.no")
            : t(p.acceptsHht ? "vetting.application.hhtNotOfferedYes" : "vetting.application.hhtNotOfferedNo"),
      ),
    ]);
  }
  if (p.kind === "zin") {
    items.push([t("vetting.application.cao"), given(p.cao ? t(`apply.cao.${p.cao}` as MessageKey) : null)]);
  }
  if (p.kind === "pgb_mediator") {
    items.push([
      t("vetting.application.mediationFee"),
      given(p.mediationFeeCents === null ? null : formatEuro(p.mediationFeeCents, locale)),
    ]);
  }
  if (p.kind === "physio") items.push([t("vetting.application.address"), given(p.address)]);
  items.push([t("vetting.application.appliedAt"), formatDateTime(p.createdAt, locale)]);
  return <Facts items={items} />;
}
