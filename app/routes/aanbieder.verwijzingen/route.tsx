// The provider's referrals: the work list, and one card per referral with the steps it allows.
// Each step is its own module (form beside it, handler in its .server.ts); this route reads the
// form once and dispatches on the hidden intent.
import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { z } from "zod";
import { requireProviderUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { DataTable } from "~/components/DataTable";
import { formatDateTime, type MessageKey, useLocale, useT } from "~/i18n";
import { isOwnReferral } from "~/services/referrals/act-on-referral.server";
import { listReferrals } from "~/services/referrals/provider-referrals.server";
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
  referralId: z.coerce.number().int().positive(),
  intent: z.enum(INTENTS),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = requireProviderUser(request);
  // Scoped to the staff member's own provider; listing is audited per municipality.
  // Today travels with the page: the browser checks the start date against the server's day.
  return { referrals: listReferrals(staff), today: clock.today() };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = requireProviderUser(request);
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

export default function ProviderReferrals() {
  const t = useT();
  const locale = useLocale();
  const { referrals, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = params.get("melding");
  const saved = INTENTS.find((i) => i === notice);
  return (
    <>
      <Heading1>{t("pref.title")}</Heading1>
      <Paragraph>{t("pref.intro")}</Paragraph>
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{t(SAVED[saved])}</Paragraph>
        </Alert>
      ) : null}
      {notice === "failed" || (actionData && !referrals.some((r) => formIdsOf(r).includes(actionData.formId))) ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("pref.failed")}</Paragraph>
        </Alert>
      ) : null}
      {referrals.length === 0 ? (
        <Paragraph>{t("pref.none")}</Paragraph>
      ) : (
        <>
          <section aria-labelledby="referrals-overview">
            <Heading2 id="referrals-overview">{t("pref.overview")}</Heading2>
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
            <ReferralCard key={r.id} r={r} today={today} actionData={actionData} />
          ))}
        </>
      )}
    </>
  );
}
