import { describe, expect, it } from "vitest";
import { z } from "zod";
import { bodyId } from "~/schemas/body-id";
import { parseForm } from "~/utils/forms.server";

const schema = z.object({ id: bodyId("validation.invalid") });
const parse = (id: string) => {
  const form = new FormData();
  form.set("id", id);
  const s = parseForm(form, schema);
  return s.status === "success" ? s.value.id : null;
};

describe("a record id in a form body", () => {
  it("reads canonical decimal digits only, as conform parses the form", () => {
    expect(parse("6")).toBe(6);
    expect(parse("9007199254740991")).toBe(Number.MAX_SAFE_INTEGER);
    for (const odd of [
      "0x6",
      "1e3",
      "-1",
      "0",
      "06",
      "6.0",
      " 6",
      "6 ",
      "99999999999999999999",
      "9007199254740993",
      "abc",
    ])
      expect(parse(odd), odd).toBeNull();
  });

  it("takes a JSON number when it is a positive safe integer", () => {
    expect(bodyId().safeParse(6).success).toBe(true);
    for (const odd of [0, -1, 1.5, Number.NaN, 2 ** 60])
      expect(bodyId().safeParse(odd).success, String(odd)).toBe(false);
  });
});
