// A postcode in a municipality that does not take part: not a mistake to correct, but a page that
// says so and shows the way on (the municipality's Wmo desk, Regelhulp.nl). The answers stay in the URL.
import { type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { clock } from "~/clock.server";
import { useT } from "~/i18n";
import { helpRequestSchema } from "~/schemas/help-request";
import { lookUpPostcode } from "~/services/matching.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("help.elsewhere.pageTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const answers = new URL(request.url).searchParams;
  const parsed = helpRequestSchema(clock.today())
    .pick({ postcode: true })
    .safeParse({ postcode: answers.get("postcode") ?? undefined });
  // Only a postcode of a municipality that does not take part belongs here; any other goes back to its question.
  if (!parsed.success) throw redirect(`/hulp/postcode?${answers}`);
  const lookup = lookUpPostcode(parsed.data.postcode);
  if (lookup.ok) throw redirect(`/hulp/leeftijd?${answers}`);
  if (lookup.reason === "unknown_postcode") throw redirect(`/hulp/postcode?${answers}`);
  return { municipality: lookup.municipality.name, back: `/hulp/postcode?${answers}` };
}

export default function Elsewhere() {
  const t = useT();
  const { municipality, back } = useLoaderData<typeof loader>();
  return (
    <div className="hw-narrow">
      <Heading1>{t("help.elsewhere.title", { municipality })}</Heading1>
      <Paragraph lead>{t("help.elsewhere.intro", { municipality })}</Paragraph>
      <Heading2>{t("help.elsewhere.howTitle")}</Heading2>
      <Paragraph>{t("help.elsewhere.desk", { municipality })}</Paragraph>
      <Paragraph>
        {t("help.elsewhere.regelhulp")}{" "}
        <a href="https://www.regelhulp.nl" className="utrecht-link" rel="noopener noreferrer">
          {t("help.elsewhereLink")}
        </a>
      </Paragraph>
      <Paragraph>
        <Link to={back} className="utrecht-link hw-back">
          {t("help.elsewhere.otherPostcode")}
        </Link>
      </Paragraph>
    </div>
  );
}
