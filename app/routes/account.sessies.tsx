import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireSession } from "~/auth/auth.server";
import { thisDevice } from "~/auth/known-device.server";
import { Announce } from "~/components/Announce";
import { DataTable } from "~/components/DataTable";
import { formatDateTime, useLocale, useT } from "~/i18n";
import { endOtherSessions, listOwnSessions } from "~/services/accounts/sessions.server";
import { invariantResponse, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("sessions.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { session, user } = requireSession(request);
  const url = new URL(request.url);
  return {
    sessions: listOwnSessions(user, session.id),
    confirming: url.searchParams.get("bevestigen") === "overal",
    ended: url.searchParams.get("melding") === "uitgelogd",
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { session, user } = requireSession(request);
  const form = await readFormData(request);
  // One thing to do here; anything else is a Dutch 400, not a silent success.
  invariantResponse(form.get("intent") === "end-others", "unknown_intent");
  endOtherSessions(user, session.id, thisDevice(request));
  return redirect("/account/sessies?melding=uitgelogd");
}

export default function SessionsPage() {
  const t = useT();
  const locale = useLocale();
  const { sessions, confirming, ended } = useLoaderData<typeof loader>();
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <Heading1>{t("sessions.title")}</Heading1>
      <Paragraph>{t("sessions.intro")}</Paragraph>
      <Paragraph>
        <Link to="/account/wachtwoord" className="utrecht-link hw-account-link">
          {t("password.link")}
        </Link>
      </Paragraph>
      <Paragraph>
        <Link to="/account/tweestaps" className="utrecht-link hw-account-link">
          {t("twoStep.link")}
        </Link>
      </Paragraph>
      {ended ? (
        <Announce>
          <Alert type="ok" role="status">
            <Paragraph>{t("sessions.ended")}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      <DataTable
        rows={sessions}
        rowKey={(s) => s.key}
        columns={[
          {
            header: t("sessions.col.device"),
            cell: (s) => (
              <>
                {s.device ?? t("sessions.unknownDevice")}
                {s.current ? <strong className="hw-session-current">{` (${t("sessions.current")})`}</strong> : null}
              </>
            ),
          },
          { header: t("sessions.col.started"), cell: (s) => formatDateTime(s.startedAt, locale) },
          { header: t("sessions.col.lastSeen"), cell: (s) => formatDateTime(s.lastSeenAt, locale) },
        ]}
      />
      <section aria-labelledby="sessions-end-title" className="hw-narrow">
        <Heading2 id="sessions-end-title">{t("sessions.end.title")}</Heading2>
        {others === 0 ? (
          <Paragraph>{t("sessions.end.none")}</Paragraph>
        ) : confirming ? (
          <Announce>
            <Alert type="warning">
              <Paragraph>{t("sessions.end.confirm", { count: others })}</Paragraph>
              <Form method="post">
                <input type="hidden" name="intent" value="end-others" />
                <Button type="submit" appearance="primary-action-button">
                  {t("sessions.end.yes")}
                </Button>{" "}
                <Link to="/account/sessies" className="utrecht-link">
                  {t("sessions.end.cancel")}
                </Link>
              </Form>
            </Alert>
          </Announce>
        ) : (
          <>
            <Paragraph>{t("sessions.end.text")}</Paragraph>
            <Form method="get">
              <input type="hidden" name="bevestigen" value="overal" />
              <Button type="submit" appearance="secondary-action-button">
                {t("sessions.end.submit")}
              </Button>
            </Form>
          </>
        )}
      </section>
    </>
  );
}
