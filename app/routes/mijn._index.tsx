import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "~/auth/auth.server";
import { useT } from "~/i18n";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("citizen.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "citizen" });
  return { name: user.name, email: user.email };
}

export default function CitizenHome() {
  const t = useT();
  const { name, email } = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{t("citizen.title")}</Heading1>
      <Paragraph lead>{t("citizen.welcome", { name })}</Paragraph>
      <Paragraph>{t("citizen.loggedIn", { email })}</Paragraph>
      <section aria-labelledby="requests-title">
        <Heading2 id="requests-title">{t("citizen.requests.title")}</Heading2>
        <Paragraph>{t("citizen.requests.empty")}</Paragraph>
      </section>
    </>
  );
}
