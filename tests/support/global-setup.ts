import fs from "node:fs";

// Integration tests drive the production build over HTTP; `npm test` builds it first.
export default function setup() {
  if (!fs.existsSync("build/server/index.js")) {
    throw new Error("No production build: run `npm run build` (npm test does) before the integration tests.");
  }
}
