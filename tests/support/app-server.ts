import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

// The browser, failure and soak tests run the app as users get it: a
// production build (`next build`) served by `next start`. They share one build
// in its own folder so they neither rebuild each other's nor touch `.next`.

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const TEST_DIST_DIR = ".next-e2e";
const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");

/** Files that are not part of the app, or that `next build` itself rewrites. */
const notApp = new Set([
  "node_modules",
  ".git",
  ".data",
  "tests",
  "docs",
  "bench",
  "coverage",
  "test-results",
  "playwright-report",
  "tsconfig.json",
  "next-env.d.ts",
  "playwright.config.ts",
  "vitest.config.ts",
]);

function newestSourceChange(dir = ROOT): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (notApp.has(entry.name) || entry.name.startsWith(".next") || entry.name.endsWith(".tsbuildinfo")) continue;
    if (entry.name.endsWith(".md")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceChange(full));
    else if (entry.isFile()) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds the app into TEST_DIST_DIR unless a build newer than every source
 * file is already there. E2E_REBUILD=1 forces a build.
 */
export function ensureBuild(): void {
  const buildId = path.join(ROOT, TEST_DIST_DIR, "BUILD_ID");
  const fresh = () =>
    process.env.E2E_REBUILD !== "1" && existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceChange();
  if (fresh()) return;
  withLock(() => {
    // Another runner may have built while this one waited for the lock.
    if (fresh()) return;
    const started = Date.now();
    console.info(`Building the app into ${TEST_DIST_DIR} for the browser and failure tests…`);
    const result = spawnSync(process.execPath, [nextBin, "build"], {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: TEST_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) throw new Error(`next build failed (exit code ${result.status})`);
    console.info(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
  });
}

/** A build takes a minute or two: a lock older than this was left by a run that was killed. */
const STALE_LOCK_MS = 10 * 60_000;

/** Two test runners building into one folder at once would corrupt it. */
function withLock(build: () => void): void {
  const lock = path.join(ROOT, `${TEST_DIST_DIR}.lock`);
  const deadline = Date.now() + STALE_LOCK_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (lockAge(lock) > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`Gave up waiting for ${lock}`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function lockAge(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0; // Released in the meantime.
  }
}

export type AppServer = {
  url: string;
  pid: number;
  process: ChildProcess;
  /** Everything the server printed, for assertions and for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
};

/**
 * Starts `next start` from the test build on `port`. `env` chooses the
 * database: DATABASE_URL for a PostgreSQL server, else an in-memory embedded one.
 * Resolves once the server answers a page (the database opened and seeded).
 */
export async function startApp({ port, env = {} }: { port: number; env?: Record<string, string> }): Promise<AppServer> {
  ensureBuild();
  let output = "";
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: TEST_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      PGLITE_DATA_DIR: "memory://",
      DATABASE_URL: "",
      // Production refuses to sign editors' sessions without one.
      AUTH_SECRET: randomBytes(32).toString("base64"),
      ...env,
    },
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const server: AppServer = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${server.url}/api/statements?limit=1`);
      if (res.status === 200) return server;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`next start did not answer within 120 s:\n${output}`);
    }
    await sleep(250);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
