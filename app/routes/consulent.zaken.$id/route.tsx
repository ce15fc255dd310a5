// A citizen's case, as the consultant of the municipality works on it. The loader reads the case;
// the action hands the posted form to its use case's handler by the hidden `intent` field.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { createContext, type ReactNode, useContext } from "react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { pathId } from "~/domain/path-id";
import { type MessageKey, useT } from "~/i18n";
import { isOwnCase } from "~/services/cases/case-context.server";
import { type CaseDetail, getCase } from "~/services/cases/case-detail.server";
import { CASE_FORM_MAX_BYTES, notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { ConsentForm } from "./consent";
import { consentAction } from "./consent.server";
import { Decide, decideFormShown } from "./decide";
import { decideAction } from "./decide.server";
import { Draagkracht } from "./draagkracht";
import { draagkrachtAction } from "./draagkracht.server";
import { reviewFormShown } from "./evaluation";
import { reviewAction } from "./evaluation.server";
import { type CaseFormReply, FORM_IDS } from "./forms";
import { Indications } from "./indications";
import { Answers, Options } from "./overview";
import { paymentMethodAction } from "./payment-method.server";
import { referAgainAction, withdrawAction } from "./referral-follow-up.server";
import { backTo, type CaseAction, type CaseActionResult } from "./reply.server";
import { Requests } from "./requests";
import { Signals, signalFormShown } from "./signals";
import { signalAction } from "./signals.server";
import { CaseJumpMenu, Fold } from "./summary";
import { TalkForm } from "./talk";
import { talkAction } from "./talk.server";

export const meta = titleMeta("cases.title");

function caseId(params: { id?: string }): number {
  const id = pathId(params.id);
  if (id === null) throw notFound();
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireMunicipalityUser(request, "consultant");
  const detail = getCase(user, caseId(params));
  // Another municipality's case reads exactly like one that does not exist.
  if (!detail) throw notFound();
  return detail;
}

const ACTIONS = new Map<string, (action: CaseAction) => CaseActionResult>([
  ["talk", talkAction],
  ["draagkracht", draagkrachtAction],
  ["consent", consentAction],
  ["decide", decideAction],
  ["paymentMethod", paymentMethodAction],
  ["withdraw", withdrawAction],
  ["referAgain", referAgainAction],
  ["review", reviewAction],
  ["signal", signalAction],
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireMunicipalityUser(request, "consultant");
  const id = caseId(params);
  // Another municipality's case: not found, whatever was posted.
  if (!isOwnCase(user, id)) throw notFound();
  const form = await readFormData(request, CASE_FORM_MAX_BYTES);
  const intent = form.get("intent");
  const handle = typeof intent === "string" ? ACTIONS.get(intent) : undefined;
  if (!handle) return backTo(id, "failed", "main");
  return handle({ consultant: user, caseId: id, form, now: clock.now() });
}

/** The notice after a save, and the section it belongs in (the one the page comes back to). */
const NoticeAt = createContext<{ at: string | null; notice: ReactNode }>({ at: null, notice: null });

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const { at, notice } = useContext(NoticeAt);
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="hw-case-section" tabIndex={-1}>
      <Heading2 id={`${id}-title`}>{title}</Heading2>
      {/* Where the eye is after the jump: 3,000 px below the top on a long case. */}
      {at === id ? notice : null}
      {children}
    </section>
  );
}

const SECTION_IDS = new Set([
  "answers",
  "signals",
  "requests",
  "talk",
  "draagkracht",
  "options",
  "consent",
  "decide",
  "indications",
]);

const NOTICES: Record<string, { type: "ok" | "error"; key: MessageKey }> = {
  saved: { type: "ok", key: "case.saved" },
  steered: { type: "ok", key: "decide.steered" },
  indicated: { type: "ok", key: "decide.indicated" },
  failed: { type: "error", key: "case.failed" },
};

/** Whether the form a refusal belongs to is on the page (it shows the errors there), else not. */
function formShown(reply: CaseFormReply, d: CaseDetail): boolean {
  if (reply.formId === FORM_IDS.decide) return decideFormShown(d);
  if (reply.formId.startsWith("review-")) return reviewFormShown(d, reply.formId);
  if (reply.formId.startsWith("signal-")) return signalFormShown(d, reply.formId);
  return true;
}

export default function CasePage() {
  const t = useT();
  const d = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  // A refusal whose form is not on the page (an evaluation reviewed or a signal closed meanwhile).
  const notice = reply && !formShown(reply, d) ? NOTICES.failed : NOTICES[params.get("melding") ?? ""];
  const alert = notice ? (
    <Alert type={notice.type} role={notice.type === "ok" ? "status" : "alert"}>
      <Paragraph>{t(notice.key)}</Paragraph>
    </Alert>
  ) : null;
  // A refusal of a form no longer on the page stays at the top; a save's notice goes to its section.
  const bij = params.get("bij");
  const inSection =
    notice !== null && notice !== undefined && notice.type === "ok" && bij !== null && SECTION_IDS.has(bij);
  const actedBy = d.case.personKey ? d.requests.find((r) => r.actingRelation)?.actingRelation : null;
  return (
    <NoticeAt.Provider value={{ at: inSection ? bij : null, notice: alert }}>
      <Paragraph>
        <Link to="/consulent" className="utrecht-link">
          ← {t("case.back")}
        </Link>
      </Paragraph>
      <Heading1>{t("case.title", { name: d.case.personName })}</Heading1>
      {actedBy ? <Paragraph>{t("case.actedBy", { name: d.case.accountName, relation: actedBy })}</Paragraph> : null}
      {notice && !inSection ? alert : null}
      <CaseJumpMenu d={d} />
      <Section id="answers" title={t("case.answers")}>
        <Answers d={d} />
      </Section>
      <Section id="signals" title={t("sig.title")}>
        <Signals d={d} />
      </Section>
      <Section id="requests" title={t("case.requests")}>
        <Requests d={d} />
      </Section>
      <Section id="talk" title={t("talk.title")}>
        {/* Once recorded, the talk is read now and then: folded, unless its form was just refused. */}
        <Fold summary={t("case.more.talk")} fold={Boolean(d.case.talkAt)} open={reply?.formId === FORM_IDS.talk}>
          <TalkForm d={d} />
        </Fold>
      </Section>
      <Section id="draagkracht" title={t("dk.title")}>
        <Draagkracht d={d} />
      </Section>
      <Section id="options" title={t("caseOptions.title")}>
        {/* The decision below lists the choosable options; the cards with costs are for a closer look. */}
        <Fold summary={t("case.more.options")}>
          <Options d={d} />
        </Fold>
      </Section>
      <Section id="consent" title={t("consent.title")}>
        <Fold
          summary={t("case.more.consent")}
          fold={Boolean(d.case.consentAt)}
          open={reply?.formId === FORM_IDS.consent}
        >
          <ConsentForm d={d} />
        </Fold>
      </Section>
      <Section id="decide" title={t("decide.title")}>
        <Decide d={d} />
      </Section>
      <Section id="indications" title={t("ind.title")}>
        <Indications d={d} />
      </Section>
    </NoticeAt.Provider>
  );
}
