import { getFormProps } from "@conform-to/react";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Heading1, Paragraph, PreHeading } from "@utrecht/component-library-react";
import { z } from "zod";
import { clock } from "~/clock.server";
import { ChoiceGroup, ErrorSummary, type Field, SubmitButton, TextField, useZodForm } from "~/components/forms";
import { personWording } from "~/components/help-words";
import { isValidDay } from "~/domain/time";
import { type MessageKey, useT } from "~/i18n";
import { HELP_PEOPLE, helpPerson } from "~/schemas/help-person";
import { helpRequestSchema } from "~/schemas/help-request";
import { lookUpPostcode } from "~/services/matching.server";
import { parseForm } from "~/utils/forms.server";
import { notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

// Each step its own title ("Stap 3 van 9: Hulp zoeken"), so a screen reader and the tab say where one is.
export const meta = titleMeta("help.start", (data) => {
  const step = data as { index?: unknown; total?: unknown } | undefined;
  return typeof step?.index === "number" && typeof step.total === "number"
    ? { key: "help.progress", params: { step: step.index + 1, total: step.total } }
    : null;
});

// One topic per step; the answers travel along in the URL, so going back keeps them.
const STEPS = [
  { slug: "voor-wie", fields: ["person"] },
  { slug: "postcode", fields: ["postcode"] },
  { slug: "leeftijd", fields: ["birthYear"] },
  { slug: "huishouden", fields: ["household", "partnerUnderAow"] },
  { slug: "hulp", fields: ["needs"] },
  { slug: "bewegen", fields: ["mobility"] },
  { slug: "omgeving", fields: ["network"] },
  { slug: "inkomen", fields: ["income"] },
  { slug: "start", fields: ["start"] },
] as const;
type Step = (typeof STEPS)[number];
type FieldName = Step["fields"][number];
const ALL_FIELDS: FieldName[] = STEPS.flatMap((s) => [...s.fields]);

// Income bands; each stands for its lower bound, so we never overstate what someone can pay.
const INCOME_BANDS = [
  { value: "0", label: "help.income.below1500" },
  { value: "1500", label: "help.income.from1500" },
  { value: "2000", label: "help.income.from2000" },
  { value: "2500", label: "help.income.from2500" },
  { value: "3000", label: "help.income.from3000" },
  { value: "3500", label: "help.income.from3500" },
] as const;

/** The wizard's own questions beside the help request: for whom, and a start it can really keep. */
function wizardSchema(today: string) {
  const lastStart = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  return z.object({
    person: z.enum(HELP_PEOPLE, { error: "validation.help.person" }),
    // The API takes a past start as today; a person typing one has made a mistake, so say so.
    start: z
      .string({ error: "validation.help.startEmpty" })
      .refine(isValidDay, { error: "validation.help.start" })
      .refine((d) => d >= today, { error: "validation.help.startPast" })
      .refine((d) => d <= lastStart, { error: "validation.help.startTooLate" }),
  });
}

function stepSchema(step: Step, today: string) {
  if (step.slug === "voor-wie") return wizardSchema(today).pick({ person: true });
  if (step.slug === "start") return wizardSchema(today).pick({ start: true });
  const mask = Object.fromEntries(step.fields.map((f) => [f, true])) as Partial<
    Record<Exclude<FieldName, "person">, true>
  >;
  return helpRequestSchema(today).pick(mask);
}

function stepIndex(slug: string | undefined): number {
  const index = STEPS.findIndex((s) => s.slug === (slug ?? "voor-wie"));
  if (index < 0) throw notFound();
  return index;
}

function pathOf(index: number, answers: URLSearchParams): string {
  const step = STEPS[index];
  const path = !step || step.slug === "voor-wie" ? "/hulp" : `/hulp/${step.slug}`;
  const query = answers.toString();
  return query ? `${path}?${query}` : path;
}

/** Only the answers we ask for, from any source (URL or form). */
function answersFrom(source: URLSearchParams | FormData): URLSearchParams {
  const out = new URLSearchParams();
  for (const field of ALL_FIELDS) {
    const values = source.getAll(field).filter((v): v is string => typeof v === "string");
    if (values.length > 0) out.set(field, values.join(","));
  }
  return out;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const index = stepIndex(params.stap);
  const answers = answersFrom(new URL(request.url).searchParams);
  const today = clock.today();
  // Nobody skips ahead: the first earlier step without a valid answer comes first.
  for (let i = 0; i < index; i++) {
    const step = STEPS[i] as Step;
    // Links from before the first question existed carry no `person`: they are for the user.
    if (step.slug === "voor-wie" && !answers.has("person")) continue;
    if (!stepSchema(step, today).safeParse(Object.fromEntries(answers)).success) throw redirect(pathOf(i, answers));
  }
  return {
    index,
    total: STEPS.length,
    slug: STEPS[index]?.slug ?? "voor-wie",
    answers: Object.fromEntries(answers),
    today,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const index = stepIndex(params.stap);
  const step = STEPS[index] as Step;
  const form = await readFormData(request);
  const answers = answersFrom(form);
  // A question left empty (no box ticked) is answered with nothing, not the old answer.
  for (const field of step.fields) if (!form.has(field)) answers.delete(field);
  if (answers.get("household") === "single") answers.delete("partnerUnderAow");
  const today = clock.today();
  const submission = parseForm(answers, stepSchema(step, today));
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });

  if (step.slug === "postcode") {
    const postcode = String((submission.value as { postcode?: unknown }).postcode);
    answers.set("postcode", postcode);
    const lookup = lookUpPostcode(postcode);
    if (!lookup.ok && lookup.reason === "unknown_postcode") {
      return data(
        { result: submission.reply({ fieldErrors: { postcode: ["validation.help.postcodeUnknown"] } }) },
        { status: 400 },
      );
    }
    // Not an input mistake: a page that explains, and says where to go instead.
    if (!lookup.ok) return redirect(`/hulp/elders?${answers}`);
  }
  const next = index + 1;
  if (next >= STEPS.length) return redirect(`/hulp/opties?${answers}`);
  return redirect(pathOf(next, answers));
}

