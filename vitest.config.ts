import path from "node:path";
import { defineConfig } from "vitest/config";

// Kept apart from vite.config.ts so the Remix plugin is not loaded under tests.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^~db\//, replacement: `${path.resolve("db")}/` },
      { find: /^~\//, replacement: `${path.resolve("app")}/` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
