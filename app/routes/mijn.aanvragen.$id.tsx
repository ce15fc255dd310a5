import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import {
  Alert,
  Button,
  Heading1,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { requireUser } from "~/auth/auth.server";
import { Facts } from "~/components/Facts";
import { formatDateTime, formatEuro, type MessageKey, useLocale, useT } from "~/i18n";
import { cancelRequest, confirmBooking, getRequest } from "~/services/requests.server";
import { notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("request.title");

function idOf(params: { id?: string }): number {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) throw notFound();
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "citizen" });
  // Scoped to the logged-in citizen: someone else's request does not exist here.
  const found = getRequest(user.id, idOf(params));
  if (!found) throw notFound();
  return found;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "citizen" });
  const id = idOf(params);
  const intent = (await readFormData(request)).get("intent");
  if (intent === "confirm") {
    const result = confirmBooking(user.id, id);
    if (!result.ok && result.error === "not_found") throw notFound();
    if (!result.ok) return redirect(`/mijn/aanvragen/${id}?melding=${result.error}`);
    return redirect(`/mijn/aanvragen/${id}?melding=confirmed&bezoeken=${result.visits}`);
  }
  if (intent === "cancel") {
    if (!cancelRequest(user.id, id)) {
      if (!getRequest(user.id, id)) throw notFound();
      return redirect(`/mijn/aanvragen/${id}`);
    }
    return redirect(`/mijn/aanvragen/${id}?melding=cancelled`);
  }
  throw notFound();
}

const CANCELLABLE = new Set([
  "held",
  "booked",
  "intake_requested",
  "enrolled",
  "mediation_requested",
  "matched",
  "submitted",
]);

export default function RequestPage() {
  const t = useT();
  const locale = useLocale();
  const { request, events, visits } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const notice = params.get("melding");
  const title = request.providerName ?? t(`ladder.${request.kind}` as MessageKey);
  return (
    <>
      <Paragraph>
        <Link to="/mijn" className="utrecht-link hw-back">
          {t("request.back")}
        </Link>
      </Paragraph>
      <Heading1>
        {t("request.title")}: {title}
      </Heading1>
      {notice === "confirmed" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("request.confirmed", { visits: params.get("bezoeken") ?? "" })}</Paragraph>
        </Alert>
      ) : null}
      {notice === "cancelled" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("request.cancelled")}</Paragraph>
        </Alert>
      ) : null}
      {notice === "created" ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("request.created")}</Paragraph>
        </Alert>
      ) : null}
      {notice === "hold_expired" || request.status === "expired" ? (
        <Alert type="warning" role="status">
          <Paragraph>{t("request.holdExpired")}</Paragraph>
        </Alert>
      ) : null}
      <Facts
        items={[
          [t("request.kind"), t(`ladder.${request.kind}` as MessageKey)],
          [t("request.status"), t(`status.${request.status}`)],
          [t("request.cost"), formatEuro(request.citizenCostPerMonthCents, locale)],
          ...(request.actingForName
            ? ([[t("request.for"), `${request.actingForName} (${request.actingRelation ?? ""})`]] as [string, string][])
            : []),
        ]}
      />
      {request.status === "held" && request.holdExpiresAt ? (
        <section aria-labelledby="confirm-title" className="hw-capacity-form">
          <Heading2 id="confirm-title">{t("request.confirm")}</Heading2>
          <Paragraph>{t("request.holdUntil", { time: formatDateTime(request.holdExpiresAt, locale) })}</Paragraph>
          <Form method="post">
            <input type="hidden" name="intent" value="confirm" />
            <Button type="submit" appearance="primary-action-button">
              {t("request.confirm")}
            </Button>
          </Form>
        </section>
      ) : null}
      {visits.length > 0 ? (
        <section aria-labelledby="visits-title">
          <Heading2 id="visits-title">{t("request.visits")}</Heading2>
          <UnorderedList>
            {visits.map((v) => (
              <UnorderedListItem key={v.id}>{formatDateTime(v.startsAt, locale)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ) : null}
      <section aria-labelledby="timeline-title">
        <Heading2 id="timeline-title">{t("request.timeline")}</Heading2>
        <OrderedList>
          {events.map((e) => (
            <OrderedListItem key={e.id}>
              {formatDateTime(e.at, locale)}: {t(`status.${e.status}`)}
            </OrderedListItem>
          ))}
        </OrderedList>
      </section>
      {CANCELLABLE.has(request.status) ? (
        <Form method="post" className="hw-no-print">
          <input type="hidden" name="intent" value="cancel" />
          <Paragraph>{t("request.cancelConfirm")}</Paragraph>
          <Button type="submit" appearance="secondary-action-button" hint="danger">
            {t("request.cancel")}
          </Button>
        </Form>
      ) : null}
    </>
  );
}
