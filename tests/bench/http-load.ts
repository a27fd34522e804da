import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { median, ms, table, verdict } from "./stats";

export type Server = { url: string; log: string; stop: () => Promise<void> };

/**
 * A production server of this checkout in its own build folder, so it never
 * touches the .next of a dev server running beside it. Builds first when the
 * folder has no build yet (or when asked).
 */
export async function startServer(opts: {
  distDir: string;
  port: number;
  databaseUrl: string;
  build: boolean;
}): Promise<Server> {
  const env = { ...process.env, NEXT_DIST_DIR: opts.distDir, DATABASE_URL: opts.databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  const next = path.join("node_modules", ".bin", "next");
  if (opts.build || !existsSync(path.join(opts.distDir, "BUILD_ID"))) {
    console.log(`Building into ${opts.distDir} …`);
    const built = spawnSync(next, ["build"], { env, stdio: "inherit" });
    if (built.status !== 0) throw new Error(`next build failed (exit ${built.status})`);
  }
  const log = path.join(tmpdir(), `positions-bench-server-${opts.port}.log`);
  const out = createWriteStream(log);
  // Its own process group, so stopping it also stops anything it started.
  const child = spawn(next, ["start", "--port", String(opts.port)], {
    env: { ...env, NODE_ENV: "production" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const url = `http://127.0.0.1:${opts.port}`;
  const stop = () => stopProcess(child);
  try {
    await waitUntilServing(`${url}/api/health`, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}; server log: ${log}`);
  }
  return { url, log, stop };
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

export type Target = { name: string; path: string };
export type LoadResult = Target & {
  status: number;
  /** Median of three requests one at a time, before the load. */
  aloneMs: number;
  rps: number;
  p50: number;
  p99: number;
  /** Responses other than 2xx/3xx, and connection errors or timeouts. */
  failures: number;
  tool: string;
};

const hasWrk = () => spawnSync("wrk", ["--version"]).error === undefined;

/**
 * Throughput and latency of each path under `connections` concurrent
 * connections for `duration` seconds, after a short warm-up. wrk when it is
 * installed (it is lighter, which matters when client and server share two
 * cores), else autocannon.
 */
export async function measureLoad(
  baseUrl: string,
  targets: Target[],
  { connections, duration }: { connections: number; duration: number },
): Promise<LoadResult[]> {
  const tool = hasWrk() ? "wrk" : "autocannon";
  const results: LoadResult[] = [];
  for (const target of targets) {
    const url = `${baseUrl}${target.path}`;
    // Three requests one after another first: the status, and what one request costs with no load.
    const alone: number[] = [];
    let status = 0;
    for (let i = 0; i < 3 && (i === 0 || status === 200); i++) {
      const answer = await timedRequest(url, 30_000);
      status = answer.status;
      alone.push(answer.ms);
    }
    const aloneMs = median(alone);
    if (status !== 200) {
      results.push({ ...target, status, aloneMs, rps: Number.NaN, p50: Number.NaN, p99: Number.NaN, failures: 0, tool });
      continue;
    }
    const warmup = Math.min(3, duration);
    await (tool === "wrk" ? runWrk(url, connections, warmup) : runAutocannon(url, connections, warmup));
    const measured = await (tool === "wrk" ? runWrk(url, connections, duration) : runAutocannon(url, connections, duration));
    results.push({ ...target, status, aloneMs, ...measured, tool });
    console.log(`  ${target.path}: ${measured.rps.toFixed(0)} req/s, p99 ${ms(measured.p99)} ms`);
    await settle(baseUrl);
  }
  return results;
}

/** One request, given up after `timeoutMs` (status 0), with its duration. */
export async function timedRequest(url: string, timeoutMs: number): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - started };
  } catch (error) {
    if ((error as Error).name !== "TimeoutError") throw error;
    return { status: 0, ms: performance.now() - started };
  }
}

/**
 * Waits until the server answers /api/health quickly again: requests the load
 * tool gave up on are still being rendered, and would slow the next path's run.
 */
async function settle(baseUrl: string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const { status, ms: took } = await timedRequest(`${baseUrl}/api/health`, 10_000);
    if (status === 200 && took < 50) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

type Measured = { rps: number; p50: number; p99: number; failures: number };

async function runAutocannon(url: string, connections: number, duration: number): Promise<Measured> {
  const r = await autocannon({ url, connections, duration });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failures: r.non2xx + r.errors + r.timeouts };
}

async function runWrk(url: string, connections: number, duration: number): Promise<Measured> {
  // One thread: wrk needs little CPU, and the server needs both cores.
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn("wrk", ["-t1", `-c${connections}`, `-d${duration}s`, "--latency", "--timeout", "30s", url]);
    let text = "";
    child.stdout.on("data", (d: Buffer) => (text += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}:\n${text}`))));
  });
  const latency = (pct: string) => {
    const m = out.match(new RegExp(`^\\s+${pct}%\\s+([\\d.]+)(us|ms|s)`, "m"));
    if (!m) return Number.NaN;
    return Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2] as "us" | "ms" | "s"];
  };
  const requests = Number(out.match(/(\d+) requests in/)?.[1] ?? 0);
  const non2xx = Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const errors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    rps: Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN),
    // With no response at all wrk prints zeros, which would read as "fast".
    p50: requests > 0 ? latency("50") : Number.NaN,
    p99: requests > 0 ? latency("99") : Number.NaN,
    failures: non2xx + errors,
  };
}

export type Ratio = { name: string; of: string; to: string; min: number };

export const P99_LIMIT_MS = 250;

export function loadTable(results: LoadResult[]): string {
  return table(
    ["path", "status", "one request alone, ms", "req/s", "p50 ms", "p99 ms", "failed", `p99 < ${P99_LIMIT_MS} ms`],
    results.map((r) => [
      `\`${r.path}\``,
      r.status === 0 ? "no answer in 30 s" : String(r.status),
      ms(r.aloneMs),
      Number.isFinite(r.rps) ? r.rps.toFixed(0) : "n/a",
      ms(r.p50),
      ms(r.p99),
      String(r.failures),
      r.status !== 200 ? "n/a" : verdict(Number.isFinite(r.p99) && r.p99 < P99_LIMIT_MS),
    ]),
  );
}

export function ratioTable(results: LoadResult[], ratios: Ratio[]): string {
  const rps = (name: string) => results.find((r) => r.name === name)?.rps ?? Number.NaN;
  return table(
    ["ratio", "value", "target", ""],
    ratios.map((r) => {
      const value = rps(r.of) / rps(r.to);
      return [r.name, Number.isFinite(value) ? `${value.toFixed(2)}×` : "n/a", `≥ ${r.min}×`, Number.isFinite(value) ? verdict(value >= r.min) : "n/a"];
    }),
  );
}
