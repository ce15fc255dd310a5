// An admin has a staff member's second factor set up again (a lost phone, ADR 025): asked first,
// as it cannot be undone; only for staff the admin may also deactivate.
import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireMunicipalityUser } from "~/auth/auth.server";
import { Announce } from "~/components/Announce";
import { pathId } from "~/domain/path-id";
import { useT } from "~/i18n";
import { resetStaffSecondFactor, staffToReset } from "~/services/accounts/second-factor.server";
import { notFound, readFormData } from "~/utils/http.server";
import { titleMeta } from "~/utils/meta";

export const meta = titleMeta("twoStep.reset.title");

const idOf = (params: { id?: string }) => {
  const id = pathId(params.id);
  if (id === null) throw notFound();
  return id;
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  const target = staffToReset(admin, idOf(params));
  if (!target) throw notFound();
  return { target, done: new URL(request.url).searchParams.get("melding") === "gewist" };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = requireMunicipalityUser(request, "admin");
  const id = idOf(params);
  await readFormData(request);
  const result = resetStaffSecondFactor(admin, id);
  if (!result.ok) throw notFound();
  return redirect(`/beheer/gebruikers/${id}/tweestaps?melding=gewist`);
}

export default function ResetSecondFactorPage() {
  const t = useT();
  const { target, done } = useLoaderData<typeof loader>();
  return (
    <div className="hw-narrow">
      <Heading1>{t("twoStep.reset.title")}</Heading1>
      {done ? (
        <Announce>
          <Alert type="ok" role="status">
            <Paragraph>{t("twoStep.reset.done", { name: target.name })}</Paragraph>
          </Alert>
        </Announce>
      ) : (
        <>
          <Paragraph>{t("twoStep.reset.text", { name: target.name, email: target.email })}</Paragraph>
          <Form method="post">
            <Button type="submit" appearance="primary-action-button">
              {t("twoStep.reset.submit")}
            </Button>
          </Form>
        </>
      )}
      <Paragraph>
        <Link to="/beheer/gebruikers" className="utrecht-link">
          {t("twoStep.reset.cancel")}
        </Link>
      </Paragraph>
    </div>
  );
}
