import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Heading3,
  Heading4,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { DataTable } from "~/components/DataTable";
import { Facts } from "~/components/Facts";
import { OptionCard } from "~/components/OptionCard";
import { PaymentMethodForm } from "~/components/PaymentMethodForm";
import { FIRST_INDICATION_MONTHS, INDICATION_MONTH_CHOICES } from "~/domain/cases";
import { isPaymentMethod } from "~/domain/payments";
import { amsterdamDay } from "~/domain/policy";
import { allowedActions } from "~/domain/referral";
import { isValidDay } from "~/domain/time";
import {
  formatDateTime,
  formatDay,
  formatEuro,
  isMessageKey,
  type MessageKey,
  translateError,
  useLocale,
  useT,
} from "~/i18n";
import {
  consentSchema,
  decideSchema,
  draagkrachtSchema,
  fieldErrors,
  formObject,
  referAgainSchema,
  reviewSchema,
  signalActionSchema,
  talkSchema,
  withdrawSchema,
} from "~/schemas/case";
import {
  type CaseDetail,
  type CaseOption,
  getCase,
  handleSignal,
  indicate,
  ownCase,
  referAgain,
  requestOnCase,
  reviewEvaluation,
  saveConsent,
  saveDraagkracht,
  saveTalk,
  steer,
  withdrawReferral,
} from "~/services/cases.server";
import { setPaymentMethod } from "~/services/payments/payment-method.server";
import { notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { GENERAL_FACILITIES, OPTION_KINDS, STEERING_REASONS } from "~db/enums";

export const meta = titleMeta("cases.title");

function caseId(params: { id?: string }): number {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) throw notFound();
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireMunicipalityUser(request, "consultant");
  const detail = getCase(user, caseId(params));
  // Another municipality's case reads exactly like one that does not exist.
  if (!detail) throw notFound();
  return detail;
}

type FormName = "talk" | "draagkracht" | "consent" | "decide" | "review" | "signal";
type ActionResult = { form: FormName; key?: number; errors: Record<string, string>; values: Record<string, unknown> };

