// Performance benchmark against a PostgreSQL holding the synthetic ledger
// (npm run db:synthetic): query times of listStatements, HTTP throughput and
// latency of a production server it starts itself, first-load JavaScript per
// page, and whether an editor's write is visible on the next request.
// Usage: DATABASE_URL=… npm run bench [-- --runs 50 --duration 20 --connections 32 --build --only queries,http,bundle,write]
// Prints a markdown report and writes it to tests/bench/results/latest.md
// (committed) and bench/results/<date>.md (kept locally).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { Pool } from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { pgPoolRunner } from "@/lib/db/sql-runner";
import { bundleTable, measureBundles, TIMELINE_BUDGET_KB } from "./bundle-size";
import {
  loadTable,
  measureLoad,
  P99_LIMIT_MS,
  ratioTable,
  startServer,
  timedRequest,
  type LoadResult,
  type Ratio,
  type Target,
} from "./http-load";
import { measureQueries, queryCases, queryTable } from "./query-times";
import { checkWriteVisibility } from "./write-visibility";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "50" },
    warmup: { type: "string", default: "5" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "32" },
    port: { type: "string", default: "3200" },
    "dist-dir": { type: "string", default: ".next-bench" },
    build: { type: "boolean", default: false },
    only: { type: "string", default: "queries,http,bundle,write" },
  },
});
const RATIOS: Ratio[] = [
  { name: "API ÷ /api/health", of: "api", to: "health", min: 0.8 },
  { name: "API filtered ÷ /api/health", of: "api filtered", to: "health", min: 0.8 },
  { name: "timeline ÷ /api/health", of: "timeline", to: "health", min: 0.5 },
  { name: "timeline ÷ static file", of: "timeline", to: "static", min: 0.3 },
];

const sections = new Set(args.only.split(","));
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("DATABASE_URL is not set: point it at a PostgreSQL filled by `npm run db:synthetic`.");
  process.exit(2);
}

const pool = new Pool({ connectionString: databaseUrl, max: 2 });
const report: string[] = [];
const section = (title: string, ...body: string[]) => {
  const text = [`### ${title}`, "", ...body, ""].join("\n");
  report.push(text);
  console.log(`\n${text}`);
};

