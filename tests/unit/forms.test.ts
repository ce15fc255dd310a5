// The one server-side form parser: conform's reserved names never reach conform, and a form with
// more fields than any of ours is refused before conform's quadratic gathering of repeated names.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_FORM_FIELDS, parseForm } from "~/utils/forms.server";

const schema = z.object({ name: z.string(), tags: z.array(z.string()).default([]) });

function statusOf(thrown: unknown): number | undefined {
  return thrown && typeof thrown === "object" && "init" in thrown
    ? (thrown.init as ResponseInit | null)?.status
    : undefined;
}

describe("parseForm", () => {
  it("parses a form and a query string alike", () => {
    const form = new FormData();
    form.append("name", "Wilma");
    form.append("tags", "a");
    form.append("tags", "b");
    expect(parseForm(form, schema).status).toBe("success");
    const query = parseForm(new URLSearchParams("name=Wilma&tags=a"), schema);
    expect(query.status === "success" && query.value).toEqual({ name: "Wilma", tags: ["a"] });
  });

  it("drops conform's reserved fields instead of throwing on them", () => {
    for (const reserved of ["__state__=%7B", "__intent__=x", "__intent__=validate%2Fname"]) {
      const submission = parseForm(new URLSearchParams(`name=Wilma&${reserved}`), schema);
      expect(submission.status, reserved).toBe("success");
    }
  });

  it("answers 413 to more fields than the limit, and accepts the limit itself", () => {
    const atLimit = new URLSearchParams({ name: "Wilma" });
    for (let i = 1; i < MAX_FORM_FIELDS; i++) atLimit.append("tags", String(i));
    expect(parseForm(atLimit, schema).status).toBe("success");
    atLimit.append("tags", "one too many");
    let thrown: unknown;
    try {
      parseForm(atLimit, schema);
    } catch (error) {
      thrown = error;
    }
    expect(statusOf(thrown)).toBe(413);
  });

  it("never echoes a field the form does not have: the reply holds only the schema's fields", () => {
    const forged = new URLSearchParams({ name: "", evil: "<script>x</script>", "evil.deep": "y", "tags[0]": "a" });
    const submission = parseForm(forged, schema);
    expect(submission.status).toBe("error");
    const reply = JSON.stringify(submission.reply());
    expect(reply).not.toContain("evil");
    expect(reply).not.toContain("script");
    // Fields in a union of shapes are all known; unknown wrappers keep every field.
    const either = z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]);
    const both = parseForm(new URLSearchParams("a=1&b=2&c=3"), either);
    expect(JSON.stringify(both.reply())).not.toContain('"c"');
    expect(JSON.stringify(parseForm(new URLSearchParams("c=3"), z.record(z.string(), z.string())).reply())).toContain(
      '"c"',
    );
  });

  it("reads a value of only spaces and invisible characters as empty, and drops control characters", () => {
    const required = z.object({ name: z.string().trim().min(1) });
    const blanks = ["\u200b", "\u200b\u200e\u202e ", "\u0000", " \u00ad\ufeff ", "\u3164\u3164", "\u2800", "\u115f"];
    for (const blank of [...blanks, "\uffa0", "\ufe0f\u034f", "\u17b4\u17b5", "\uffff"]) {
      expect(parseForm(new URLSearchParams({ name: blank }), required).status, JSON.stringify(blank)).toBe("error");
    }
    const kept = parseForm(new URLSearchParams({ name: "Zo\u0000ë\u001b\nvan Dijk\tjr 👨\u200d👩\u200d👧" }), required);
    expect(kept.status === "success" && kept.value.name).toBe("Zoë\nvan Dijk\tjr 👨\u200d👩\u200d👧");
  });
});
