import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "~/auth/auth.server";
import { Facts } from "~/components/Facts";
import { useT } from "~/i18n";
import { getProviderWithArea } from "~/services/providers.server";
import { forbidden } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("provider.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "provider_staff" });
  // Scoped by the session's provider, never by an id from the URL.
  const provider = user.providerId ? getProviderWithArea(user.providerId) : null;
  if (!provider) throw forbidden();
  return { name: user.name, provider };
}

export default function ProviderHome() {
  const t = useT();
  const { name, provider } = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{t("provider.title")}</Heading1>
      <Paragraph lead>{t("provider.welcome", { name, provider: provider.name })}</Paragraph>
      <section aria-labelledby="details-title">
        <Heading2 id="details-title">{t("provider.details")}</Heading2>
        <Facts
          items={[
            [t("provider.kind"), t(`providerKind.${provider.kind}`)],
            [t("provider.kvk"), provider.kvkNumber],
            [t("provider.status"), t(`vetting.${provider.vettingStatus}`)],
            [t("provider.serves"), provider.serves.map((m) => m.name).join(", ")],
            [t("provider.contact"), `${provider.contactName}, ${provider.contactEmail}`],
          ]}
        />
      </section>
    </>
  );
}