try {
  // The server under test runs this checkout's code, which may expect tables added since the data was generated.
  await applyMigrations(pgPoolRunner(pool));
  const machine = await describeMachine(pool);
  report.push(`## Benchmark ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`, "", machine, "");
  console.log(machine);

  if (sections.has("queries")) {
    console.log(`\nlistStatements: ${args.runs} runs per case after ${args.warmup} warm-up runs`);
    const results = await measureQueries(pool, databaseUrl, await queryCases(pool), {
      runs: Number(args.runs),
      warmup: Number(args.warmup),
    });
    section(
      "Query time: listStatements (page of 50)",
      `${args.runs} runs per case after ${args.warmup} warm-up runs. p50/p95: the whole call as the timeline and the API make it. ` +
        "SQL round trips (p50): the statements it sent, as Prisma times them. " +
        "SQL in PostgreSQL: their execution time inside the server (EXPLAIN ANALYZE, median of 5); " +
        "of which the page query: the statement applying the filters and picking the page (plan in the last column); " +
        "the rest is the slug lookups and loading the page's rows with actor, conditions, topics and sources. " +
        "What p50 has beyond the round trips is the client: Prisma and building view objects.",
      "",
      queryTable(results),
    );
  }

  if (sections.has("http") || sections.has("write")) {
    const server = await startServer({
      distDir: args["dist-dir"],
      port: Number(args.port),
      databaseUrl,
      build: args.build,
    });
    try {
      const [big, typical] = (
        await pool.query<{ slug: string; n: number; topic: string }>(
          `(SELECT a.slug, count(*)::int AS n, (SELECT t.slug FROM "Topic" t ORDER BY t.id LIMIT 1) AS topic
              FROM "Actor" a JOIN "Statement" s ON s."actorId" = a.id GROUP BY a.slug ORDER BY count(*) DESC LIMIT 1)
           UNION ALL
           (SELECT a.slug, count(*)::int, NULL FROM "Actor" a JOIN "Statement" s ON s."actorId" = a.id
             GROUP BY a.slug ORDER BY abs(count(*) - 1000), a.slug LIMIT 1)`,
        )
      ).rows;
      // Before the load, which can leave the server busy or answering 503 for a while.
      if (sections.has("write")) {
        const check = await checkWriteVisibility(server.url, databaseUrl, big.slug);
        section("An editor's write on the very next request", `${check.outcome}: ${check.detail}`);
      }
      if (sections.has("http")) {
        const targets: Target[] = [
          { name: "health", path: "/api/health" },
          { name: "static", path: "/robots.txt" },
          { name: "api", path: "/api/statements" },
          { name: "api filtered", path: `/api/statements?actor=${big.slug}&topic=${big.topic}&from=2020-01-01` },
          { name: "actor page", path: `/actors/${typical.slug}` },
          { name: "timeline", path: "/" },
          { name: "timeline filtered", path: `/?actor=${big.slug}&topic=${big.topic}` },
        ];
        console.log(`\nHTTP: ${args.connections} connections, ${args.duration} s per path`);
        const results = await measureLoad(server.url, targets, {
          connections: Number(args.connections),
          duration: Number(args.duration),
        });
        section(
          `HTTP: ${args.connections} connections, ${args.duration} s per path (${results[0]?.tool ?? ""}, server on the same machine)`,
          loadTable(results),
          "",
          ratioTable(results, RATIOS),
          "",
          missedLoadTargets(results),
        );
      }
      if (sections.has("http")) {
        // Last: a page that does not scale with an actor's size keeps the server busy long after it is abandoned.
        const probe = await timedRequest(`${server.url}/actors/${big.slug}`, 60_000);
        section(
          "One request for the largest actor's page",
          `\`/actors/${big.slug}\` (${big.n.toLocaleString("en-GB")} statements; the load test above used ` +
            `\`/actors/${typical.slug}\`, ${typical.n.toLocaleString("en-GB")} statements): ` +
            (probe.status === 0 ? "no answer within 60 s." : `${probe.status} in ${(probe.ms / 1000).toFixed(2)} s.`),
        );
      }
    } finally {
      await server.stop();
    }
  }

  if (sections.has("bundle")) {
    const bundles = await measureBundles(args["dist-dir"]);
    section(`First-load JavaScript per page (gzip), budget ${TIMELINE_BUDGET_KB} KB for the timeline`, bundleTable(bundles));
  }
} finally {
  await pool.end();
}

const markdown = report.join("\n");
mkdirSync("tests/bench/results", { recursive: true });
writeFileSync("tests/bench/results/latest.md", `${markdown}\n`);
// Each run also keeps a dated copy beside it (not committed), to compare runs.
mkdirSync("tests/bench/results/runs", { recursive: true });
writeFileSync(`tests/bench/results/runs/${new Date().toISOString().slice(0, 19).replace(/:/g, "-")}.md`, `${markdown}\n`);
console.log("\nWritten to tests/bench/results/latest.md");

function missedLoadTargets(results: LoadResult[]): string {
  const slow = results
    .filter((r) => r.status === 200 && !(r.p99 < P99_LIMIT_MS))
    .map((r) => `\`${r.path}\``);
  const absent = results.filter((r) => r.status !== 200).map((r) => `\`${r.path}\` (${r.status})`);
  return [
    slow.length ? `p99 at or over ${P99_LIMIT_MS} ms: ${slow.join(", ")}.` : `Every path answered with p99 under ${P99_LIMIT_MS} ms.`,
    absent.length ? `Not measured (not 200): ${absent.join(", ")}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

async function describeMachine(pool: Pool): Promise<string> {
  const { rows } = await pool.query<{ version: string; statements: number; actors: number; size: string }>(
    `SELECT current_setting('server_version') AS version,
            (SELECT count(*)::int FROM "Statement") AS statements,
            (SELECT count(DISTINCT "actorId")::int FROM "Statement") AS actors,
            pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  const r = rows[0];
  return (
    `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, ` +
    `Node ${process.version}, PostgreSQL ${r.version} on the same machine. ` +
    `Data: ${r.statements.toLocaleString("en-GB")} statements by ${r.actors} actors (${r.size}).`
  );
}
