// The demo, seeded once into a database that was empty: vetting, capacity, the Woerden cases, a
// year of history and everyone's notices, all dated relative to `now` and none of it after `now`.
import { seedDemoCapacity, seedDemoVetting } from "./capacity.server";
import { seedDemoCases } from "./cases.server";
import { seedDemoHistory } from "./history.server";
import { seedDemoMunicipalityContacts } from "./municipality-contacts.server";
import { seedDemoNotices } from "./notices.server";

export function seedDemo(now: Date, { history = true }: { history?: boolean } = {}): void {
  seedDemoMunicipalityContacts();
  seedDemoVetting(now);
  seedDemoCapacity(now);
  seedDemoCases(now);
  if (history) seedDemoHistory(now);
  // Last: the notices are about what the steps above made.
  seedDemoNotices(now);
}
