import { spawn } from "node:child_process";
import path from "node:path";
import { ensureBuild, ROOT, TEST_DIST_DIR } from "./app-server";

// Playwright's webServer: build when the sources changed, then serve the build
// on a fresh in-memory embedded database filled with the demo data.
const port = process.argv[2] ?? "3310";

ensureBuild();
const server = spawn(
  process.execPath,
  [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", port, "-H", "127.0.0.1"],
  {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: TEST_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      PGLITE_DATA_DIR: "memory://",
      SEED_DEMO_DATA: "true",
    },
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