function invalid(form: FormName, errors: Record<string, string>, values: Record<string, unknown>, key?: number) {
  return data<ActionResult>({ form, errors, values, ...(key === undefined ? {} : { key }) }, { status: 400 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireMunicipalityUser(request, "consultant");
  const id = caseId(params);
  // Another municipality's case: not found, whatever was posted.
  if (!ownCase(user, id)) throw notFound();
  const values = formObject(await readFormData(request));
  const back = (notice: string, anchor: string) => redirect(`/consulent/zaken/${id}?melding=${notice}#${anchor}`);
  const now = clock.now();
  switch (values.intent) {
    case "talk": {
      const parsed = talkSchema.safeParse(values);
      if (!parsed.success) return invalid("talk", fieldErrors(parsed.error), values);
      if (!saveTalk(user, id, parsed.data, now)) throw notFound();
      return back("saved", "talk");
    }
    case "draagkracht": {
      const parsed = draagkrachtSchema.safeParse(values);
      if (!parsed.success) return invalid("draagkracht", fieldErrors(parsed.error), values);
      const { household, partnerUnderAow, income } = parsed.data;
      if (!saveDraagkracht(user, id, { household, partnerUnderAow, incomeCents: income * 100 }, now)) throw notFound();
      return back("saved", "draagkracht");
    }
    case "consent": {
      const parsed = consentSchema.safeParse(values);
      if (!parsed.success) return invalid("consent", fieldErrors(parsed.error), values);
      if (!saveConsent(user, id, parsed.data, now)) throw notFound();
      return back("saved", "consent");
    }
    case "decide": {
      const parsed = decideSchema(amsterdamDay(now)).safeParse(values);
      if (!parsed.success) return invalid("decide", fieldErrors(parsed.error), values);
      const { offerId, reason, note, zin } = parsed.data;
      const result = zin
        ? indicate(user, id, { offerId, reason, note, ...zin }, now)
        : steer(user, id, { offerId, reason, note }, now);
      if (result.ok) return back(zin ? "indicated" : "steered", zin ? "indications" : "decide");
      if (result.error === "not_found") throw notFound();
      const field =
        result.error === "bad_dates"
          ? "startDate"
          : result.error === "consent_needed" || result.error === "already_indicated"
            ? "form"
            : "offerId";
      const message = {
        no_option: "decide.error.noOption",
        consent_needed: "decide.error.consent",
        no_provider: "decide.error.noProvider",
        bad_dates: "decide.error.startDate",
        already_indicated: "decide.error.active",
      }[result.error];
      return invalid("decide", { [field]: message }, values);
    }
    case "paymentMethod": {
      const requestId = Number(values.requestId);
      const method = values.method;
      const ok =
        Number.isInteger(requestId) &&
        isPaymentMethod(method) &&
        requestOnCase(user, id, requestId) &&
        setPaymentMethod(requestId, method, { municipalityCode: user.municipalityCode, actorUserId: user.id });
      return back(ok ? "saved" : "failed", "requests");
    }
    case "withdraw": {
      const parsed = withdrawSchema.safeParse(values);
      const ok = parsed.success && withdrawReferral(user, id, parsed.data.referralId, now);
      return back(ok ? "saved" : "failed", "indications");
    }
    case "referAgain": {
      const parsed = referAgainSchema.safeParse(values);
      const ok = parsed.success && referAgain(user, id, parsed.data.referralId, parsed.data.providerId, now).ok;
      return back(ok ? "saved" : "failed", "indications");
    }
    case "review": {
      const parsed = reviewSchema.safeParse(values);
      if (!parsed.success)
        return invalid("review", fieldErrors(parsed.error), values, Number(values.evaluationId) || undefined);
      const ok = reviewEvaluation(user, id, parsed.data.evaluationId, parsed.data.note, now);
      return back(ok ? "saved" : "failed", "indications");
    }
    case "signal": {
      const parsed = signalActionSchema.safeParse(values);
      if (!parsed.success)
        return invalid("signal", fieldErrors(parsed.error), values, Number(values.signalId) || undefined);
      const { signalId, ...rest } = parsed.data;
      const ok = handleSignal(
        user,
        id,
        signalId,
        rest.action === "acknowledge" ? { action: "acknowledge" } : rest,
        now,
      );
      return back(ok ? "saved" : "failed", "signals");
    }
    default:
      return back("failed", "main");
  }
}

// ── Small form helpers: label, hint and error tied to the control ───────────────────────────
function useFormState(form: FormName, key?: number) {
  const result = useActionData<typeof action>();
  const mine = result && result.form === form && (key === undefined || result.key === key) ? result : null;
  return { errors: mine?.errors ?? {}, values: mine?.values ?? null };
}

function ErrorText({ id, error }: { id: string; error?: string | undefined }) {
  const locale = useLocale();
  if (!error) return null;
  return (
    <p id={id} className="utrecht-form-field-error-message">
      {translateError(locale, error)}
    </p>
  );
}

function TextArea({
  name,
  label,
  hint,
  defaultValue,
  error,
  idPrefix,
  rows = 3,
  required,
}: {
  name: string;
  label: ReactNode;
  hint?: string;
  defaultValue: string | null | undefined;
  error?: string | undefined;
  idPrefix: string;
  rows?: number;
  required?: boolean;
}) {
  const id = `${idPrefix}-${name}`;
  return (
    <div className={`utrecht-form-field${error ? " utrecht-form-field--invalid" : ""}`}>
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="utrecht-form-field-description">
          {hint}
        </p>
      ) : null}
      <ErrorText id={`${id}-error`} error={error} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        required={required}
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
        className="utrecht-textarea"
      />
    </div>
  );
}

function Summary({ errors }: { errors: Record<string, string> }) {
  const t = useT();
  if (Object.keys(errors).length === 0) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t("case.fixErrors")}</Paragraph>
      {errors.form ? <Paragraph>{t(errors.form as MessageKey)}</Paragraph> : null}
    </Alert>
  );
}

const str = (v: unknown) => (typeof v === "string" ? v : null);

// ── Sections ────────────────────────────────────────────────────────────────────────────────
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="hw-case-section" tabIndex={-1}>
      <Heading2 id={`${id}-title`}>{title}</Heading2>
      {children}
    </section>
  );
}

function Answers({ d }: { d: CaseDetail }) {
  const t = useT();
  const q = d.query;
  const items: [string, string][] = [[t("case.account"), `${d.case.accountName}, ${d.case.email}`]];
  if (!q) return <Facts items={items} />;
  items.push(
    [t("case.postcode"), q.postcode],
    [t("case.birthYear"), String(q.birthYear)],
    [
      t("case.household"),
      q.household === "single"
        ? t("dk.single")
        : `${t("dk.couple")}${q.partnerUnderAow ? ` – ${t("dk.partnerUnderAow").toLowerCase()}` : ""}`,
    ],
    [t("case.needs"), q.needs.map((n) => t(`need.${n}` as MessageKey)).join(", ")],
    [t("case.mobility"), q.mobility.map((m) => t(`mobility.${m}` as MessageKey)).join(", ") || t("case.none")],
    [t("case.network"), t(`help.network.${q.network}` as MessageKey)],
  );
  return <Facts items={items} />;
}

