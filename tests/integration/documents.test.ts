// A page's bytes are its text: no NUL and no broken character, also where a multibyte letter
// ("Cliënt") meets a chunk's end in React 18's stream, which wrote "Cli\0ënt" there: seen on the
// ZIN provider's referrals and on the options page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { Client, DEMO } from "../support/client";
import { helpQuery } from "../support/factories";

let app: AppServer;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

async function bytesOf(client: Client, path: string): Promise<Buffer> {
  const res = await client.get(path);
  expect(res.status, path).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe("a document", () => {
  it("has no NUL byte and no replacement character, on pages full of ë and é", async () => {
    const provider = new Client(app.baseUrl);
    await provider.login(DEMO.provider);
    const anonymous = new Client(app.baseUrl);
    const pages: [Client, string][] = [
      [provider, "/aanbieder/verwijzingen"],
      [provider, "/aanbieder/verwijzingen?weergave=afgerond"],
      [provider, "/aanbieder"],
      [anonymous, `/hulp/opties?${helpQuery()}`],
      [anonymous, "/"],
    ];
    for (const [client, path] of pages) {
      const bytes = await bytesOf(client, path);
      expect(bytes.includes(0), `${path}: NUL at ${bytes.indexOf(0)}`).toBe(false);
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      expect(text.includes("\uFFFD"), path).toBe(false);
      expect(text.startsWith("<!DOCTYPE html><html"), path).toBe(true);
    }
  });
});
