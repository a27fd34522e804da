// Soak: 60 s at 64 connections against `next start` (the production build),
// reading pages and the API while the server's resident memory is sampled
// every second. Passes when no request fails and memory is not still climbing
// steadily over the last third of the run.
//
//   npm run test:soak                 on the embedded database
//   DATABASE_URL=… npm run test:soak  on a throwaway database on that PostgreSQL server
//
// SOAK_SECONDS and SOAK_CONNECTIONS change the length and the load.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Pool } from "pg";
import { ROOT, sleep, startApp, type AppServer } from "../support/app-server";

// autocannon ships no types: the part used here.
type Histogram = { average: number; p50: number; p99: number };
type Result = { requests: Histogram; latency: Histogram; non2xx: number; errors: number; timeouts: number };
const autocannon = createRequire(import.meta.url)("autocannon") as (options: {
  url: string;
  connections: number;
  duration: number;
  /** Seconds before a request counts as timed out. */
  timeout: number;
}) => Promise<Result>;

const SECONDS = Number(process.env.SOAK_SECONDS || 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS || 64);
const PORT = 3330;
/** Growth over the last third that still counts as flat: allocator and JIT noise. */
const MARGIN_MB = 24;
const OUT = path.join(ROOT, "test-results/soak");

type Sample = { atSeconds: number; rssMb: number };

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  return kb / 1024;
}

/** Least-squares slope of RSS over time, in MB per second. */
function slope(samples: Sample[]): number {
  const n = samples.length;
  const mx = samples.reduce((s, p) => s + p.atSeconds, 0) / n;
  const my = samples.reduce((s, p) => s + p.rssMb, 0) / n;
  const num = samples.reduce((s, p) => s + (p.atSeconds - mx) * (p.rssMb - my), 0);
  const den = samples.reduce((s, p) => s + (p.atSeconds - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/** A throwaway database on the server at DATABASE_URL, migrated and seeded with the project's own commands. */
async function throwawayDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `positions_soak_${randomBytes(4).toString("hex")}`;
  const admin = new Pool({ connectionString: serverUrl, max: 1 });
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  for (const script of ["db:migrate", "db:seed"]) {
    const run = spawnSync("npm", ["run", "--silent", script], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DATABASE_URL: url.toString() },
    });
    if (run.status !== 0) throw new Error(`npm run ${script} failed`);
  }
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Spreads the connections over the paths: each path gets its own autocannon run, all at once. */
async function load(app: AppServer, paths: string[], connections: number, duration: number): Promise<Result[]> {
  const each = Math.max(1, Math.floor(connections / paths.length));
  // A generous timeout: on a busy two-core machine a slow answer is not a failed one.
  return Promise.all(paths.map((p) => autocannon({ url: `${app.url}${p}`, connections: each, duration, timeout: 30 })));
}

async function main(): Promise<number> {
  const serverUrl = process.env.DATABASE_URL || "";
  const database = serverUrl ? await throwawayDatabase(serverUrl) : null;
  const app = await startApp({ port: PORT, env: database ? { DATABASE_URL: database.url } : {} });
  try {
    const { items } = (await (await fetch(`${app.url}/api/statements?limit=1`)).json()) as { items: { id: number }[] };
    const paths = ["/", `/statements/${items[0].id}`, "/api/statements?limit=50", "/?q=ceasefire"];
    console.info(`Soak: ${SECONDS} s at ${CONNECTIONS} connections over ${paths.join(", ")} (${database ? "PostgreSQL" : "embedded database"})`);

    await load(app, paths, 8, 10);
    const samples: Sample[] = [];
    const started = Date.now();
    const sampling = setInterval(() => samples.push({ atSeconds: (Date.now() - started) / 1000, rssMb: rssMb(app.pid) }), 1_000);
    const results = await load(app, paths, CONNECTIONS, SECONDS);
    clearInterval(sampling);
    await sleep(100);

    const failed = results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
    const lastThird = samples.filter((s) => s.atSeconds >= (SECONDS * 2) / 3);
    const growthMb = slope(lastThird) * (SECONDS / 3);
    const summary = {
      seconds: SECONDS,
      connections: CONNECTIONS,
      database: database ? "postgresql" : "embedded",
      paths: paths.map((p, i) => ({
        path: p,
        requestsPerSecond: Math.round(results[i].requests.average),
        latencyP50Ms: results[i].latency.p50,
        latencyP99Ms: results[i].latency.p99,
        non2xx: results[i].non2xx,
        errors: results[i].errors,
        timeouts: results[i].timeouts,
      })),
      rssMb: {
        first: Math.round(samples[0]?.rssMb ?? 0),
        peak: Math.round(Math.max(...samples.map((s) => s.rssMb))),
        last: Math.round(samples.at(-1)?.rssMb ?? 0),
        lastThirdGrowth: Math.round(growthMb * 10) / 10,
        margin: MARGIN_MB,
      },
      samples,
    };
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
    for (const p of summary.paths) {
      console.info(`  ${p.path}: ${p.requestsPerSecond} req/s, p50 ${p.latencyP50Ms} ms, p99 ${p.latencyP99Ms} ms, failed ${p.non2xx + p.errors + p.timeouts}`);
    }
    const { first, peak, last, lastThirdGrowth } = summary.rssMb;
    console.info(`  RSS: ${first} MB at the start, peak ${peak} MB, ${last} MB at the end; last third ${lastThirdGrowth >= 0 ? "+" : ""}${lastThirdGrowth} MB`);

    const problems = [
      ...(failed > 0 ? [`${failed} requests failed (non-2xx, errors or timeouts)`] : []),
      ...(growthMb > MARGIN_MB ? [`memory still grew ${growthMb.toFixed(1)} MB over the last third (margin ${MARGIN_MB} MB)`] : []),
      ...(app.process.exitCode !== null ? ["the server exited"] : []),
    ];
    for (const problem of problems) console.error(`FAIL: ${problem}`);
    if (problems.length === 0) console.info("Soak passed.");
    return problems.length === 0 ? 0 : 1;
  } finally {
    await app.stop();
    await database?.drop();
  }
}

process.exitCode = await main();