function kindLabel(kind: string, t: (k: MessageKey) => string) {
  const key = `ladder.${kind}`;
  return isMessageKey(key) ? t(key) : t("kind.consultation");
}

function Requests({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  return (
    <DataTable
      rows={d.requests}
      rowKey={(r) => r.id}
      columns={[
        { header: t("case.col.date"), cell: (r) => formatDateTime(r.createdAt, locale) },
        { header: t("case.col.kind"), cell: (r) => kindLabel(r.kind, t) },
        { header: t("case.col.provider"), cell: (r) => r.providerName ?? "–" },
        { header: t("case.col.status"), cell: (r) => t(`status.${r.status}`) },
        {
          header: t("pay.methodLabel"),
          cell: (r) =>
            r.kind === "private_cleaner" && (r.status === "booked" || r.status === "held") ? (
              <PaymentMethodForm
                id={`method-${r.id}`}
                intent="paymentMethod"
                methods={d.paymentMethods}
                current={r.paymentMethod}
                hidden={{ requestId: r.id }}
                context={r.providerName}
                visibleLabel={false}
                label="pay.methodLabel"
              />
            ) : (
              "–"
            ),
        },
      ]}
    />
  );
}

function Signals({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  if (d.signals.length === 0) return <Paragraph>{t("sig.none")}</Paragraph>;
  return (
    <>
      {d.signals.map((s) => (
        <SignalBox key={s.id} s={s} t={t} locale={locale} />
      ))}
    </>
  );
}

function SignalBox({
  s,
  t,
  locale,
}: {
  s: CaseDetail["signals"][number];
  t: ReturnType<typeof useT>;
  locale: ReturnType<typeof useLocale>;
}) {
  const { errors, values } = useFormState("signal", s.id);
  const title = t("sig.heading", { type: t(`signal.type.${s.type}`), provider: s.providerName });
  return (
    <article className={`hw-box${s.urgency === "urgent" && s.status !== "closed" ? " hw-box--urgent" : ""}`}>
      <Heading3>{title}</Heading3>
      <Paragraph>
        {s.urgency === "urgent" ? <strong className="hw-badge hw-badge--warning">{t("sig.urgent")}</strong> : null}{" "}
        {s.overdue ? <strong className="hw-badge hw-badge--warning">{t("sig.overdue")}</strong> : null}{" "}
        {t("sig.raised", { date: formatDateTime(s.createdAt, locale) })} · {t(`sig.status.${s.status}`)}
      </Paragraph>
      <Paragraph>{s.text}</Paragraph>
      {s.notes.length > 0 ? (
        <UnorderedList>
          {s.notes.map((n) => (
            <UnorderedListItem key={n.at}>
              {formatDateTime(n.at, locale)} ({n.by ?? "–"}): {n.note}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {s.closeNote ? <Paragraph>{t("sig.closedNote", { note: s.closeNote })}</Paragraph> : null}
      {s.status === "closed" ? null : (
        <div className="hw-decide">
          {s.status === "open" ? (
            <Form method="post">
              <input type="hidden" name="intent" value="signal" />
              <input type="hidden" name="signalId" value={s.id} />
              <input type="hidden" name="action" value="acknowledge" />
              <Button type="submit" appearance="primary-action-button">
                {t("sig.acknowledge")}
                <span className="visually-hidden"> – {title}</span>
              </Button>
            </Form>
          ) : null}
          <Form method="post">
            <input type="hidden" name="intent" value="signal" />
            <input type="hidden" name="signalId" value={s.id} />
            <Summary errors={errors} />
            <TextArea
              name="note"
              idPrefix={`signal-${s.id}`}
              label={
                <>
                  {t("sig.note")} / {t("sig.closeNote").toLowerCase()}
                  <span className="visually-hidden"> – {title}</span>
                </>
              }
              defaultValue={str(values?.note)}
              error={errors.note}
              required
            />
            <div className="hw-row-actions">
              <Button type="submit" name="action" value="note" appearance="secondary-action-button">
                {t("sig.addNote")}
                <span className="visually-hidden"> – {title}</span>
              </Button>
              <Button type="submit" name="action" value="close" appearance="primary-action-button">
                {t("sig.close")}
                <span className="visually-hidden"> – {title}</span>
              </Button>
            </div>
          </Form>
        </div>
      )}
    </article>
  );
}

function Talk({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const { errors, values } = useFormState("talk");
  const c = d.case;
  const v = (name: string, saved: string | null) => (values ? str(values[name]) : saved);
  const facilities = values
    ? ((Array.isArray(values.facilities) ? values.facilities : []) as string[])
    : c.talkFacilities;
  return (
    <Form method="post" className="hw-box">
      <input type="hidden" name="intent" value="talk" />
      <Summary errors={errors} />
      {c.talkAt ? <Paragraph>{t("talk.recorded", { date: formatDateTime(c.talkAt, locale) })}</Paragraph> : null}
      <TextArea
        name="situation"
        idPrefix="talk"
        label={t("talk.situation")}
        hint={t("talk.situationHint")}
        defaultValue={v("situation", c.talkSituation)}
        error={errors.situation}
        rows={4}
      />
      <TextArea
        name="ownAbilities"
        idPrefix="talk"
        label={t("talk.ownAbilities")}
        defaultValue={v("ownAbilities", c.talkOwnAbilities)}
        error={errors.ownAbilities}
      />
      <TextArea
        name="network"
        idPrefix="talk"
        label={t("talk.network")}
        defaultValue={v("network", c.talkNetwork)}
        error={errors.network}
      />
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t("talk.facilities")}</legend>
        {GENERAL_FACILITIES.map((f) => (
          <div key={f} className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              type="checkbox"
              id={`facility-${f}`}
              name="facilities"
              value={f}
              defaultChecked={facilities.includes(f)}
              className="utrecht-checkbox utrecht-checkbox--html-input"
            />{" "}
            <label htmlFor={`facility-${f}`} className="utrecht-form-label utrecht-form-label--checkbox">
              {t(`talk.facility.${f}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <TextArea
        name="notes"
        idPrefix="talk"
        label={t("talk.notes")}
        defaultValue={v("notes", c.talkNotes)}
        error={errors.notes}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("talk.save")}
      </Button>
    </Form>
  );
}

function Draagkracht({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const { errors, values } = useFormState("draagkracht");
  const c = d.case;
  const household = values ? str(values.household) : (c.dkHousehold ?? d.query?.household ?? null);
  const income = values ? str(values.income) : c.dkIncomeCents === null ? "" : String(c.dkIncomeCents / 100);
  const check = d.draagkracht;
  return (
    <>
      <Paragraph>{t("dk.intro")}</Paragraph>
      {check ? (
        <Alert type="info">
          <Paragraph>
            {t("dk.result", { percent: check.percent, minimum: formatEuro(check.socialMinimumCents, locale) })}
          </Paragraph>
          <Paragraph>{t(`dk.band.${check.band}`, { threshold: check.thresholdPercent })}</Paragraph>
          {c.dkAt ? <Paragraph>{t("dk.checked", { date: formatDateTime(c.dkAt, locale) })}</Paragraph> : null}
        </Alert>
      ) : null}
      <Form method="post" className="hw-box">
        <input type="hidden" name="intent" value="draagkracht" />
        <Summary errors={errors} />
        <fieldset
          className="utrecht-form-fieldset"
          aria-describedby={errors.household ? "dk-household-error" : undefined}
        >
          <legend className="utrecht-form-fieldset__legend">{t("dk.household")}</legend>
          <ErrorText id="dk-household-error" error={errors.household} />
          {(["single", "couple"] as const).map((h) => (
            <div key={h} className="utrecht-form-field utrecht-form-field--radio">
              <input
                type="radio"
                id={`dk-${h}`}
                name="household"
                value={h}
                defaultChecked={household === h}
                className="utrecht-radio-button utrecht-radio-button--html-input"
              />{" "}
              <label htmlFor={`dk-${h}`} className="utrecht-form-label utrecht-form-label--radio">
                {t(`dk.${h}`)}
              </label>
            </div>
          ))}
          <div className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              type="checkbox"
              id="dk-partner"
              name="partnerUnderAow"
              defaultChecked={values ? values.partnerUnderAow === "on" : c.dkPartnerUnderAow}
              className="utrecht-checkbox utrecht-checkbox--html-input"
            />{" "}
            <label htmlFor="dk-partner" className="utrecht-form-label utrecht-form-label--checkbox">
              {t("dk.partnerUnderAow")}
            </label>
          </div>
        </fieldset>
        <div className={`utrecht-form-field${errors.income ? " utrecht-form-field--invalid" : ""}`}>
          <label htmlFor="dk-income" className="utrecht-form-label">
            {t("dk.income")}
          </label>
          <ErrorText id="dk-income-error" error={errors.income} />
          <input
            id="dk-income"
            name="income"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={income ?? ""}
            aria-invalid={errors.income ? true : undefined}
            aria-describedby={errors.income ? "dk-income-error" : undefined}
            className="utrecht-textbox utrecht-textbox--html-input"
          />
        </div>
        <Button type="submit" appearance="primary-action-button">
          {t("dk.save")}
        </Button>
      </Form>
    </>
  );
}

function Consent({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const { errors, values } = useFormState("consent");
  const c = d.case;
  const checked = (name: string, saved: boolean) => (values ? values[name] === "on" : saved);
  return (
    <Form method="post" className="hw-box">
      <input type="hidden" name="intent" value="consent" />
      <Summary errors={errors} />
      <Paragraph>{t("consent.intro")}</Paragraph>
      <Paragraph>
        {c.consentAt ? t("consent.recorded", { date: formatDateTime(c.consentAt, locale) }) : t("consent.none")}
      </Paragraph>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t("consent.legend")}</legend>
        <ConsentCheckbox
          id="consent-intake"
          name="shareIntake"
          checked={checked("shareIntake", c.consentShareIntake)}
          label={t("consent.shareIntake")}
          hint={t("consent.shareIntakeHint")}
        />
        <ConsentCheckbox
          id="consent-health"
          name="shareHealth"
          checked={checked("shareHealth", c.consentShareHealth)}
          label={t("consent.shareHealth")}
          hint={t("consent.shareHealthHint")}
        />
      </fieldset>
      <div className={`utrecht-form-field${errors.phone ? " utrecht-form-field--invalid" : ""}`}>
        <label htmlFor="consent-phone" className="utrecht-form-label">
          {t("consent.phone")}
        </label>
        <ErrorText id="consent-phone-error" error={errors.phone} />
        <input
          id="consent-phone"
          name="phone"
          type="tel"
          autoComplete="off"
          defaultValue={values ? (str(values.phone) ?? "") : (c.contactPhone ?? "")}
          aria-invalid={errors.phone ? true : undefined}
          aria-describedby={errors.phone ? "consent-phone-error" : undefined}
          className="utrecht-textbox utrecht-textbox--html-input"
        />
      </div>
      <TextArea
        name="preferences"
        idPrefix="consent"
        label={t("consent.preferences")}
        hint={t("consent.preferencesHint")}
        defaultValue={values ? str(values.preferences) : c.preferences}
        error={errors.preferences}
        rows={2}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("consent.save")}
      </Button>
    </Form>
  );
}

function optionTitle(o: CaseOption, t: (k: MessageKey) => string) {
  return o.providerName ? `${t(`ladder.${o.kind}`)} – ${o.providerName}` : t(`ladder.${o.kind}`);
}

function Options({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  if (!d.query) return <Paragraph>{t("case.noAnswers")}</Paragraph>;
  const euro = (cents: number) => formatEuro(cents, locale);
  const groups = OPTION_KINDS.map((kind) => ({ kind, options: d.options.filter((o) => o.kind === kind) })).filter(
    (g) => g.options.length > 0,
  );
  return (
    <>
      <Paragraph>{t("caseOptions.intro")}</Paragraph>
      {groups.map((g, i) => (
        <section key={g.kind} aria-labelledby={`case-group-${g.kind}`} className="hw-ladder-group">
          <Heading3 id={`case-group-${g.kind}`}>
            {i + 1}. {t(`ladder.${g.kind}`)}
          </Heading3>
          <div className="hw-options">
            {g.options.map((o) => (
              <OptionCard
                key={o.offerId}
                option={o}
                headingLevel={4}
                extraFacts={[
                  [t("caseOptions.municipalityCost"), euro(o.municipalityCostPerMonthCents)],
                  [
                    t("caseOptions.difference"),
                    o.differenceAgainstZinCents === null
                      ? "–"
                      : o.differenceAgainstZinCents === 0
                        ? t("caseOptions.same")
                        : t(o.differenceAgainstZinCents < 0 ? "caseOptions.cheaper" : "caseOptions.dearer", {
                            amount: euro(Math.abs(o.differenceAgainstZinCents)),
                          }),
                  ],
                ]}
              />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}

function Decide({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const { errors, values } = useFormState("decide");
  const choosable = d.options.filter((o) => o.eligible);
  if (!d.query || choosable.length === 0) return <Paragraph>{t("decide.none")}</Paragraph>;
  const zin = choosable.find((o) => o.kind === "zin");
  const first = d.firstIndication;
  const v = (name: string, fallback: string) => (values ? (str(values[name]) ?? "") : fallback);
  const chosen = values ? str(values.offerId) : null;
  // The provider the citizen asked for is marked, not preselected: the lightest help comes first.
  const preferred = new Set(d.requests.filter((r) => r.status === "submitted").map((r) => r.offerId));
  return (
    <>
      <Paragraph>{t("decide.intro")}</Paragraph>
      <Form method="post" className="hw-box">
        <input type="hidden" name="intent" value="decide" />
        <Summary errors={errors} />
        <fieldset
          className="utrecht-form-fieldset"
          aria-describedby={errors.offerId ? "decide-offer-error" : undefined}
        >
          <legend className="utrecht-form-fieldset__legend">{t("decide.option")}</legend>
          <ErrorText id="decide-offer-error" error={errors.offerId} />
          {choosable.map((o) => (
            <div key={o.offerId} className="utrecht-form-field utrecht-form-field--radio">
              <input
                type="radio"
                id={`offer-${o.offerId}`}
                name="offerId"
                value={o.offerId}
                defaultChecked={chosen === o.offerId}
                className="utrecht-radio-button utrecht-radio-button--html-input"
              />{" "}
              <label htmlFor={`offer-${o.offerId}`} className="utrecht-form-label utrecht-form-label--radio">
                {optionTitle(o, t)}
                {o.recommended ? ` (${t("options.recommended").toLowerCase()})` : ""}
                {preferred.has(o.offerId) ? ` (${t("decide.preferred")})` : ""}
              </label>
            </div>
          ))}
        </fieldset>
        <div className={`utrecht-form-field${errors.reason ? " utrecht-form-field--invalid" : ""}`}>
          <label htmlFor="decide-reason" className="utrecht-form-label">
            {t("decide.reason")}
          </label>
          <ErrorText id="decide-reason-error" error={errors.reason} />
          <select
            id="decide-reason"
            name="reason"
            defaultValue={v("reason", "")}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={errors.reason ? "decide-reason-error" : undefined}
            className="utrecht-select utrecht-select--html-select"
          >
            <option value="">–</option>
            {STEERING_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`decide.reason.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <TextArea
          name="note"
          idPrefix="decide"
          label={t("decide.note")}
          defaultValue={v("note", "")}
          error={errors.note}
        />
        {zin ? (
          <fieldset className="utrecht-form-fieldset hw-subgroup">
            <legend className="utrecht-form-fieldset__legend">{t("decide.zinFields")}</legend>
            <div className={`utrecht-form-field${errors.hours ? " utrecht-form-field--invalid" : ""}`}>
              <label htmlFor="decide-hours" className="utrecht-form-label">
                {t("decide.hours")}
              </label>
              <ErrorText id="decide-hours-error" error={errors.hours} />
              <input
                id="decide-hours"
                name="hours"
                inputMode="decimal"
                defaultValue={v("hours", zin.hoursPerWeek.toLocaleString(locale === "nl" ? "nl-NL" : "en-GB"))}
                aria-invalid={errors.hours ? true : undefined}
                aria-describedby={errors.hours ? "decide-hours-error" : undefined}
                className="utrecht-textbox utrecht-textbox--html-input"
              />
            </div>
            <div className={`utrecht-form-field${errors.startDate ? " utrecht-form-field--invalid" : ""}`}>
              <label htmlFor="decide-start" className="utrecht-form-label">
                {t("decide.startDate")}
              </label>
              <ErrorText id="decide-start-error" error={errors.startDate} />
              <input
                id="decide-start"
                name="startDate"
                type="date"
                min={d.today}
                defaultValue={v(
                  "startDate",
                  zin.earliestStart && zin.earliestStart > d.today ? zin.earliestStart : d.today,
                )}
                aria-invalid={errors.startDate ? true : undefined}
                aria-describedby={errors.startDate ? "decide-start-error" : undefined}
                className="utrecht-textbox utrecht-textbox--html-input"
              />
            </div>
            <div className="utrecht-form-field">
              <label htmlFor="decide-months" className="utrecht-form-label">
                {t("decide.months")}
              </label>
              {first ? (
                <p id="decide-months-hint" className="utrecht-form-field-description">
                  {t("decide.monthsFirst")}
                </p>
              ) : null}
              <select
                id="decide-months"
                name="months"
                defaultValue={v("months", String(first ? FIRST_INDICATION_MONTHS : 12))}
                aria-describedby={first ? "decide-months-hint" : undefined}
                className="utrecht-select utrecht-select--html-select"
              >
                {(first ? [FIRST_INDICATION_MONTHS] : INDICATION_MONTH_CHOICES).map((m) => (
                  <option key={m} value={m}>
                    {t("decide.monthsValue", { months: m })}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
        ) : null}
        <Button type="submit" appearance="primary-action-button">
          {t("decide.submit")}
        </Button>
      </Form>
      {d.decisions.length > 0 ? (
        <>
          <Heading3>{t("decide.history")}</Heading3>
          <UnorderedList>
            {d.decisions.map((x) => (
              <UnorderedListItem key={x.id}>
                {t("decide.historyItem", {
                  date: formatDateTime(x.decidedAt, locale),
                  what: x.providerName
                    ? `${t(`ladder.${x.kind}` as MessageKey)} – ${x.providerName}`
                    : t(`ladder.${x.kind}` as MessageKey),
                  reason: t(`decide.reason.${x.reason}`),
                })}
                {x.note ? ` (${x.note})` : ""}
                {x.by ? ` – ${x.by}` : ""}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </>
  );
}

function referralStatus(
  r: CaseDetail["indications"][number]["referrals"][number],
  t: ReturnType<typeof useT>,
  locale: "nl" | "en",
) {
  switch (r.status) {
    case "accepted":
      return t("ind.status.accepted", { date: r.startDate ? formatDay(r.startDate, locale) : "–" });
    case "declined":
      return t("ind.status.declined", { reason: r.declineReason ?? "–" });
    case "ended":
      return t("ind.status.ended", { reason: r.endReason ?? "–" });
    default:
      return t(`ind.status.${r.status}`);
  }
}

function Indications({ d }: { d: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const zinProviders = d.options.filter((o) => o.kind === "zin" && o.providerId !== null);
  if (d.indications.length === 0) return <Paragraph>{t("ind.none")}</Paragraph>;
  return (
    <>
      {d.indications.map((ind) => {
        const hours = (ind.minutesPerWeek / 60).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB");
        const latest = ind.referrals[0];
        return (
          <article key={ind.id} className="hw-box">
            <Heading3>{t("ind.heading", { hours })}</Heading3>
            <Paragraph>
              {ind.first ? `${t("ind.first")}. ` : ""}
              {t("ind.period", { start: formatDay(ind.startDate, locale), end: formatDay(ind.endDate, locale) })}.{" "}
              {t("ind.evaluation", { date: formatDay(ind.evaluationDate, locale) })}.
            </Paragraph>
            <Paragraph>
              <a href={`/consulent/indicaties/${ind.id}.json`} className="utrecht-link" download>
                {t("ind.export")}
              </a>
            </Paragraph>
            {ind.referrals.map((r) => (
              <div key={r.id}>
                <Heading4>{t("ind.referral", { provider: r.providerName })}</Heading4>
                <Paragraph>{referralStatus(r, t, locale)}</Paragraph>
                <UnorderedList>
                  {r.events.map((e) => (
                    <UnorderedListItem key={`${e.at}-${e.status}`}>
                      {formatDateTime(e.at, locale)}:{" "}
                      {t(`ind.status.${e.status}`, {
                        date: e.note && isValidDay(e.note) ? formatDay(e.note, locale) : (e.note ?? ""),
                        reason: e.note ?? "",
                      })}
                      {e.by ? ` (${e.by})` : ""}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
                {r.evaluation ? <Evaluation ev={r.evaluation} /> : null}
                {allowedActions(r.status, "consultant").includes("withdraw") ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="withdraw" />
                    <input type="hidden" name="referralId" value={r.id} />
                    <Button type="submit" appearance="secondary-action-button" hint="danger">
                      {t("ind.withdraw")}
                      <span className="visually-hidden"> – {r.providerName}</span>
                    </Button>
                  </Form>
                ) : null}
                {latest?.id === r.id &&
                (r.status === "declined" || r.status === "withdrawn") &&
                zinProviders.length > 0 ? (
                  <Form method="post" className="hw-inline-form">
                    <input type="hidden" name="intent" value="referAgain" />
                    <input type="hidden" name="referralId" value={r.id} />
                    <label htmlFor={`again-${r.id}`} className="utrecht-form-label">
                      {t("ind.referAgain")}
                      <span className="visually-hidden"> ({r.providerName})</span>
                    </label>
                    <select
                      id={`again-${r.id}`}
                      name="providerId"
                      className="utrecht-select utrecht-select--html-select"
                    >
                      {zinProviders.map((o) => (
                        <option key={o.offerId} value={o.providerId ?? ""}>
                          {o.providerName}
                        </option>
                      ))}
                    </select>
                    <Button type="submit" appearance="primary-action-button">
                      {t("ind.referAgainSubmit")}
                      <span className="visually-hidden"> – {r.providerName}</span>
                    </Button>
                  </Form>
                ) : null}
              </div>
            ))}
          </article>
        );
      })}
    </>
  );
}

function Evaluation({ ev }: { ev: NonNullable<CaseDetail["indications"][number]["referrals"][number]["evaluation"]> }) {
  const t = useT();
  const locale = useLocale();
  const { errors, values } = useFormState("review", ev.id);
  return (
    <div className="hw-subgroup">
      <Paragraph>
        <strong>{t("ind.evaluationOutcome", { outcome: t(`ind.outcome.${ev.outcome}`) })}</strong> (
        {formatDateTime(ev.at, locale)})
      </Paragraph>
      <Paragraph>{ev.explanation}</Paragraph>
      {ev.reviewedAt ? (
        <Paragraph>
          {t("ind.reviewed", { date: formatDateTime(ev.reviewedAt, locale), note: ev.reviewNote ?? "" })}
        </Paragraph>
      ) : (
        <Form method="post">
          <input type="hidden" name="intent" value="review" />
          <input type="hidden" name="evaluationId" value={ev.id} />
          <Summary errors={errors} />
          <TextArea
            name="note"
            idPrefix={`review-${ev.id}`}
            label={
              <>
                {t("ind.reviewNote")}
                <span className="visually-hidden"> – {formatDateTime(ev.at, locale)}</span>
              </>
            }
            defaultValue={str(values?.note)}
            error={errors.note}
            required
          />
          <Button type="submit" appearance="primary-action-button">
            {t("ind.review")}
            <span className="visually-hidden"> – {formatDateTime(ev.at, locale)}</span>
          </Button>
        </Form>
      )}
    </div>
  );
}

const NOTICES: Record<string, { type: "ok" | "error"; key: MessageKey }> = {
  saved: { type: "ok", key: "case.saved" },
  steered: { type: "ok", key: "decide.steered" },
  indicated: { type: "ok", key: "decide.indicated" },
  failed: { type: "error", key: "case.failed" },
};

/** Whether the form a refusal belongs to is on the page (it shows the errors there), else not. */
function formShown(result: ActionResult, d: CaseDetail): boolean {
  switch (result.form) {
    case "decide":
      return Boolean(d.query) && d.options.some((o) => o.eligible);
    case "review":
      return d.indications.some((i) =>
        i.referrals.some((r) => r.evaluation?.id === result.key && r.evaluation?.reviewedAt === null),
      );
    case "signal":
      return d.signals.some((s) => s.id === result.key && s.status !== "closed");
    default:
      return true;
  }
}

export default function CasePage() {
  const t = useT();
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  // A refusal whose form is not on the page (an evaluation reviewed or a signal closed meanwhile).
  const notice = actionData && !formShown(actionData, d) ? NOTICES.failed : NOTICES[params.get("melding") ?? ""];
  const actedBy = d.case.personKey ? d.requests.find((r) => r.actingRelation)?.actingRelation : null;
  return (
    <>
      <Paragraph>
        <Link to="/consulent" className="utrecht-link">
          ← {t("case.back")}
        </Link>
      </Paragraph>
      <Heading1>{t("case.title", { name: d.case.personName })}</Heading1>
      {actedBy ? <Paragraph>{t("case.actedBy", { name: d.case.accountName, relation: actedBy })}</Paragraph> : null}
      {notice ? (
        <Alert type={notice.type} role={notice.type === "ok" ? "status" : "alert"}>
          <Paragraph>{t(notice.key)}</Paragraph>
        </Alert>
      ) : null}
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
        <Talk d={d} />
      </Section>
      <Section id="draagkracht" title={t("dk.title")}>
        <Draagkracht d={d} />
      </Section>
      <Section id="options" title={t("caseOptions.title")}>
        <Options d={d} />
      </Section>
      <Section id="consent" title={t("consent.title")}>
        <Consent d={d} />
      </Section>
      <Section id="decide" title={t("decide.title")}>
        <Decide d={d} />
      </Section>
      <Section id="indications" title={t("ind.title")}>
        <Indications d={d} />
      </Section>
    </>
  );
}

/** One consent: a checkbox with its label and what it means. */
function ConsentCheckbox(props: { id: string; name: string; checked: boolean; label: string; hint: string }) {
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <input
        type="checkbox"
        id={props.id}
        name={props.name}
        defaultChecked={props.checked}
        aria-describedby={`${props.id}-hint`}
        className="utrecht-checkbox utrecht-checkbox--html-input"
      />{" "}
      <label htmlFor={props.id} className="utrecht-form-label utrecht-form-label--checkbox">
        {props.label}
      </label>
      <p id={`${props.id}-hint`} className="utrecht-form-field-description">
        {props.hint}
      </p>
    </div>
  );
}
