import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "~/auth/auth.server";
import { clock } from "~/clock.server";
import { Announce } from "~/components/Announce";
import { ContactFields, contactDefaults, contactLabels } from "~/components/ContactFields";
import { ChoiceGroup, ErrorSummary, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { sessionsText } from "~/components/group-text";
import { NoteForProviderField } from "~/components/NoteForProviderField";
import { slotSubsidyText, slotText } from "~/components/slot-text";
import {
  type FairShareRefusal,
  isFairShareRefusal,
  MAX_LIVE_HOLDS_PER_ACCOUNT,
  MAX_PEOPLE_PER_ACCOUNT,
} from "~/domain/fair-share";
import { amsterdamDay } from "~/domain/policy";
import { formatDay, type MessageKey, useLocale, useT } from "~/i18n";
import { addressKnownFrom, contactOfForm } from "~/schemas/contact";
import { helpPerson, relationOfUser } from "~/schemas/help-person";
import { helpRequestSchema, toSearchParams } from "~/schemas/help-request";
import { CONSULTATION_OFFER, personToken, requestedFor, requestFormSchemaFor } from "~/schemas/request-form";
import {
  addressKnownOf,
  contactPrefill,
  knownAddresses,
  knownAddressProblem,
  municipalityOfPostcode,
  postcodeProblem,
} from "~/services/contacts.server";
import { findOptions } from "~/services/matching.server";
import { onlinePaymentsEnabled } from "~/services/payments/stripe.server";
import { createRequest } from "~/services/requests/create-request.server";
import { groupFactsOf } from "~/services/requests/help-facts.server";
import { requestConsultation } from "~/services/requests/request-consultation.server";
import { parseForm } from "~/utils/forms.server";
import { readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";
import { queryObject } from "~/utils/query";

export const meta = titleMeta("apply.request.title");

/** The option this page is about, computed again from the answers in the URL. */
function resolve(request: Request) {
  const url = new URL(request.url);
  const now = clock.now();
  const parsed = helpRequestSchema(amsterdamDay(now)).safeParse(queryObject(url.searchParams));
  if (!parsed.success) throw redirect(`/hulp?${url.searchParams}`);
  const offer = url.searchParams.get("offer") ?? "";
  const result = findOptions(parsed.data, now);
  // A postcode that does not (or no longer) work goes back to the questions, which explain why.
  if (!result.ok) throw redirect(`/hulp?${url.searchParams}`);
  const option = result.options.find((o) => o.offerId === offer && o.eligible) ?? null;
  // Not an option but a question to the municipality: a consultant calls for a talk.
  return {
    query: parsed.data,
    offer,
    option,
    consultation: offer === CONSULTATION_OFFER,
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  // An account is needed to request: the login page brings the citizen back here.
  const user = requireUser(request, { role: "citizen" });
  const { query, option, consultation } = resolve(request);
  // Someone who said in the questions that they look for help for another starts with that choice.
  const person = helpPerson(new URL(request.url).searchParams.get("person"));
  const back = toSearchParams(query);
  if (person !== "self") back.set("person", person);
  // The time picked on the options page (?slot=), kept through logging in: chosen here if still free.
  const picked = new URL(request.url).searchParams.get("slot");
  const chosen = option?.slots.find((s) => String(s.slotId) === picked)?.slotId ?? null;
  return {
    chosenSlot: chosen,
    slotGone: picked !== null && option?.kind === "private_cleaner" && chosen === null,
    forOther: person !== "self",
    relation: relationOfUser(person),
    group: option?.kind === "powerful_ageing" ? (groupFactsOf([option.offerId])[option.offerId] ?? null) : null,
    option,
    consultation,
    online: onlinePaymentsEnabled(),
    optionsUrl: `/hulp/opties?${back}`,
    // Asked once: what the profile holds is filled in (the last person acted for, when for another).
    contact: contactPrefill(user),
    // Whom the profile has an address for: required in the form for anyone else (asked once).
    addressKnown: knownAddresses(user),
    // The postcode given in the questions: starts the address when none is known yet.
    askedPostcode: query.postcode,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "citizen" });
  const { query, offer, option, consultation } = resolve(request);
  // Every problem at once: a cleaner's missing time beside a missing name or consent.
  const formData = await readFormData(request);
  const submission = parseForm(
    formData,
    requestFormSchemaFor(option?.kind === "private_cleaner", addressKnownOf(user)),
  );
  if (submission.status !== "success") return data({ result: submission.reply(), refusal: null }, { status: 400 });
  const refuse = (refusal: Refusal) => data({ result: submission.reply(), refusal }, { status: 409 });
  // The address was sent folded, filled in for someone else than the one asked for now (the choice
  // changed): it is not theirs. Their known one is taken, else theirs is asked.
  const addressOf = formData.get("addressOf");
  const otherPersons =
    typeof addressOf === "string" && addressOf !== personToken(submission.value.forWhom, submission.value.actingName);
  if (otherPersons && !addressKnownOf(user)(requestedFor(submission.value)))
    return data(
      { result: submission.reply({ fieldErrors: { street: ["validation.contact.otherPerson"] } }), refusal: null },
      { status: 400 },
    );
  const contact = otherPersons ? null : contactOfForm(submission.value);
  // The address is where the help comes: its PC4 must exist and lie in the municipality asked.
  const municipality = municipalityOfPostcode(query.postcode);
  const problem = contact ? postcodeProblem(contact.postcode, municipality) : null;
  if (problem)
    return data({ result: submission.reply({ fieldErrors: { postcode: [problem] } }), refusal: null }, { status: 400 });
  // The profile's address is used: it too must lie where the help is asked (attack: a Groningen
  // address saved at /mijn/gegevens reached a Woerden cleaner's agenda).
  const knownProblem = contact ? null : knownAddressProblem(user, requestedFor(submission.value), municipality);
  if (knownProblem)
    return data({ result: submission.reply({ formErrors: [knownProblem] }), refusal: null }, { status: 400 });
  const actingFor =
    submission.value.forWhom === "other"
      ? { name: submission.value.actingName ?? "", relation: submission.value.actingRelation ?? "", consent: true }
      : null;
  if (consultation) {
    const asked = requestConsultation(user, { query, actingFor, contact });
    if (!asked.ok) return refuse(asked.error === "not_participating" ? "taken" : asked.error);
    return redirect(`/mijn/aanvragen/${asked.id}?melding=created`);
  }
  if (!option) return refuse("taken");
  const result = createRequest(user, {
    offerId: offer,
    slotId: submission.value.slotId,
    query,
    actingFor,
    contact,
    noteForProvider: submission.value.noteForProvider,
  });
  if (!result.ok) return refuse(isFairShareRefusal(result.error) ? result.error : "taken");
  return redirect(`/mijn/aanvragen/${result.id}?melding=created`);
}

/** Why a request was not made: the capacity went, or the account's fair share (app/domain/fair-share). */
type Refusal = "taken" | FairShareRefusal;

const REFUSAL_TEXT = {
  taken: "apply.request.taken",
  already_requested: "apply.request.already",
  too_many_people: "apply.request.tooManyPeople",
  too_many_holds: "apply.request.tooManyHolds",
} as const satisfies Record<Refusal, MessageKey>;

/** The refusal in Dutch (or English), with the way to the citizen's requests when those are the cause. */
function RefusalNotice({ refusal }: { refusal: Refusal }) {
  const t = useT();
  const text = t(REFUSAL_TEXT[refusal], { people: MAX_PEOPLE_PER_ACCOUNT, holds: MAX_LIVE_HOLDS_PER_ACCOUNT });
  return (
    <Announce>
      <Alert type={refusal === "taken" ? "warning" : "info"} role="alert">
        <Paragraph>
          {text}{" "}
          {refusal === "taken" ? null : (
            <Link to="/mijn" className="utrecht-link">
              {t("nav.citizen")}
            </Link>
          )}
        </Paragraph>
      </Alert>
    </Announce>
  );
}

export default function RequestOption() {
  const t = useT();
  const locale = useLocale();
  const {
    option: found,
    consultation,
    optionsUrl,
    online,
    forOther,
    relation,
    group,
    chosenSlot,
    slotGone,
    contact,
    addressKnown,
    askedPostcode,
  } = useLoaderData<typeof loader>();
  const option = found ?? (consultation ? { kind: "consultation", providerName: null, slots: [] } : null);
  const actionData = useActionData<typeof action>();
  const schema = requestFormSchemaFor(found?.kind === "private_cleaner", addressKnownFrom(addressKnown));
  // For a mother or father the relation is known from the first question: filled in, still editable.
  const [form, fields] = useZodForm("request", schema, actionData?.result, {
    forWhom: forOther ? "other" : "self",
    ...(relation ? { actingRelation: t(`apply.request.relation.${relation}`) } : {}),
    ...(chosenSlot === null ? {} : { slotId: String(chosenSlot) }),
    ...contactDefaults(forOther, contact, askedPostcode),
  });
  const back = (
    <Paragraph>
      <Link to={optionsUrl} className="utrecht-link hw-back">
        {t("apply.request.backToOptions")}
      </Link>
    </Paragraph>
  );
  if (!option) {
    return (
      <>
        {back}
        <Heading1>{t("apply.request.title")}</Heading1>
        <Alert type="warning" role="status">
          <Paragraph>{t("apply.request.gone")}</Paragraph>
        </Alert>
      </>
    );
  }
  const title = option.providerName ?? t(`ladder.${option.kind}` as MessageKey);
  const labels = {
    slotId: t("apply.request.chooseSlot"),
    forWhom: t("apply.request.forWhom"),
    actingName: t("apply.request.otherName"),
    actingRelation: t("apply.request.relation"),
    consent: t("apply.request.consent"),
    noteForProvider: t("apply.request.noteForProvider"),
    ...contactLabels(t),
  };
  return (
    <div className="hw-narrow">
      {back}
      <Heading1>{t("apply.request.title")}</Heading1>
      <Paragraph lead>{t("apply.request.intro", { title })}</Paragraph>
      <Paragraph>{t(`kind.${option.kind}` as MessageKey)}</Paragraph>
      {group && found?.earliestStart ? (
        // Which of a practice's groups this is: its start, when and where it trains (as on the options).
        <Paragraph>
          {t("apply.request.group", {
            date: formatDay(found.earliestStart, locale),
            sessions: sessionsText(group.sessions, t, locale),
            address: group.address,
          })}
        </Paragraph>
      ) : null}
      {actionData?.refusal ? <RefusalNotice refusal={actionData.refusal} /> : null}
      {slotGone ? (
        <Alert type="warning" role="status">
          <Paragraph>{t("apply.request.slotGone")}</Paragraph>
        </Alert>
      ) : null}
      {/* Each field by name: conform's `fields` is a proxy with no keys of its own, so passed whole
          the summary listed none of them and only said something was wrong. */}
      <ErrorSummary
        form={form}
        fields={{
          slotId: fields.slotId,
          forWhom: fields.forWhom,
          actingName: fields.actingName,
          actingRelation: fields.actingRelation,
          consent: fields.consent,
          street: fields.street,
          houseNumber: fields.houseNumber,
          postcode: fields.postcode,
          place: fields.place,
          phone: fields.phone,
          preferredContact: fields.preferredContact,
          noteForProvider: fields.noteForProvider,
        }}
        labels={labels}
      />
      <Form method="post" {...getFormProps(form)}>
        {option.kind === "private_cleaner" ? (
          <>
            <ChoiceGroup
              field={fields.slotId}
              legend={labels.slotId}
              options={option.slots.map((s) => ({
                value: String(s.slotId),
                label: slotText(s, t, locale),
                hint: slotSubsidyText(s, t, locale),
              }))}
            />
            <Paragraph>
              {t("apply.request.holdInfo")} {t("pay.after")}
            </Paragraph>
            {online ? null : (
              <Paragraph className="hw-note">
                <strong>{t("pay.directMode")}</strong>
              </Paragraph>
            )}
          </>
        ) : null}
        <ChoiceGroup
          field={fields.forWhom}
          legend={labels.forWhom}
          options={[
            { value: "self", label: t("apply.request.self") },
            { value: "other", label: t("apply.request.other") },
          ]}
        />
        <fieldset className="utrecht-form-fieldset hw-field hw-subgroup">
          <legend className="utrecht-form-fieldset__legend">{t("apply.request.onlyForOther")}</legend>
          <TextField field={fields.actingName} label={labels.actingName} required={false} autoComplete="off" />
          <TextField field={fields.actingRelation} label={labels.actingRelation} required={false} autoComplete="off" />
          <ChoiceGroup
            field={fields.consent}
            legend={t("apply.request.consentLegend")}
            multiple
            required={false}
            options={[{ value: "on", label: labels.consent }]}
          />
        </fieldset>
        <ContactFields
          fields={fields}
          legend={t(forOther ? "contact.legendOther" : "contact.legend")}
          own={!forOther}
          known={forOther ? contact.other : contact.own}
          knownFor={personToken(forOther ? "other" : "self", contact.other?.forName)}
          knownName={forOther ? contact.other?.forName : undefined}
          chosenFor={personToken(
            fields.forWhom.value,
            typeof fields.actingName.value === "string" ? fields.actingName.value : undefined,
          )}
        />
        {option.kind === "private_cleaner" ? <NoteForProviderField field={fields.noteForProvider} /> : null}
        <SubmitButton label={option.kind === "private_cleaner" ? "apply.request.submitBook" : "apply.request.submit"} />
      </Form>
    </div>
  );
}
