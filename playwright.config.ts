import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Browser tests run in the system's Chromium (Debian's `chromium` package):
// `npx playwright install` cannot download browsers on every machine we use.
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  throw new Error(
    `Chromium not found at ${chromiumPath}. Install it (Debian/Ubuntu: apt-get install -y chromium) ` +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}

const port = Number(process.env.E2E_PORT || 3310);
const browser = { browserName: "chromium" as const, viewport: { width: 1280, height: 900 } };
const writingTests = /(editing|import)\.spec\.ts$/;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/playwright",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // One server on one embedded database.
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Tests that only read see the demo data as loaded; the ones that add and
    // change statements run after them.
    { name: "reading", testIgnore: writingTests, use: browser },
    { name: "writing", testMatch: writingTests, dependencies: ["reading"], use: browser },
  ],
  webServer: {
    // Builds into .next-e2e only when the sources changed, makes a fresh
    // database with the demo data and an editor account, then `next start`.
    command: `npx tsx tests/support/e2e-server.ts ${port}`,
    url: `${baseURL}/api/statements?limit=1`,
    timeout: 240_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
