import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { z } from "zod";
import { requireUser } from "~/auth/auth.server";
import { Announce } from "~/components/Announce";
import { NoticeList } from "~/components/NoticeList";
import { plural, useT } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import { markAllNoticesRead, noticePage } from "~/services/notifications/notices.server";
import { invariantResponse, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("notices.title");

const pageSchema = z.coerce.number().int().min(1).max(100_000);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const url = new URL(request.url);
  const raw = url.searchParams.get("pagina");
  const parsed = pageSchema.safeParse(raw ?? "1");
  invariantResponse(parsed.success, "bad_page");
  const page = parsed.data;
  return {
    page,
    ...noticePage(user, page, getLocale(request)),
    markedAll: url.searchParams.get("melding") === "gelezen",
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request);
  const form = await readFormData(request);
  invariantResponse(form.get("intent") === "all-read", "unknown_intent");
  markAllNoticesRead(user);
  return redirect("/meldingen?melding=gelezen");
}

export default function NoticesPage() {
  const t = useT();
  const { page, items, hasNext, unread, markedAll } = useLoaderData<typeof loader>();
  const pageLink = (p: number) => (p === 1 ? "/meldingen" : `/meldingen?pagina=${p}`);
  return (
    <>
      <Heading1>{t("notices.title")}</Heading1>
      <Paragraph>{t("notices.intro")}</Paragraph>
      <Paragraph>
        <Link to="/account/berichten" className="utrecht-link">
          {t("notices.preferencesLink")}
        </Link>
      </Paragraph>
      {markedAll ? (
        <Announce>
          <Alert type="ok" role="status">
            <Paragraph>{t("notices.markedAll")}</Paragraph>
          </Alert>
        </Announce>
      ) : null}
      {page === 1 && items.length === 0 ? (
        <Paragraph>{t("notices.empty")}</Paragraph>
      ) : (
        <>
          <div className="hw-notices__summary">
            <Paragraph>{unread > 0 ? plural(t, "notices.unreadCount", unread) : t("notices.allReadCount")}</Paragraph>
            {unread > 0 ? (
              <Form method="post">
                <input type="hidden" name="intent" value="all-read" />
                <Button type="submit" appearance="secondary-action-button">
                  {t("notices.markAll")}
                </Button>
              </Form>
            ) : null}
          </div>
          {items.length === 0 ? (
            <Paragraph>
              {t("notices.emptyPage")}{" "}
              <Link to="/meldingen" className="utrecht-link">
                {t("notices.firstPage")}
              </Link>
            </Paragraph>
          ) : (
            <NoticeList items={items} />
          )}
        </>
      )}
      {page > 1 || hasNext ? (
        <nav aria-label={t("notices.paging")} className="hw-pager">
          {page > 1 ? (
            <Link to={pageLink(page - 1)} className="utrecht-link" rel="prev">
              {t("notices.newer")}
            </Link>
          ) : null}
          <span>{t("notices.page", { page })}</span>
          {hasNext ? (
            <Link to={pageLink(page + 1)} className="utrecht-link" rel="next">
              {t("notices.older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
