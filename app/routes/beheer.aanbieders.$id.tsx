import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { z } from "zod";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { ErrorSummary, SelectField, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { ProviderApplication } from "~/components/ProviderApplication";
import { pathId } from "~/domain/path-id";
import { isValidDay } from "~/domain/time";
import { requiredChecks, VOG_EARLIEST_DATE, vogDateProblem, vogExpiresOn, vogValid } from "~/domain/vetting";
import { errorWith, formatDateTime, formatDay, type MessageKey, useLocale, useT } from "~/i18n";
import { changeStatus, getProviderForVetting, recordCheck } from "~/services/vetting.server";
import { adminHhtApplies } from "~/services/workspace.server";
import { parseForm } from "~/utils/forms.server";
import { notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { VETTING_ITEMS, type VettingItem } from "~db/enums";

export const meta = titleMeta("vetting.title");

// `today` comes from the server's clock (the loader sends it), so both sides judge the same day;
// `items` is the checklist of the provider's kind: a cleaner has no ZIN contract or cao to check.
const checkSchema = (today: string, items: readonly VettingItem[]) =>
  z
    .object({
      item: z
        .enum(VETTING_ITEMS, { error: "validation.vetting.item" })
        .refine((item) => items.includes(item), { error: "validation.vetting.itemOfKind" }),
      ok: z.enum(["yes", "no"], { error: "validation.vetting.ok" }),
      // A date that cannot be a VOG's (not a date, in the future, before 1990) is refused whatever
      // the outcome: stored as "Niet in orde" it would still be a false record.
      vogDate: z
        .string()
        .refine((d) => vogDateProblem(d, today) !== "invalid", { error: "validation.vetting.vogDate" })
        .refine((d) => vogDateProblem(d, today) !== "future", { error: "validation.vetting.vogFuture" })
        .refine((d) => vogDateProblem(d, today) !== "too_old", {
          error: errorWith("validation.vetting.vogTooOld", { earliest: VOG_EARLIEST_DATE }),
        })
        .optional(),
      note: z.string().trim().max(500, { error: "validation.vetting.note" }).optional(),
    })
    .superRefine(({ item, ok, vogDate }, ctx) => {
      // ../shared/DOMAIN.md defines the VOG only as "proof of no relevant criminal record" and sets
      // no age; the limit of three years is this project's rule (VOG_MAX_AGE_YEARS in domain/vetting,
      // in the checklist item's own words). A VOG past it cannot be "In orde": say when it expired.
      if (item !== "vog" || ok !== "yes" || !vogDate || !isValidDay(vogDate) || vogDate > today) return;
      if (vogValid(vogDate, today)) return;
      ctx.addIssue({
        code: "custom",
        path: ["vogDate"],
        message: errorWith("validation.vetting.vogExpired", { expired: vogExpiresOn(vogDate) }),
      });
    });

const statusSchema = z.object({
  to: z.enum(["vetted", "suspended"], { error: "validation.invalid" }),
  reason: z.string().trim().max(500, { error: "validation.vetting.reason" }).optional(),
});

function providerIdOf(params: { id?: string }) {
  const id = pathId(params.id);
  if (id === null) throw notFound();
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  // Only providers serving the admin's own municipality exist here.
  const state = getProviderForVetting(admin, providerIdOf(params));
  if (!state) throw notFound();
  return {
    ...state,
    items: requiredChecks(state.provider.kind),
    today: clock.today(),
    hhtOffered: adminHhtApplies(admin),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  const providerId = providerIdOf(params);
  const form = await readFormData(request);
  // A provider that does not serve the admin's municipality does not exist here, whatever was posted.
  const state = getProviderForVetting(admin, providerId);
  if (!state) throw notFound();
  if (form.get("intent") === "check") {
    const submission = parseForm(form, checkSchema(clock.today(), requiredChecks(state.provider.kind)));
    if (submission.status !== "success") return data({ form: "check", result: submission.reply() }, { status: 400 });
    const { item, ok, vogDate, note } = submission.value;
    if (item === "vog" && ok === "yes" && !vogDate) {
      return data(
        { form: "check", result: submission.reply({ fieldErrors: { vogDate: ["validation.vetting.vogDate"] } }) },
        { status: 400 },
      );
    }
    if (!recordCheck(admin, providerId, { item, ok: ok === "yes", vogDate, note })) throw notFound();
    return redirect(`/beheer/aanbieders/${providerId}?melding=check`);
  }
  const submission = parseForm(form, statusSchema);
  if (submission.status !== "success") return data({ form: "status", result: submission.reply() }, { status: 400 });
  const result = changeStatus(admin, providerId, submission.value.to, submission.value.reason || undefined);
  if (!result.ok) {
    if (result.reason === "not_found") throw notFound();
    const messages: Record<string, MessageKey> = {
      same_status: "validation.vetting.sameStatus",
      checks_missing: "validation.vetting.checksMissing",
      reason_required: "validation.vetting.reason",
    };
    const field = result.reason === "reason_required" ? "reason" : "to";
    return data(
      {
        form: "status",
        result: submission.reply({ fieldErrors: { [field]: [messages[result.reason] ?? "validation.invalid"] } }),
      },
      { status: 400 },
    );
  }
  return redirect(`/beheer/aanbieders/${providerId}?melding=status`);
}

export default function ProviderVetting() {
  const t = useT();
  const locale = useLocale();
  const { provider, checks, checkHistory, missing, statusChanges, accounts, items, today, hhtOffered } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [checkForm, checkFields] = useZodForm(
    "check",
    checkSchema(today, items),
    actionData?.form === "check" ? actionData.result : undefined,
  );
  const [statusForm, statusFields] = useZodForm(
    "status",
    statusSchema,
    actionData?.form === "status" ? actionData.result : undefined,
  );
  const itemLabel = (item: string) => t(`vetting.item.${item}` as MessageKey);
  const notice = params.get("melding");
  return (
    <>
      <Paragraph>
        <Link to="/beheer/aanbieders" className="utrecht-link">
          {t("vetting.back")}
        </Link>
      </Paragraph>
      <Heading1>{provider.name}</Heading1>
      <Paragraph>
        {t(`providerKind.${provider.kind}`)} · KvK {provider.kvkNumber} ·{" "}
        {provider.serves.map((m) => m.name).join(", ")}
      </Paragraph>
      {notice === "check" || notice === "status" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t(notice === "check" ? "vetting.recorded" : "vetting.status.changed")}</Paragraph>
        </Alert>
      ) : null}

      <div className="hw-vetting-columns">
        <section aria-labelledby="application-title">
          <Heading2 id="application-title">{t("vetting.application.title")}</Heading2>
          <ProviderApplication provider={provider} hhtOffered={hhtOffered} />
        </section>
        <section aria-labelledby="checklist-title">
          <Heading2 id="checklist-title">{t("vetting.checklist")}</Heading2>
          <UnorderedList>
            {items.map((item) => {
              const c = checks.find((x) => x.item === item);
              // A VOG recorded as in order that has since passed three years reads as expired, not "In orde".
              const expired = c?.vogDate && !vogValid(c.vogDate, today) ? vogExpiresOn(c.vogDate) : null;
              const vogOf = c?.vogDate ? t("vetting.vogOf", { date: formatDay(c.vogDate, locale) }) : "";
              const vog = expired
                ? `${vogOf}, ${t("vetting.vogExpiredOn", { date: formatDay(expired, locale) })}`
                : vogOf;
              return (
                <UnorderedListItem key={item}>
                  <strong>{itemLabel(item)}</strong>:{" "}
                  {c
                    ? t("vetting.checkedBy", {
                        result: `${t(c.ok && !expired ? "vetting.result.ok" : "vetting.result.notOk")}${vog ? ` (${vog})` : ""}`,
                        name: c.checkedBy ?? "—",
                        date: formatDateTime(c.checkedAt, locale),
                      })
                    : t("vetting.notChecked")}
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
          <Paragraph>
            {missing.length > 0
              ? t("vetting.missing", { items: missing.map(itemLabel).join(", ") })
              : t("vetting.complete")}
          </Paragraph>
          <div className="hw-capacity-form">
            <Heading2 className="hw-form-title">{t("vetting.record")}</Heading2>
            <ErrorSummary
              form={checkForm}
              fields={{
                item: checkFields.item,
                ok: checkFields.ok,
                vogDate: checkFields.vogDate,
                note: checkFields.note,
              }}
              labels={{
                item: t("vetting.field.item"),
                ok: t("vetting.field.ok"),
                vogDate: t("vetting.field.vogDate"),
                note: t("vetting.field.note"),
              }}
            />
            {/* Keyed on the number of checks, so the form starts empty after each one is recorded. */}
            <Form method="post" {...getFormProps(checkForm)} key={checkHistory.length}>
              <input type="hidden" name="intent" value="check" />
              <SelectField
                field={checkFields.item}
                label={t("vetting.field.item")}
                options={items.map((i) => ({ value: i, label: itemLabel(i) }))}
              />
              <SelectField
                field={checkFields.ok}
                label={t("vetting.field.ok")}
                options={[
                  { value: "", label: t("vetting.field.choose") },
                  { value: "yes", label: t("vetting.result.ok") },
                  { value: "no", label: t("vetting.result.notOk") },
                ]}
              />
              {items.includes("vog") ? (
                <TextField
                  field={checkFields.vogDate}
                  label={t("vetting.field.vogDate")}
                  type="date"
                  required={false}
                />
              ) : null}
              <TextField field={checkFields.note} label={t("vetting.field.note")} required={false} />
              <SubmitButton label="vetting.record" />
            </Form>
          </div>
        </section>
      </div>

      <section aria-labelledby="status-title">
        <Heading2 id="status-title">{t("vetting.status.title")}</Heading2>
        <Paragraph>{t("vetting.status.current", { status: t(`vetting.${provider.vettingStatus}`) })}</Paragraph>
        {provider.vettingStatus === "suspended" && provider.suspensionReason ? (
          <Paragraph>{t("vetting.status.suspendedBecause", { reason: provider.suspensionReason })}</Paragraph>
        ) : null}
        <ErrorSummary
          form={statusForm}
          fields={{ to: statusFields.to, reason: statusFields.reason }}
          labels={{ to: t("vetting.status.title"), reason: t("vetting.status.reason") }}
        />
        <div className="hw-row-actions">
          {provider.vettingStatus !== "vetted" ? (
            <Form method="post">
              <input type="hidden" name="to" value="vetted" />
              <Button type="submit" appearance="primary-action-button">
                {t(provider.vettingStatus === "suspended" ? "vetting.status.reinstate" : "vetting.status.approve")}
              </Button>
            </Form>
          ) : null}
        </div>
        {provider.vettingStatus !== "suspended" ? (
          <Form method="post" {...getFormProps(statusForm)} className="hw-capacity-form">
            <input type="hidden" name="to" value="suspended" />
            <TextField field={statusFields.reason} label={t("vetting.status.reason")} />
            <Button type="submit" appearance="secondary-action-button" hint="danger">
              {t("vetting.status.suspend")}
            </Button>
          </Form>
        ) : null}
        <Heading2>{t("vetting.status.history")}</Heading2>
        {statusChanges.length === 0 ? (
          <Paragraph>{t("vetting.status.noHistory")}</Paragraph>
        ) : (
          <UnorderedList>
            {statusChanges.map((c) => (
              <UnorderedListItem key={c.id}>
                {t("vetting.status.historyItem", {
                  from: t(`vetting.${c.fromStatus}`),
                  to: t(`vetting.${c.toStatus}`),
                  name: c.changedBy ?? "—",
                  date: formatDateTime(c.changedAt, locale),
                })}
                {c.reason ? ` — ${c.reason}` : ""}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      <section aria-labelledby="accounts-title">
        <Heading2 id="accounts-title">{t("vetting.accounts.title")}</Heading2>
        <Paragraph>
          {t(accounts.hasStaff ? "vetting.accounts.some" : "vetting.accounts.none")}{" "}
          {accounts.mayAdd ? (
            <Link to={`/beheer/gebruikers?aanbieder=${provider.id}`} className="utrecht-link">
              {t(accounts.hasStaff ? "vetting.accounts.add" : "vetting.accounts.addFirst")}
            </Link>
          ) : (
            t(accounts.notVetted ? "vetting.accounts.notVetted" : "vetting.accounts.byProvider")
          )}
        </Paragraph>
      </section>
    </>
  );
}
