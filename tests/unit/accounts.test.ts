import { describe, expect, it } from "vitest";
import { adminMayAddProviderStaff } from "~/domain/accounts";

const WOERDEN = "GM0632";

describe("adminMayAddProviderStaff", () => {
  it("allows any number of accounts for a provider that serves only the admin's municipality", () => {
    expect(adminMayAddProviderStaff(WOERDEN, { serves: [WOERDEN], hasStaff: true, vetted: true })).toBeNull();
  });

  it("allows only the first account of a provider that also serves other municipalities", () => {
    const serves = [WOERDEN, "GM0589"];
    expect(adminMayAddProviderStaff(WOERDEN, { serves, hasStaff: false, vetted: true })).toBeNull();
    expect(adminMayAddProviderStaff(WOERDEN, { serves, hasStaff: true, vetted: true })).toBe(
      "provider_reaches_further",
    );
  });

  it("never allows a provider that does not serve the admin's municipality", () => {
    expect(adminMayAddProviderStaff(WOERDEN, { serves: ["GM0014"], hasStaff: false, vetted: true })).toBe(
      "provider_not_in_municipality",
    );
    expect(adminMayAddProviderStaff(WOERDEN, { serves: [], hasStaff: false, vetted: true })).toBe(
      "provider_not_in_municipality",
    );
  });

  it("never allows a provider that is not vetted (pending or suspended), not even its first account", () => {
    for (const serves of [[WOERDEN], [WOERDEN, "GM0589"]])
      expect(adminMayAddProviderStaff(WOERDEN, { serves, hasStaff: false, vetted: false })).toBe("provider_not_vetted");
    expect(adminMayAddProviderStaff(WOERDEN, { serves: ["GM0014"], hasStaff: false, vetted: false })).toBe(
      "provider_not_in_municipality",
    );
  });
});