// Each question as the user asks it for themself, and as they ask it for someone else.
const TITLES: Record<Step["slug"], [MessageKey, MessageKey]> = {
  "voor-wie": ["help.person.title", "help.person.title"],
  postcode: ["help.postcode.title", "help.postcode.titleOther"],
  leeftijd: ["help.age.title", "help.age.titleOther"],
  huishouden: ["help.household.title", "help.household.titleOther"],
  hulp: ["help.needs.title", "help.needs.titleOther"],
  bewegen: ["help.mobility.title", "help.mobility.titleOther"],
  omgeving: ["help.network.title", "help.network.titleOther"],
  inkomen: ["help.income.title", "help.income.titleOther"],
  start: ["help.start.title", "help.start.titleOther"],
};

/** The band a given income falls in (a shared link may carry any amount). */
function bandOf(income: string | undefined): string {
  if (income === undefined || income === "") return "";
  const amount = Number(income);
  return [...INCOME_BANDS].reverse().find((b) => amount >= Number(b.value))?.value ?? "0";
}

export default function HelpStep() {
  const { slug } = useLoaderData<typeof loader>();
  // One form per step: moving between steps in the browser must not carry a form's state along.
  return <StepForm key={slug} />;
}

function StepForm() {
  const t = useT();
  const { index, total, slug, answers, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const step = STEPS[index] as Step;
  const defaults: Record<string, string | string[]> = {
    ...answers,
    needs: answers.needs?.split(",") ?? [],
    mobility: answers.mobility?.split(",") ?? [],
    income: bandOf(answers.income),
    start: answers.start ?? today,
  };
  const [form, fields] = useZodForm(`help-${slug}`, stepSchema(step, today), actionData?.result, defaults as never);
  const f = fields as unknown as Record<FieldName, Field>;
  const w = personWording(helpPerson(answers.person), t);
  const hidden = Object.entries(answers).filter(([k]) => !(step.fields as readonly string[]).includes(k));
  const labels: Record<string, string> = {
    person: t("help.person.label"),
    postcode: t("help.postcode.label"),
    birthYear: t("help.age.label"),
    household: w("help.household.label", "help.household.labelOther"),
    partnerUnderAow: w("help.household.partner", "help.household.partnerOther"),
    needs: w("help.needs.label", "help.needs.labelOther"),
    mobility: w("help.mobility.label", "help.mobility.labelOther"),
    network: t("help.network.label"),
    income: t("help.income.label"),
    start: t("help.start.label"),
  };
  const previous = new URLSearchParams(answers);
  return (
    <div className="hw-narrow hw-steps">
      {index > 0 ? (
        <Paragraph>
          <Link to={pathOf(index - 1, previous)} className="utrecht-link hw-back">
            {t("help.back")}
          </Link>
        </Paragraph>
      ) : null}
      <PreHeading>{t("help.progress", { step: index + 1, total })}</PreHeading>
      <progress className="hw-progress" max={total} value={index + 1} aria-hidden="true" />
      <Heading1>{w(...TITLES[step.slug])}</Heading1>
      <ErrorSummary form={form} fields={Object.fromEntries(step.fields.map((n) => [n, f[n]]))} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {step.slug === "voor-wie" ? (
          <>
            <Paragraph>{t("help.person.intro")}</Paragraph>
            <ChoiceGroup
              field={f.person}
              legend={labels.person}
              options={HELP_PEOPLE.map((p) => ({ value: p, label: t(`help.person.${p}`) }))}
            />
          </>
        ) : null}
        {step.slug === "postcode" ? (
          <>
            <Paragraph>{w("help.postcode.intro", "help.postcode.introOther")}</Paragraph>
            <TextField
              field={f.postcode}
              label={labels.postcode}
              description={t("help.postcode.hint")}
              autoComplete="postal-code"
            />
          </>
        ) : null}
        {step.slug === "leeftijd" ? (
          <>
            <Paragraph>{t("help.age.intro")}</Paragraph>
            <TextField
              field={f.birthYear}
              label={labels.birthYear}
              description={t("help.age.hint")}
              inputMode="numeric"
            />
          </>
        ) : null}
        {step.slug === "huishouden" ? (
          <>
            <ChoiceGroup
              field={f.household}
              legend={labels.household}
              options={[
                { value: "single", label: w("help.household.single", "help.household.singleOther") },
                { value: "couple", label: w("help.household.couple", "help.household.coupleOther") },
              ]}
            />
            <ChoiceGroup
              field={f.partnerUnderAow}
              legend={labels.partnerUnderAow}
              required={false}
              options={[
                { value: "true", label: w("help.household.partnerYes", "help.household.partnerYesOther") },
                { value: "false", label: t("help.household.partnerNo") },
              ]}
            />
          </>
        ) : null}
        {step.slug === "hulp" ? (
          <ChoiceGroup
            field={f.needs}
            legend={labels.needs}
            multiple
            options={(["cleaning", "laundry", "heavy_cleaning"] as const).map((n) => ({
              value: n,
              label: t(`help.needs.${n}`),
            }))}
          />
        ) : null}
        {step.slug === "bewegen" ? (
          <>
            <Paragraph>{w("help.mobility.intro", "help.mobility.introOther")}</Paragraph>
            <ChoiceGroup
              field={f.mobility}
              legend={labels.mobility}
              multiple
              required={false}
              options={(["stairs", "chair_rise"] as const).map((m) => ({ value: m, label: t(`help.mobility.${m}`) }))}
            />
          </>
        ) : null}
        {step.slug === "omgeving" ? (
          <>
            <Paragraph>{w("help.network.intro", "help.network.introOther")}</Paragraph>
            <ChoiceGroup
              field={f.network}
              legend={labels.network}
              options={(["can_provide", "some", "none"] as const).map((n) => ({
                value: n,
                label: w(`help.network.${n}`, `help.network.${n}Other`),
              }))}
            />
          </>
        ) : null}
        {step.slug === "inkomen" ? (
          <>
            <Paragraph>{w("help.income.intro", "help.income.introOther")}</Paragraph>
            <ChoiceGroup
              field={f.income}
              legend={labels.income}
              required={false}
              options={[
                { value: "", label: t("help.income.unknown") },
                ...INCOME_BANDS.map((b) => ({ value: b.value, label: t(b.label) })),
              ]}
            />
          </>
        ) : null}
        {step.slug === "start" ? (
          <TextField field={f.start} label={labels.start} type="date" min={today} description={t("help.start.hint")} />
        ) : null}
        <SubmitButton label={index === total - 1 ? "help.showOptions" : "help.next"} />
      </Form>
    </div>
  );
}
