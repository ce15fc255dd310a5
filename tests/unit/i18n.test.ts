import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDay, formatEuro, isMessageKey, translate, translateError } from "~/i18n";
import { en } from "~/i18n/en";
import { nl } from "~/i18n/nl";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The catalogues live by feature, one file per language (ADR 016): app/i18n/<feature>.nl.ts and .en.ts.
const dir = path.resolve("app/i18n");
const features = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith(".nl.ts"))
  .map((file) => file.slice(0, -".nl.ts".length))
  .sort();

async function messagesOf(file: string): Promise<Record<string, string>> {
  const module: Record<string, Record<string, string>> = await import(path.join(dir, file));
  const exported = Object.values(module);
  expect(exported, file).toHaveLength(1);
  return exported[0] as Record<string, string>;
}

describe("message catalogues", () => {
  it("have the same keys in Dutch and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it("have no empty messages", () => {
    for (const [key, value] of [...Object.entries(nl), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe("");
    }
  });
});

describe("catalogues by feature", () => {
  it("give every feature a Dutch and an English file", () => {
    const english = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith(".en.ts"))
      .map((file) => file.slice(0, -".en.ts".length))
      .sort();
    expect(english).toEqual(features);
    expect(features.length).toBeGreaterThan(10);
  });

  it("have, per feature, the same keys and the same {placeholders} in both languages", async () => {
    for (const feature of features) {
      const dutch = await messagesOf(`${feature}.nl.ts`);
      const english = await messagesOf(`${feature}.en.ts`);
      expect(Object.keys(english).sort(), feature).toEqual(Object.keys(dutch).sort());
      for (const [key, text] of Object.entries(dutch)) {
        expect(placeholders(english[key] ?? ""), `${feature}: ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it("define each key in one feature only, and the catalogues gather every feature", async () => {
    for (const [lang, catalogue] of [
      ["nl", nl],
      ["en", en],
    ] as const) {
      const owner = new Map<string, string>();
      for (const feature of features) {
        for (const [key, text] of Object.entries(await messagesOf(`${feature}.${lang}.ts`))) {
          expect(owner.get(key), `${key} in ${feature} and ${owner.get(key)}`).toBeUndefined();
          owner.set(key, feature);
          expect(catalogue[key as keyof typeof catalogue], `${lang} ${key}`).toBe(text);
        }
      }
      expect(owner.size).toBe(Object.keys(catalogue).length);
    }
  });
});

describe("the browser's one language", () => {
  // A static import of a catalogue outside app/i18n would put that language in every page's JavaScript.
  it("imports the catalogues nowhere but in app/i18n", () => {
    const offenders: string[] = [];
    const walk = (folder: string) => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) {
          if (file !== dir) walk(file);
        } else if (/\.tsx?$/.test(entry.name)) {
          const source = fs.readFileSync(file, "utf8");
          if (/from "~\/i18n\/(?!locale\.server")[^"]+"/.test(source)) offenders.push(path.relative(".", file));
        }
      }
    };
    walk(path.resolve("app"));
    expect(offenders).toEqual([]);
  });
});

describe("translate", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("nl", "citizen.welcome", { name: "Wilma" })).toBe("Welkom, Wilma.");
    expect(translate("en", "citizen.welcome", { name: "Wilma" })).toBe("Welcome, Wilma.");
    expect(translate("nl", "citizen.welcome")).toBe("Welkom, {name}.");
  });

  it("knows every key of both languages on the server", () => {
    expect(isMessageKey("layout.skipLink")).toBe(true);
    expect(isMessageKey("toString")).toBe(false);
    expect(translate("en", "layout.skipLink")).toBe("Skip to content");
    expect(translate("nl", "layout.skipLink")).toBe("Direct naar de inhoud");
  });

  it("turns validation keys into text, and anything else into the generic message", () => {
    expect(translateError("nl", "validation.email.required")).toBe("Vul uw e-mailadres in.");
    expect(translateError("nl", "Expected string, received number")).toBe("Deze waarde klopt niet.");
    expect(translateError("en", "__proto__")).toBe("This value is not right.");
  });
});

describe("formatting", () => {
  it("writes euros the Dutch way", () => {
    expect(formatEuro(2180, "nl")).toBe("€\u00a021,80");
    expect(formatEuro(136906, "nl")).toBe("€\u00a01.369,06");
    expect(formatEuro(2180, "en")).toBe("€21.80");
  });

  it("writes a day as a long date", () => {
    expect(formatDay("2026-01-01", "nl")).toBe("1 januari 2026");
    expect(formatDay("2026-01-01", "en")).toBe("1 January 2026");
  });
});
