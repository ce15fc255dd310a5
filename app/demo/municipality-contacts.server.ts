// The demo municipalities' contact (footer, print view, request page, messages). These are
// FICTIONAL demo values: neither ../shared/DOMAIN.md nor ../shared/data holds the municipalities'
// real public contact data, so none is claimed here. The phone numbers follow the Dutch 14 + area
// code pattern only to look familiar; the e-mail addresses and street addresses do not exist.
import { eq } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { municipalities } from "~db/schema";

const DEMO_CONTACTS: Record<string, { phone: string; area: string; place: string }> = {
  GM0632: { phone: "14 0348", area: "3441", place: "Woerden" },
  GM0589: { phone: "14 0348", area: "3421", place: "Oudewater" },
  GM0335: { phone: "14 030", area: "3461", place: "Montfoort" },
  GM0736: { phone: "14 0297", area: "3641", place: "Mijdrecht" },
  GM1904: { phone: "14 0346", area: "3601", place: "Maarssen" },
  GM0014: { phone: "14 050", area: "9711", place: "Groningen" },
};

export function seedDemoMunicipalityContacts(): void {
  const db = getDb();
  for (const [code, c] of Object.entries(DEMO_CONTACTS)) {
    const slug = c.place.toLowerCase();
    db.update(municipalities)
      .set({
        contactPhone: c.phone,
        contactEmail: `wmo@${slug}.demo.hulpwijzer.nl`,
        contactAddress: `Demoplein 1, ${c.area} AA ${c.place} (demo-adres)`,
        contactHours: "maandag tot en met vrijdag 9.00–17.00 uur",
      })
      .where(eq(municipalities.code, code))
      .run();
  }
}
