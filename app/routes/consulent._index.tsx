import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { useT } from "~/i18n";
import { getMunicipality } from "~/services/municipalities.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("consultant.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireMunicipalityUser(request, "consultant");
  const municipality = getMunicipality(user.municipalityCode);
  return { name: user.name, municipality: municipality?.name ?? user.municipalityCode };
}

export default function ConsultantHome() {
  const t = useT();
  const { name, municipality } = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{t("consultant.title")}</Heading1>
      <Paragraph lead>{t("consultant.welcome", { name, municipality })}</Paragraph>
      <section aria-labelledby="inbox-title">
        <Heading2 id="inbox-title">{t("consultant.inbox.title")}</Heading2>
        <Paragraph>{t("consultant.inbox.empty")}</Paragraph>
      </section>
    </>
  );
}
