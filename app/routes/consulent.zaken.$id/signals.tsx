// The signals providers raised about the person: acknowledge, note a follow-up, or close.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, Heading3, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { FormErrorNotice, TextAreaField, useZodForm } from "~/components/forms";
import { formatDateTime, useLocale, useT } from "~/i18n";
import { signalActionSchema } from "~/schemas/case/signal";
import type { CaseDetail, SignalView } from "~/services/cases/case-detail.server";
import { signalFormId, useFormResult } from "./forms";

/** Whether the signal's form is on the page (a refusal for it shows there, else at the top). */
export function signalFormShown(d: CaseDetail, formId: string): boolean {
  return d.signals.some((s) => s.status !== "closed" && signalFormId(s.id) === formId);
}

export function Signals({ d }: { d: CaseDetail }) {
  const t = useT();
  if (d.signals.length === 0) return <Paragraph>{t("sig.none")}</Paragraph>;
  return (
    <>
      {d.signals.map((s) => (
        <SignalBox key={s.id} s={s} />
      ))}
    </>
  );
}

function SignalBox({ s }: { s: SignalView }) {
  const t = useT();
  const locale = useLocale();
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
            <UnorderedListItem key={n.id}>
              {formatDateTime(n.at, locale)} ({n.by ?? "–"}): {n.note}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {s.closeNote ? <Paragraph>{t("sig.closedNote", { note: s.closeNote })}</Paragraph> : null}
      {s.status === "closed" ? null : (
        <div className="hw-decide">
          {s.status === "open" ? <AcknowledgeForm s={s} title={title} /> : null}
          <NoteForm s={s} title={title} />
        </div>
      )}
    </article>
  );
}

function AcknowledgeForm({ s, title }: { s: SignalView; title: string }) {
  const t = useT();
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="signal" />
      <input type="hidden" name="signalId" value={s.id} />
      <input type="hidden" name="action" value="acknowledge" />
      <Button type="submit" appearance="primary-action-button">
        {t("sig.acknowledge")}
        <span className="visually-hidden"> – {title}</span>
      </Button>
    </Form>
  );
}

/** A note, added as a follow-up or closing the signal: the button pressed says which. */
function NoteForm({ s, title }: { s: SignalView; title: string }) {
  const t = useT();
  const id = signalFormId(s.id);
  const [form, fields] = useZodForm(id, signalActionSchema, useFormResult(id));
  const context = <span className="visually-hidden"> – {title}</span>;
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="signal" />
      <input type="hidden" name="signalId" value={s.id} />
      <FormErrorNotice form={form} message="case.fixErrors" />
      <TextAreaField
        field={fields.note}
        label={
          <>
            {t("sig.note")} / {t("sig.closeNote").toLowerCase()}
            {context}
          </>
        }
        rows={3}
        required={false}
      />
      <div className="hw-row-actions">
        <Button type="submit" name="action" value="note" appearance="secondary-action-button">
          {t("sig.addNote")}
          {context}
        </Button>
        <Button type="submit" name="action" value="close" appearance="primary-action-button">
          {t("sig.close")}
          {context}
        </Button>
      </div>
    </Form>
  );
}
