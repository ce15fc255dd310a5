// The small forms beside each visit and payment: one form each, so each has its own id.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { useZodForm } from "~/components/forms";
import { cancelVisitSchema, paySchema, visitDoneSchema } from "~/schemas/request-page";

/** The citizen says this visit took place. */
export function VisitDoneForm({ slotId, children }: { slotId: number; children: ReactNode }) {
  const [form] = useZodForm(`visit-done-${slotId}`, visitDoneSchema, undefined);
  return (
    <Form method="post" className="hw-inline-action" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="visit-done" />
      <input type="hidden" name="slotId" value={slotId} />
      <Button type="submit" appearance="secondary-action-button">
        {children}
      </Button>
    </Form>
  );
}

/** Cancels this visit at the price shown (`quoted` cents). */
export function CancelVisitForm({
  slotId,
  quoted,
  appearance,
  className,
  children,
}: {
  slotId: number;
  quoted: number;
  appearance: "primary-action-button" | "subtle-button";
  className?: string;
  children: ReactNode;
}) {
  const [form] = useZodForm(`cancel-visit-${slotId}`, cancelVisitSchema, undefined);
  return (
    <Form method="post" className={className} {...getFormProps(form)}>
      <input type="hidden" name="intent" value="cancel-visit" />
      <input type="hidden" name="slotId" value={slotId} />
      <input type="hidden" name="quoted" value={quoted} />
      <Button type="submit" appearance={appearance}>
        {children}
      </Button>
    </Form>
  );
}

/** Pays this payment online (the amount is the server's). */
export function PayForm({ paymentId, children }: { paymentId: number; children: ReactNode }) {
  const [form] = useZodForm(`pay-${paymentId}`, paySchema, undefined);
  return (
    <Form method="post" className="hw-inline-action" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="pay" />
      <input type="hidden" name="paymentId" value={paymentId} />
      <Button type="submit" appearance="primary-action-button">
        {children}
      </Button>
    </Form>
  );
}
