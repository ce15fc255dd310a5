// A cleaner's confirmation pages (one visit called off, ADR 033; a whole booking stopped, ADR 041):
// the required reason as radio buttons with its Dutch message, and the button; a plain form, so
// it works without JavaScript. And the page's answer when there is nothing (left) to confirm.
import { Form, Link } from "@remix-run/react";
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  FormLabel,
  Heading1,
  Paragraph,
  RadioButton,
} from "@utrecht/component-library-react";

export function ReasonForm({
  testId,
  legend,
  reasons,
  error,
  submit,
}: {
  testId: string;
  legend: string;
  /** Each reason's value and label, in the order shown. */
  reasons: readonly { value: string; label: string }[];
  /** The message when no (known) reason was chosen. */
  error: string | null;
  submit: string;
}) {
  return (
    <Form method="post" noValidate data-testid={testId}>
      <Fieldset invalid={error !== null} aria-describedby={error ? "reason-error" : undefined}>
        <FieldsetLegend>{legend}</FieldsetLegend>
        {error ? <FormFieldErrorMessage id="reason-error">{error}</FormFieldErrorMessage> : null}
        {reasons.map((r) => (
          <div key={r.value} className="hw-choice">
            {/* No `required`: a required radio matches :invalid before anything is chosen, and the
                Utrecht styles then draw every circle red (outside walk); the server says what is missing. */}
            <RadioButton id={`reason-${r.value}`} name="reason" value={r.value} />
            <FormLabel htmlFor={`reason-${r.value}`} type="radio">
              {r.label}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
      <Button type="submit" appearance="primary-action-button">
        {submit}
      </Button>
    </Form>
  );
}

/** The way back to the agenda, under the form and under the "nothing to confirm" answer. */
export function BackToAgenda({ label }: { label: string }) {
  return (
    <Paragraph>
      <Link to="/aanbieder/agenda" className="utrecht-link hw-tap">
        {label}
      </Link>
    </Paragraph>
  );
}

/** Nothing (left) to confirm: begun, done already, or not hers. */
export function NothingToConfirm({ title, message, back }: { title: string; message: string; back: string }) {
  return (
    <>
      <Heading1>{title}</Heading1>
      <Alert type="error" role="alert">
        <Paragraph>{message}</Paragraph>
      </Alert>
      <BackToAgenda label={back} />
    </>
  );
}
