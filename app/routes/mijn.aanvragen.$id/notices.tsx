import { useSearchParams } from "@remix-run/react";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { Announce } from "~/components/Announce";
import { useT } from "~/i18n";
import type { RequestStatus } from "~db/enums";

// After a post the page comes back with ?melding=…: what happened, said once at the top.
// Cancelling has its own notice (cancel-notice.tsx): it names the dates and the fee. The payment
// method's notices stand in its own section (BillingNotice), where the page comes back to.
const NOTICES = [
  ["slot_changed", "ok", "request.slotChanged"],
  ["slot_gone", "warning", "request.slotGone"],
  ["complaint", "ok", "request.complaintFiled"],
  ["visit_done", "ok", "pay.visitDone"],
  ["paid", "ok", "pay.thanks"],
  ["payment_cancelled", "warning", "pay.cancelledAtStripe"],
  ["payment_failed", "warning", "pay.failed"],
  ["failed", "warning", "pay.notPossible"],
] as const;

export function Notices({ status, changedTo = null }: { status: RequestStatus; changedTo?: string | null }) {
  const t = useT();
  const [params] = useSearchParams();
  const notice = params.get("melding");
  return (
    <>
      {notice === "confirmed" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("request.confirmed")}</Paragraph>
        </Alert>
      ) : null}
      {/* A held time is not sent yet: the confirm section above says so, with the deadline. */}
      {notice === "created" && status !== "held" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("request.created")}</Paragraph>
        </Alert>
      ) : null}
      {notice === "hold_expired" || status === "expired" ? (
        <Alert type="warning" role="status">
          <Paragraph>{t("request.holdExpired")}</Paragraph>
        </Alert>
      ) : null}
      {NOTICES.map(([key, type, message]) =>
        notice === key ? (
          <Alert key={key} type={type} role="status">
            <Paragraph>{key === "slot_changed" && changedTo ? changedTo : t(message)}</Paragraph>
          </Alert>
        ) : null,
      )}
    </>
  );
}

/**
 * After saving the payment method (or a method refused): the page comes back at #betalen, so the
 * notice stands there and takes focus, like the other notices — at the top it was a screen away.
 */
export function BillingNotice() {
  const t = useT();
  const [params] = useSearchParams();
  const notice = params.get("melding");
  if (notice !== "method_set" && notice !== "method_failed") return null;
  return (
    <Announce key={params.toString()}>
      <Alert type={notice === "method_set" ? "ok" : "warning"} role="status">
        <Paragraph data-testid="billing-notice">
          {t(notice === "method_set" ? "pay.methodSet" : "pay.methodNotPossible")}
        </Paragraph>
      </Alert>
    </Announce>
  );
}
