// Form building blocks on NL Design System primitives: label, hint and error tied to the input
// by id, an error summary linking to each field, and a submit button that shows progress.
import { type SubmissionResult, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { useNavigation } from "@remix-run/react";
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
  Select,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import { type ReactNode, useEffect, useRef } from "react";
import type { z } from "zod";
import { type MessageKey, translateError, useLocale, useT } from "~/i18n";

/**
 * One zod schema validates in the browser (when JavaScript runs) and on the server (always):
 * errors show after a submit and clear as the user types.
 */
export function useZodForm<Schema extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(
  id: string,
  schema: Schema,
  lastResult: SubmissionResult<string[]> | null | undefined,
  defaultValue?: Record<string, string>,
) {
  // Conform keeps a form's errors (the server's or its own) until it hears of another result. When a
  // post has come back and this form has no refusal in it (it succeeded, or another form was sent),
  // its old errors are stale: clear them, keeping what is typed.
  const navigation = useNavigation();
  const posting = useRef(false);
  const cleared = useRef<SubmissionResult<string[]> | undefined>(undefined);
  if (navigation.state !== "idle" && navigation.formMethod && navigation.formMethod.toUpperCase() !== "GET") {
    posting.current = true;
  } else if (navigation.state === "idle" && posting.current) {
    posting.current = false;
    cleared.current = lastResult ? undefined : { error: {} };
  }
  return useForm<z.input<Schema>, z.output<Schema>, string[]>({
    id,
    lastResult: lastResult ?? cleared.current,
    defaultValue: defaultValue as never,
    constraint: getZodConstraint(schema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
}

/** The part of conform's field metadata these components use. */
export type Field = {
  id: string;
  name: string;
  key?: string | undefined;
  errors?: string[] | undefined;
  initialValue?: unknown;
  descriptionId: string;
  errorId: string;
};

function initialText(field: Field): string | undefined {
  return typeof field.initialValue === "string" ? field.initialValue : undefined;
}

function describedBy(...ids: (string | false | undefined)[]) {
  return ids.filter(Boolean).join(" ") || undefined;
}

function Label({ field, label, required }: { field: Field; label: ReactNode; required?: boolean }) {
  const t = useT();
  return (
    <div className="utrecht-form-field__label">
      <FormLabel htmlFor={field.id}>
        {label}
        {required ? <span className="hw-required"> {t("form.required")}</span> : null}
      </FormLabel>
    </div>
  );
}

function FieldMessages({ field, description }: { field: Field; description?: ReactNode }) {
  const locale = useLocale();
  const error = field.errors?.[0];
  return (
    <>
      {description ? (
        <FormFieldDescription id={field.descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={field.errorId} className="utrecht-form-field__error-message">
          {translateError(locale, error)}
        </FormFieldErrorMessage>
      ) : null}
    </>
  );
}

export function TextField({
  field,
  label,
  description,
  type = "text",
  autoComplete,
  required = true,
  step,
  inputMode,
  min,
}: {
  field: Field;
  label: ReactNode;
  description?: ReactNode;
  inputMode?: "decimal" | "numeric";
  /** The earliest day the browser's date picker offers (the schema checks it too). */
  min?: string;
  type?: "text" | "email" | "password" | "tel" | "number" | "date" | "time" | "month";
  autoComplete?: string;
  required?: boolean;
  step?: string;
}) {
  const invalid = Boolean(field.errors?.length);
  return (
    <FormField invalid={invalid} type="text" className="hw-field">
      <Label field={field} label={label} required={required} />
      <FieldMessages field={field} description={description} />
      <div className="utrecht-form-field__input">
        <Textbox
          key={field.key}
          id={field.id}
          name={field.name}
          type={type}
          defaultValue={type === "password" ? undefined : initialText(field)}
          autoComplete={autoComplete}
          step={step}
          inputMode={inputMode}
          min={min}
          invalid={invalid}
          aria-invalid={invalid || undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy(description !== undefined && field.descriptionId, invalid && field.errorId)}
        />
      </div>
    </FormField>
  );
}

/** Several lines of free text (a reason, a description), with its length limit for the browser. */
export function TextAreaField({
  field,
  label,
  description,
  maxLength,
  rows = 4,
  required = true,
}: {
  field: Field;
  label: ReactNode;
  description?: ReactNode;
  maxLength?: number;
  rows?: number;
  required?: boolean;
}) {
  const invalid = Boolean(field.errors?.length);
  return (
    <FormField invalid={invalid} type="text" className="hw-field">
      <Label field={field} label={label} required={required} />
      <FieldMessages field={field} description={description} />
      <div className="utrecht-form-field__input">
        <Textarea
          key={field.key}
          id={field.id}
          name={field.name}
          rows={rows}
          maxLength={maxLength}
          defaultValue={initialText(field)}
          invalid={invalid}
          aria-invalid={invalid || undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy(description !== undefined && field.descriptionId, invalid && field.errorId)}
        />
      </div>
    </FormField>
  );
}

export function SelectField({
  field,
  label,
  options,
  required = true,
  description,
}: {
  field: Field;
  label: ReactNode;
  options: { value: string; label: string }[];
  required?: boolean;
  description?: ReactNode;
}) {
  const invalid = Boolean(field.errors?.length);
  return (
    <FormField invalid={invalid} type="text" className="hw-field">
      <Label field={field} label={label} required={required} />
      <FieldMessages field={field} description={description} />
      <div className="utrecht-form-field__input">
        <Select
          key={field.key}
          id={field.id}
          name={field.name}
          defaultValue={initialText(field) ?? ""}
          invalid={invalid}
          aria-invalid={invalid || undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy(description !== undefined && field.descriptionId, invalid && field.errorId)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

/**
 * Lists every error at the top of the form, each linking to its field, and takes focus
 * after a failed submit so screen-reader and keyboard users land on it.
 */
export function ErrorSummary({
  form,
  fields,
  labels,
}: {
  form: { errorId: string; errors?: string[] | undefined; allErrors?: Record<string, string[] | undefined> };
  fields: Record<string, Field>;
  labels: Record<string, ReactNode>;
}) {
  const t = useT();
  const locale = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const fieldErrors = Object.entries(fields).flatMap(([name, field]) =>
    field.errors?.[0] ? [{ name, id: field.id, message: translateError(locale, field.errors[0]) }] : [],
  );
  const formErrors = (form.errors ?? []).map((message) => translateError(locale, message));
  // An error on a field this summary does not list (a hidden input, a post this page did not make)
  // is still said, in general terms: a refusal never comes back without a word.
  const listed = new Set(["", ...Object.values(fields).map((f) => f.name)]);
  if (Object.entries(form.allErrors ?? {}).some(([name, errors]) => !listed.has(name) && (errors?.length ?? 0) > 0)) {
    formErrors.push(t("form.otherErrors"));
  }
  const count = fieldErrors.length + formErrors.length;
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count]);
  if (count === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} id={form.errorId} className="hw-error-summary">
      <Alert type="error" role="alert">
        {fieldErrors.length > 0 ? <Paragraph>{t("form.errorSummary")}</Paragraph> : null}
        <ul>
          {formErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
          {fieldErrors.map((e) => (
            <li key={e.name}>
              <a href={`#${e.id}`} className="utrecht-link">
                {labels[e.name] ?? e.name}: {e.message}
              </a>
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}

/** A primary button that says it is busy while its form is being submitted. */
export function SubmitButton({ label, busyLabel }: { label: MessageKey; busyLabel?: MessageKey }) {
  const t = useT();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  return (
    <Button type="submit" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined}>
      {busy && busyLabel ? t(busyLabel) : t(label)}
    </Button>
  );
}

/** A group of checkboxes (several answers) or radio buttons (one), in a fieldset with a legend. */
export function ChoiceGroup({
  field,
  legend,
  options,
  multiple = false,
  required = true,
  form,
}: {
  field: Field;
  legend: ReactNode;
  /** A hint under an option's label (its input is described by it). */
  options: { value: string; label: string; hint?: string | null }[];
  multiple?: boolean;
  required?: boolean;
  /** The id of the form the inputs belong to, when that form stands elsewhere on the page. */
  form?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const error = field.errors?.[0];
  const initial = field.initialValue;
  const chosen = new Set(Array.isArray(initial) ? initial.map(String) : typeof initial === "string" ? [initial] : []);
  const Input = multiple ? Checkbox : RadioButton;
  return (
    <Fieldset
      key={field.key}
      id={field.id}
      invalid={Boolean(error)}
      aria-describedby={error ? field.errorId : undefined}
      className="hw-field hw-choice-group"
    >
      <FieldsetLegend>
        {legend}
        {required ? <span className="hw-required"> {t("form.required")}</span> : null}
      </FieldsetLegend>
      {error ? <FormFieldErrorMessage id={field.errorId}>{translateError(locale, error)}</FormFieldErrorMessage> : null}
      {options.map((o) => {
        const id = `${field.id}-${o.value}`;
        return (
          <div key={o.value} className="hw-choice">
            <Input
              id={id}
              name={field.name}
              value={o.value}
              form={form}
              defaultChecked={chosen.has(o.value)}
              invalid={Boolean(error)}
              aria-describedby={o.hint ? `${id}-hint` : undefined}
            />
            <FormLabel htmlFor={id} type={multiple ? "checkbox" : "radio"}>
              {o.label}
            </FormLabel>
            {o.hint ? (
              <p id={`${id}-hint`} className="utrecht-form-field-description hw-choice-hint">
                {o.hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </Fieldset>
  );
}

/**
 * A short alert at the top of one of many small forms on a page: one sentence that the marked
 * fields need a look, and the form's own errors (a refusal from the service) in full.
 */
export function FormErrorNotice({
  form,
  message,
}: {
  form: { errorId: string; errors?: string[] | undefined; allErrors?: Record<string, string[] | undefined> };
  message: MessageKey;
}) {
  const t = useT();
  const locale = useLocale();
  const any = Object.values(form.allErrors ?? {}).some((errors) => (errors?.length ?? 0) > 0);
  if (!any && (form.errors?.length ?? 0) === 0) return null;
  return (
    <Alert type="error" role="alert" id={form.errorId}>
      <Paragraph>{t(message)}</Paragraph>
      {(form.errors ?? []).map((error) => (
        <Paragraph key={error}>{translateError(locale, error)}</Paragraph>
      ))}
    </Alert>
  );
}

/** One checkbox for a yes or no (ticked sends "on"), with its label and what it means. */
export function CheckboxField({
  field,
  label,
  description,
}: {
  field: Field;
  label: ReactNode;
  description?: ReactNode;
}) {
  const invalid = Boolean(field.errors?.length);
  return (
    <FormField invalid={invalid} type="checkbox" className="hw-field">
      <div className="utrecht-form-field__input">
        <Checkbox
          key={field.key}
          id={field.id}
          name={field.name}
          defaultChecked={field.initialValue === "on"}
          invalid={invalid}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(description !== undefined && field.descriptionId, invalid && field.errorId)}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel htmlFor={field.id} type="checkbox">
          {label}
        </FormLabel>
      </div>
      <FieldMessages field={field} description={description} />
    </FormField>
  );
}
