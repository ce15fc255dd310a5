// /hulp/opties over HTTP: at most OPTIONS_PER_GROUP cards per group, the best first, and the rest
// of a group one link away (ADR 010) — arranged with more Powerful Ageing groups than that.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPTIONS_PER_GROUP } from "~/routes/hulp.opties";
import { type AppServer, startApp } from "../support/app-server";
import { textOf } from "../support/client";
import { helpQuery } from "../support/factories";

let app: AppServer;
const query = helpQuery();

beforeAll(async () => {
  app = await startApp();
  // Woerden's practice starts a group every week for the coming weeks: more than a page shows.
  const db = app.db();
  const cohort = db
    .prepare(
      "SELECT c.* FROM physio_cohorts c JOIN providers p ON p.id = c.provider_id WHERE p.name = 'Fysiotherapie Woerden Centrum' ORDER BY c.start_date LIMIT 1",
    )
    .get() as Record<string, string | number>;
  const insert = db.prepare(
    `INSERT INTO physio_cohorts (provider_id, external_ref, updated_at, confirmed_at, start_date, weeks, session1_weekday,
       session1_time, session2_weekday, session2_time, seats, location, location_pc4, location_postcode)
     VALUES (?, ?, ?, ?, date(?, ?), 14, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let week = 1; week <= OPTIONS_PER_GROUP + 1; week++) {
    insert.run(
      cohort.provider_id,
      `extra-${week}`,
      Date.now(),
      Date.now(),
      cohort.start_date,
      `+${week} days`,
      cohort.session1_weekday,
      cohort.session1_time,
      cohort.session2_weekday,
      cohort.session2_time,
      cohort.seats,
      cohort.location,
      cohort.location_pc4,
      cohort.location_postcode,
    );
  }
});
afterAll(async () => {
  await app?.stop();
});

/** The cards of one kind's group on the page (in whichever tier it stands), in order. */
function group(html: string, kind: string): string[] {
  const section = html.split(new RegExp(`id="group-[a-zA-Z]+-${kind}"`))[1]?.split("</section>")[0] ?? "";
  return [...section.matchAll(/<h4[^>]*>(.*?)<\/h4>/g)].map((m) => m[1] ?? "");
}

describe("/hulp/opties", () => {
  it(`shows ${OPTIONS_PER_GROUP} options per group, the best first, and links to the whole group`, async () => {
    const total = (
      (await (await fetch(`${app.baseUrl}/api/v1/options?${query}`)).json()) as { options: { kind: string }[] }
    ).options.filter((o) => o.kind === "powerful_ageing").length;
    expect(total).toBeGreaterThan(OPTIONS_PER_GROUP);
    const html = await (await fetch(`${app.baseUrl}/hulp/opties?${query}`)).text();
    expect(group(html, "powerful_ageing")).toHaveLength(OPTIONS_PER_GROUP);
    expect(textOf(html)).toContain(`Toon alle ${total} mogelijkheden in deze groep`);
    expect(html).toContain(`/hulp/opties?${query.replace(/&/g, "&amp;")}`);
    // Groups with fewer options show them all, without a link.
    expect(group(html, "private_cleaner").length).toBeGreaterThan(0);
    expect(html.match(/Toon alle/g)).toHaveLength(1);

    const whole = await (await fetch(`${app.baseUrl}/hulp/opties?${query}&alle=powerful_ageing`)).text();
    expect(group(whole, "powerful_ageing")).toHaveLength(total);
    expect(group(whole, "powerful_ageing").slice(0, OPTIONS_PER_GROUP)).toEqual(group(html, "powerful_ageing"));
    expect(textOf(whole)).not.toContain("Toon alle");
  });
});
