import { describe, expect, it } from "vitest";
import { emailChoicesFor, emailOffAfter } from "~/domain/notice-preferences";
import { NOTIFICATION_RULES } from "~/domain/notifications";

describe("the e-mails a person may switch off", () => {
  it("are never receipts, decisions or account messages", () => {
    for (const role of ["citizen", "provider_staff", "consultant", "admin"] as const)
      for (const kind of emailChoicesFor(role)) expect(NOTIFICATION_RULES[kind].alwaysEmailed, kind).toBe(false);
    expect(emailChoicesFor("citizen")).not.toContain("request_received");
    expect(emailChoicesFor("citizen")).not.toContain("decision_made");
  });

  it("are those of the person's audience and role, and for provider staff of the provider's kind", () => {
    expect(emailChoicesFor("citizen")).toContain("visit_reminder");
    expect(emailChoicesFor("citizen")).not.toContain("new_booking");
    expect(emailChoicesFor("admin")).toEqual(["new_provider_application", "new_complaint"]);
    expect(emailChoicesFor("consultant")).toContain("urgent_signal");
    expect(emailChoicesFor("provider_staff", "private_cleaner")).toContain("new_booking");
    expect(emailChoicesFor("provider_staff", "private_cleaner")).not.toContain("new_referral");
    expect(emailChoicesFor("provider_staff", "zin")).toEqual(["new_referral", "referral_withdrawn", "evaluation_due"]);
    expect(emailChoicesFor("provider_staff", "physio")).toEqual(["new_intake", "request_withdrawn"]);
    expect(emailChoicesFor("provider_staff", "pgb_mediator")).toEqual(["new_intake", "request_withdrawn"]);
  });

  it("store the unticked choices, and keep earlier choices the role cannot make", () => {
    const choices = emailChoicesFor("provider_staff", "physio");
    expect(emailOffAfter(choices, null, [])).toEqual(["new_intake", "request_withdrawn"]);
    expect(emailOffAfter(choices, ["new_intake"], ["new_intake"])).toEqual(["request_withdrawn"]);
    expect(emailOffAfter(choices, ["new_booking"], ["new_intake", "request_withdrawn"])).toEqual(["new_booking"]);
  });
});
