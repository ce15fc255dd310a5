// The cleaner calls one booked visit off: a confirmation page first (what goes, that the client
// pays nothing, that the time is offered to nobody), with a reason, as a plain form (no JavaScript needed).
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireProviderUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { Facts } from "~/components/Facts";
import { BackToAgenda, NothingToConfirm, ReasonForm } from "~/components/ReasonForm";
import { pathId } from "~/domain/path-id";
import { amsterdamDay } from "~/domain/policy";
import { shortName } from "~/domain/short-name";
import { formatDateTime, formatEuro, useLocale, useT } from "~/i18n";
import { isSlotOfProvider } from "~/models/cleaner-slots.server";
import { requestForNotice } from "~/models/request-notices.server";
import { providerCancelSchema } from "~/schemas/provider-cancel";
import { cancelVisitByProvider, providerCancelQuote } from "~/services/payments/provider-cancel.server";
import { requireProviderSection } from "~/services/workspace.server";
import { notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { PROVIDER_CANCEL_REASONS } from "~db/enums";

export const meta = titleMeta("pcancel.title");

function pageOf(providerId: number, slotId: number) {
  const quote = providerCancelQuote(providerId, slotId, clock.now());
  if (!quote?.ok) return null;
  const r = requestForNotice(quote.visit.requestId);
  return {
    slotId: quote.visit.slotId,
    startsAt: quote.visit.startsAt,
    client: r ? shortName(r.actingForName ?? r.citizenName) : "",
    paidEarlierCents: quote.paidEarlierCents,
  };
}

/**
 * The slot id of the path, when it is one of this cleaner's. Another provider's slot, or no slot,
 * is not found (as on the other provider routes); her own past or called-off visit gets its page.
 */
function ownSlotId(providerId: number, raw: string | undefined): number {
  const slotId = pathId(raw);
  if (slotId === null || !isSlotOfProvider({ providerId }, slotId)) throw notFound();
  return slotId;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = requireProviderUser(request);
  requireProviderSection(staff, "agenda");
  return { visit: pageOf(staff.providerId, ownSlotId(staff.providerId, params.slotId)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = requireProviderUser(request);
  requireProviderSection(staff, "agenda");
  const slotId = ownSlotId(staff.providerId, params.slotId);
  const parsed = providerCancelSchema.safeParse({ reason: (await readFormData(request)).get("reason") ?? undefined });
  if (!parsed.success) return data({ error: "pcancel.reasonMissing" as const }, { status: 400 });
  const visit = pageOf(staff.providerId, slotId);
  const result = cancelVisitByProvider(staff, slotId, parsed.data.reason);
  if (!result?.ok || !visit) return data({ error: "pcancel.gone" as const }, { status: 409 });
  return redirect(`/aanbieder/agenda?dag=${amsterdamDay(new Date(visit.startsAt))}&weergave=dag&melding=afgezegd`);
}

export default function ProviderCancelVisit() {
  const t = useT();
  const locale = useLocale();
  const { visit } = useLoaderData<typeof loader>();
  const error = useActionData<{ error: "pcancel.reasonMissing" | "pcancel.gone" }>()?.error;
  if (!visit || error === "pcancel.gone")
    return <NothingToConfirm title={t("pcancel.title")} message={t("pcancel.gone")} back={t("pcancel.back")} />;
  return (
    <>
      <Heading1>{t("pcancel.title")}</Heading1>
      <Paragraph lead>{t("pcancel.intro")}</Paragraph>
      <Facts
        items={[
          [t("pcancel.client"), visit.client],
          [t("pcancel.when"), formatDateTime(visit.startsAt, locale)],
        ]}
      />
      <Paragraph>{t("pcancel.what")}</Paragraph>
      <Paragraph>
        <strong>{t("pcancel.free")}</strong>
      </Paragraph>
      {visit.paidEarlierCents > 0 ? (
        <Paragraph>{t("pcancel.paidEarlier", { amount: formatEuro(visit.paidEarlierCents, locale) })}</Paragraph>
      ) : null}
      <Paragraph>{t("pcancel.notOffered")}</Paragraph>
      <Paragraph>{t("pcancel.told")}</Paragraph>
      <ReasonForm
        testId="provider-cancel"
        legend={t("pcancel.reason")}
        reasons={PROVIDER_CANCEL_REASONS.map((r) => ({ value: r, label: t(`pcancel.reason.${r}`) }))}
        error={error === "pcancel.reasonMissing" ? t("pcancel.reasonMissing") : null}
        submit={t("pcancel.submit")}
      />
      <BackToAgenda label={t("pcancel.back")} />
    </>
  );
}
