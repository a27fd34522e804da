import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureBuild, ROOT, TEST_DIST_DIR } from "./app-server";
import { E2E_DATA_DIR, E2E_EDITOR_FILE, type E2eEditor } from "./e2e-editor";

// Playwright's webServer: build when the sources changed, make a fresh embedded
// database with the demo data and an editor account (created the way an
// administrator does, with `npm run editor -- create`), then serve the build on it.
const port = process.argv[2] ?? "3310";

ensureBuild();

// One run at a time uses this folder: Playwright refuses to start a second
// server while the port answers. A lock left by a killed run is taken over by lib/db.ts.
rmSync(E2E_DATA_DIR, { recursive: true, force: true });
mkdirSync(path.dirname(E2E_DATA_DIR), { recursive: true });
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: "",
  PGLITE_DATA_DIR: E2E_DATA_DIR,
  SEED_DEMO_DATA: "true",
  // Production refuses to sign sessions without one; a fresh one per run.
  AUTH_SECRET: randomBytes(32).toString("base64"),
};

const editor: E2eEditor = { email: "e2e-editor@positions.test", name: "Test Editor", password: "", apiToken: "" };
const created = spawnSync("npm", ["run", "--silent", "editor", "--", "create", editor.email, "--name", editor.name], {
  cwd: ROOT,
  env,
  encoding: "utf8",
});
if (created.status !== 0) throw new Error(`npm run editor -- create failed:\n${created.stdout}\n${created.stderr}`);
editor.password = /One-time password:\s*(\S+)/.exec(created.stdout)?.[1] ?? "";
editor.apiToken = /API token:\s*(\S+)/.exec(created.stdout)?.[1] ?? "";
if (!editor.password || !editor.apiToken) throw new Error(`Unexpected output of npm run editor:\n${created.stdout}`);
mkdirSync(path.dirname(E2E_EDITOR_FILE), { recursive: true });
writeFileSync(E2E_EDITOR_FILE, JSON.stringify(editor, null, 2));

const server = spawn(
  process.execPath,
  [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", port, "-H", "127.0.0.1"],
  { cwd: ROOT, stdio: "inherit", env: { ...env, NODE_ENV: "production", NEXT_DIST_DIR: TEST_DIST_DIR } },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
