// The provider's referrals: the work list, and one card per referral with the steps it allows.
// Each step is its own module (form beside it, handler in its .server.ts); this route reads the
// form once and dispatches on the hidden intent.
import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { z } from "zod";
import { requireProviderUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { Announce } from "~/components/Announce";
import { DataTable } from "~/components/DataTable";
import { useTargetFocus } from "~/components/use-target-focus";
import { formatDateTime, type MessageKey, plural, useLocale, useT } from "~/i18n";
import { bodyId } from "~/schemas/body-id";
import { isOwnReferral } from "~/services/referrals/act-on-referral.server";
import { ENDED_PAGE_SIZE, listReferrals, type ReferralView } from "~/services/referrals/provider-referrals.server";
import { requireProviderSection } from "~/services/workspace.server";
import { notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { accept } from "./accept.server";
import { decline } from "./decline.server";
import { end } from "./end.server";
import { evaluate } from "./evaluate.server";
import { formIdsOf, ReferralCard } from "./referral-card";
import { start } from "./start.server";
import { PATH, type StepHandler } from "./step.server";

export const meta = titleMeta("pref.title");

const INTENTS = ["accept", "decline", "start", "end", "evaluate"] as const;
type Intent = (typeof INTENTS)[number];

const HANDLERS: Record<Intent, StepHandler> = { accept, decline, start, end, evaluate };

/** Which referral and which step: the rest of the form is parsed by that step's own schema. */
const envelopeSchema = z.object({
  referralId: bodyId(),
  intent: z.enum(INTENTS),
});

/** `?weergave=afgerond&pagina=2`: the ended referrals, paged; without it the open ones. */
function viewOf(url: URL): ReferralView {
  const page = Number(url.searchParams.get("pagina") ?? "1");
  return {
    tab: url.searchParams.get("weergave") === "afgerond" ? "ended" : "open",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = requireProviderUser(request);
  requireProviderSection(staff, "referrals");
  // Scoped to the staff member's own provider; listing is audited per municipality.
  // Today travels with the page: the browser checks the start date against the server's day.
  return { ...listReferrals(staff, viewOf(new URL(request.url))), pageSize: ENDED_PAGE_SIZE, today: clock.today() };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = requireProviderUser(request);
  requireProviderSection(staff, "referrals");
  const form = await readFormData(request);
  const envelope = envelopeSchema.safeParse({ referralId: form.get("referralId"), intent: form.get("intent") });
  if (!envelope.success) return redirect(`${PATH}?melding=failed`);
  const { referralId, intent } = envelope.data;
  // Another provider's referral does not exist here, whatever else was posted.
  if (!isOwnReferral(staff, referralId)) throw notFound();
  return HANDLERS[intent]({ staff, referralId, form, now: clock.now() });
}

const SAVED: Record<Intent, MessageKey> = {
  accept: "pref.saved.accept",
  decline: "pref.saved.decline",
  start: "pref.saved.start",
  end: "pref.saved.end",
  evaluate: "pref.saved.evaluate",
};

const ENDED = "?weergave=afgerond";

export default function ProviderReferrals() {
  const t = useT();
  const locale = useLocale();
  const { referrals: listed, counts, awaiting, tab, page, pages, today } = useLoaderData<typeof loader>();
  // A referral not accepted yet has no name to show: its client is named by the area.
  const referrals = listed.map((r) =>
    r.contactHidden && !r.redacted
      ? { ...r, intake: { ...r.intake, name: t("contact.client", { pc4: r.intake.postcode }) } }
      : r,
  );
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  useTargetFocus();
  const notice = params.get("melding");
  const saved = INTENTS.find((i) => i === notice);
  // The step's notice is said in the card of the referral it was about, where the page comes back.
  const acted = Number(params.get("verwijzing"));
  const inCard = saved !== undefined && referrals.some((r) => r.id === acted);
  const pageLink = (p: number) => `${ENDED}${p > 1 ? `&pagina=${p}` : ""}`;
  return (
    <>
      <Heading1>{t("pref.title")}</Heading1>
      <Paragraph>{t("pref.intro")}</Paragraph>
      {saved && !inCard ? (
        <Announce>
          <Alert type="ok" role="status">
            <Paragraph>{t(SAVED[saved])}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      {notice === "failed" || (actionData && !referrals.some((r) => formIdsOf(r).includes(actionData.formId))) ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("pref.failed")}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph data-testid="referrals-waiting">
        <strong>{awaiting > 0 ? plural(t, "pref.waiting", awaiting) : t("pref.waitingNone")}</strong>
      </Paragraph>
      <nav aria-label={t("pref.tabs")} className="hw-tabs">
        <ul>
          <li>
            <Link to="?" className="utrecht-link" aria-current={tab === "open" ? "page" : undefined}>
              {t("pref.tab.open", { count: counts.open })}
            </Link>
          </li>
          <li>
            <Link to={ENDED} className="utrecht-link" aria-current={tab === "ended" ? "page" : undefined}>
              {t("pref.tab.ended", { count: counts.ended })}
            </Link>
          </li>
        </ul>
      </nav>
      {referrals.length === 0 ? (
        <Paragraph>
          {t(tab === "open" ? (counts.ended > 0 ? "pref.noneOpen" : "pref.none") : "pref.noneEnded")}
        </Paragraph>
      ) : (
        <>
          <section aria-labelledby="referrals-overview">
            <Heading2 id="referrals-overview">
              {tab === "open" ? t("pref.overview") : t("pref.endedTitle", { count: counts.ended })}
            </Heading2>
            {tab === "ended" ? <Paragraph>{t("pref.endedOrder")}</Paragraph> : null}
            {tab === "ended" && pages > 1 ? <Paragraph>{t("pref.pageOf", { page, pages })}</Paragraph> : null}
            <DataTable
              rows={referrals}
              rowKey={(r) => r.id}
              columns={[
                {
                  header: t("pref.col.client"),
                  cell: (r) => (
                    <a href={`#referral-${r.id}`} className="utrecht-link">
                      {r.intake.name}
                    </a>
                  ),
                },
                { header: t("pref.col.municipality"), cell: (r) => r.municipalityName },
                { header: t("pref.col.received"), cell: (r) => formatDateTime(r.createdAt, locale) },
                // The ended tab is in the order they ended: the column says when.
                ...(tab === "ended"
                  ? [
                      {
                        header: t("pref.col.ended"),
                        cell: (r: (typeof referrals)[number]) => (r.endedAt ? formatDateTime(r.endedAt, locale) : "–"),
                      },
                    ]
                  : []),
                {
                  header: t("pref.col.status"),
                  cell: (r) => (
                    <>
                      {t(`pref.status.${r.status}`)}
                      {r.evaluationDue ? ` · ${t("pref.evaluationDue")}` : ""}
                    </>
                  ),
                },
              ]}
            />
          </section>
          {referrals.map((r) => (
            <ReferralCard
              key={r.id}
              r={r}
              today={today}
              actionData={actionData}
              notice={saved && r.id === acted ? t(SAVED[saved]) : undefined}
            />
          ))}
          {tab === "ended" && pages > 1 ? (
            <nav aria-label={t("pref.pages")} className="hw-pager">
              {page > 1 ? (
                <Link to={pageLink(page - 1)} className="utrecht-link" rel="prev">
                  {t("pref.prevPage")}
                </Link>
              ) : null}
              <span>{t("pref.pageOf", { page, pages })}</span>
              {page < pages ? (
                <Link to={pageLink(page + 1)} className="utrecht-link" rel="next">
                  {t("pref.nextPage")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
