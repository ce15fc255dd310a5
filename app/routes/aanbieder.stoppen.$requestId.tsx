// The cleaner stops a whole booking: a confirmation page first (which visits go, that the client
// pays nothing, that the client is told), with a reason, as a plain form (ADR 041). Another
// provider's request does not exist here (404).
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Heading1, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { requireProviderUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { Facts } from "~/components/Facts";
import { BackToAgenda, NothingToConfirm, ReasonForm } from "~/components/ReasonForm";
import { pathId } from "~/domain/path-id";
import { formatDateTime, formatEuro, useLocale, useT } from "~/i18n";
import { providerEndSchema } from "~/schemas/provider-end";
import { endBookingByProvider, providerEndQuote } from "~/services/requests/provider-end-booking.server";
import { requireProviderSection } from "~/services/workspace.server";
import { notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { PROVIDER_END_REASONS } from "~db/enums";

export const meta = titleMeta("pend.title");

/** The booking's quote, or 404 when it is not one of this cleaner's bookings. */
function quoteOf(providerId: number, rawId: string | undefined) {
  const requestId = pathId(rawId);
  if (requestId === null) throw notFound();
  const quote = providerEndQuote(providerId, requestId, clock.now());
  if (!quote.ok && quote.error === "not_found") throw notFound();
  return { requestId, quote };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = requireProviderUser(request);
  requireProviderSection(staff, "agenda");
  const { quote } = quoteOf(staff.providerId, params.requestId);
  return { booking: quote.ok ? quote : null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = requireProviderUser(request);
  requireProviderSection(staff, "agenda");
  const { requestId } = quoteOf(staff.providerId, params.requestId);
  const parsed = providerEndSchema.safeParse({ reason: (await readFormData(request)).get("reason") ?? undefined });
  if (!parsed.success) return data({ error: "pend.reasonMissing" as const }, { status: 400 });
  const result = endBookingByProvider(staff, requestId, parsed.data.reason);
  if (!result.ok && result.error === "not_found") throw notFound();
  // Stopped a moment ago (a second click, a colleague): nothing changes, nobody is told again.
  if (!result.ok) return data({ error: "pend.gone" as const }, { status: 409 });
  return redirect("/aanbieder/agenda?melding=gestopt");
}

export default function ProviderEndBooking() {
  const t = useT();
  const locale = useLocale();
  const { booking } = useLoaderData<typeof loader>();
  const error = useActionData<{ error: "pend.reasonMissing" | "pend.gone" }>()?.error;
  if (!booking || error === "pend.gone")
    return <NothingToConfirm title={t("pend.title")} message={t("pend.gone")} back={t("pend.back")} />;
  return (
    <>
      <Heading1>{t("pend.title")}</Heading1>
      <Paragraph lead>{t("pend.intro")}</Paragraph>
      <Facts items={[[t("pend.client"), booking.client]]} />
      {booking.visits.length > 0 ? (
        <>
          <Paragraph>{t("pend.visits")}</Paragraph>
          <UnorderedList data-testid="provider-end-visits">
            {booking.visits.map((v) => (
              <UnorderedListItem key={v.slotId}>{formatDateTime(v.startsAt, locale)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : (
        <Paragraph>{t("pend.noVisits")}</Paragraph>
      )}
      <Paragraph>{t("pend.past")}</Paragraph>
      <Paragraph>
        <strong>{t("pend.free")}</strong>
      </Paragraph>
      {booking.paidEarlierCents > 0 ? (
        <Paragraph>{t("pend.paidEarlier", { amount: formatEuro(booking.paidEarlierCents, locale) })}</Paragraph>
      ) : null}
      <Paragraph>{t("pend.notOffered")}</Paragraph>
      <Paragraph>{t("pend.told")}</Paragraph>
      <ReasonForm
        testId="provider-end"
        legend={t("pend.reason")}
        reasons={PROVIDER_END_REASONS.map((r) => ({ value: r, label: t(`pend.reason.${r}`) }))}
        error={error === "pend.reasonMissing" ? t("pend.reasonMissing") : null}
        submit={t("pend.submit")}
      />
      <BackToAgenda label={t("pend.back")} />
    </>
  );
}
