import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { closeDb } from "@/lib/db";
import { pgPoolRunner, type SqlRunner } from "@/lib/db/sql-runner";
import { paramsToRecord, statementFiltersSchema } from "@/lib/statements/filters";
import { listStatementsUncached as listStatements } from "@/lib/statements/queries";
import { COMMON_WORD, PHRASE, RARE_WORD } from "@/prisma/synthetic-text";
import { median, ms, percentile, table, verdict } from "./stats";

export type QueryCase = { name: string; query: string; targetMs: number };
export type QueryResult = QueryCase & {
  rows: number;
  p50: number;
  p95: number;
  /** Round trips of the SQL as Prisma's query events time them, summed per call (median). */
  sqlClient: number;
  /** PostgreSQL's own execution time of the same statements (EXPLAIN ANALYZE), summed. */
  sqlServer: number;
  /** The part of sqlServer spent on the statement that picks the page (filters, order, keyset). */
  pageSql: number;
  queries: number;
  plan: string;
};

const FILTER_TARGET_MS = 5;
const SEARCH_TARGET_MS = 30;

type QueryEvent = { query: string; params: string; duration: number };

/**
 * The cases, with slugs chosen from the data: the largest and smallest actor, the
 * least used topic and condition (a rare value is the hard case for "newest 50
 * with this value"), and cursors 10,000 and 500,000 rows deep.
 */
export async function queryCases(pool: Pool): Promise<QueryCase[]> {
  const one = async <T>(sql: string) => (await pool.query(sql)).rows[0] as T;
  const big = await one<{ slug: string }>(
    `SELECT a.slug FROM "Actor" a JOIN "Statement" s ON s."actorId" = a.id GROUP BY a.slug ORDER BY count(*) DESC LIMIT 1`,
  );
  const small = await one<{ slug: string }>(
    `SELECT a.slug FROM "Actor" a JOIN "Statement" s ON s."actorId" = a.id GROUP BY a.slug ORDER BY count(*), a.slug LIMIT 1`,
  );
  const topic = await one<{ slug: string }>(
    `SELECT t.slug FROM "Topic" t JOIN "StatementTopic" st ON st."topicId" = t.id GROUP BY t.slug ORDER BY count(*), t.slug LIMIT 1`,
  );
  const condition = await one<{ slug: string }>(
    `SELECT c.slug FROM "Condition" c JOIN "StatementCondition" sc ON sc."conditionId" = c.id GROUP BY c.slug ORDER BY count(*), c.slug LIMIT 1`,
  );
  const cursorAt = async (offset: number) => {
    const row = await one<{ said_on: string; id: number } | undefined>(
      `SELECT "saidOn"::text AS said_on, id FROM "Statement" WHERE "retractedAt" IS NULL
        ORDER BY "saidOn" DESC, id DESC OFFSET ${offset} LIMIT 1`,
    );
    return row ? `${row.said_on}_${row.id}` : "";
  };
  const f = FILTER_TARGET_MS;
  const s = SEARCH_TARGET_MS;
  return [
    { name: "no filter", query: "", targetMs: f },
    { name: "actor, largest", query: `actor=${big.slug}`, targetMs: f },
    { name: "actor, smallest", query: `actor=${small.slug}`, targetMs: f },
    { name: "topic, least used", query: `topic=${topic.slug}`, targetMs: f },
    { name: "condition, least used", query: `condition=${condition.slug}`, targetMs: f },
    { name: "ceasefire stance", query: "ceasefire=opposes", targetMs: f },
    { name: "talks stance", query: "talks=refuses", targetMs: f },
    { name: "date range (one year)", query: "from=2015-01-01&to=2015-12-31", targetMs: f },
    { name: "actor + topic + date range", query: `actor=${big.slug}&topic=${topic.slug}&from=2020-01-01&to=2022-12-31`, targetMs: f },
    { name: "condition + talks", query: `condition=${condition.slug}&talks=refuses`, targetMs: f },
    { name: "keyset page 201 (10,000 rows in)", query: `cursor=${await cursorAt(9_999)}`, targetMs: f },
    { name: "keyset, 500,000 rows in", query: `cursor=${await cursorAt(499_999)}`, targetMs: f },
    { name: "search, common word", query: `q=${COMMON_WORD}`, targetMs: s },
    { name: "search, rare word", query: `q=${RARE_WORD}`, targetMs: s },
    { name: "search, phrase", query: `q=${encodeURIComponent(`"${PHRASE}"`)}`, targetMs: s },
  ];
}

/**
 * Times listStatements, the function the timeline and the API call, with the app's
 * own code. The process's database client is replaced by one that reports each
 * SQL statement, so the table can split the time into SQL and Prisma's share.
 */
export async function measureQueries(
  pool: Pool,
  databaseUrl: string,
  cases: QueryCase[],
  { runs, warmup }: { runs: number; warmup: number },
): Promise<QueryResult[]> {
  const events: QueryEvent[] = [];
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl }),
    log: [{ emit: "event", level: "query" }],
  });
  db.$on("query", (e) => void events.push({ query: e.query, params: e.params, duration: e.duration }));
  // The hot reads bypass Prisma (lib/db.ts getSql): their SQL is timed here the same way.
  const rawPool = new Pool({ connectionString: databaseUrl });
  const raw = pgPoolRunner(rawPool);
  const timed: SqlRunner = {
    ...raw,
    async query<T extends Record<string, unknown>>(query: string, params: unknown[] = []) {
      const started = performance.now();
      const rows = await raw.query<T>(query, params);
      events.push({ query, params: JSON.stringify(params), duration: performance.now() - started });
      return rows;
    },
  };
  await closeDb();
  // lib/db.ts keeps its one client on globalThis under this key; see getDb().
  (globalThis as unknown as { positionsDb?: Promise<unknown> }).positionsDb = Promise.resolve({
    db,
    sql: timed,
    ledger: timed,
    close: async () => {
      await db.$disconnect();
      await rawPool.end();
    },
  });

  const results: QueryResult[] = [];
  try {
    for (const c of cases) {
      const filters = statementFiltersSchema.parse(paramsToRecord(new URLSearchParams(c.query)));
      for (let i = 0; i < warmup; i++) await listStatements(filters);
      const totals: number[] = [];
      const sqlTimes: number[] = [];
      let rows = 0;
      let last: QueryEvent[] = [];
      for (let i = 0; i < runs; i++) {
        events.length = 0;
        const started = performance.now();
        const page = await listStatements(filters);
        totals.push(performance.now() - started);
        rows = page.items.length;
        last = [...events];
        sqlTimes.push(last.reduce((sum, e) => sum + e.duration, 0));
      }
      if (last.length === 0) throw new Error("No SQL was observed: lib/db.ts no longer keeps its client where this benchmark puts it.");
      const explained = await explainAll(pool, last);
      results.push({
        ...c,
        rows,
        p50: median(totals),
        p95: percentile(totals, 95),
        sqlClient: median(sqlTimes),
        sqlServer: explained.total,
        pageSql: explained.page,
        queries: last.length,
        plan: explained.plan,
      });
      process.stdout.write(".");
    }
  } finally {
    await closeDb();
  }
  process.stdout.write("\n");
  return results;
}

/**
 * PostgreSQL's execution time of each statement a call sent (median of 5 EXPLAIN
 * ANALYZE runs each), and that of the statement choosing the page (the one
 * ordering by saidOn) with its plan: where the filters cost.
 */
async function explainAll(pool: Pool, events: QueryEvent[]): Promise<{ total: number; page: number; plan: string }> {
  let total = 0;
  let page = { time: Number.NaN, plan: "" };
  for (const e of events) {
    if (!/^\s*(SELECT|WITH)/i.test(e.query)) continue;
    const params = JSON.parse(e.params) as unknown[];
    const times: number[] = [];
    let plan = "";
    for (let i = 0; i < 5; i++) {
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${e.query}`, params);
      const [result] = rows[0]["QUERY PLAN"] as [{ "Execution Time": number; Plan: PlanNode }];
      times.push(result["Execution Time"]);
      plan = describePlan(result.Plan);
    }
    const time = median(times);
    total += time;
    if (/ORDER BY [sd]\."saidOn" DESC/.test(e.query)) page = { time, plan };
  }
  return { total, page: page.time, plan: page.plan };
}

type PlanNode = { "Node Type": string; "Index Name"?: string; "Relation Name"?: string; Plans?: PlanNode[] };

/** The access paths of a plan in one line: "Index Scan Statement_saidOn_id_idx › Bitmap Heap Scan …". */
function describePlan(node: PlanNode): string {
  const parts: string[] = [];
  const walk = (n: PlanNode) => {
    if (/Scan/.test(n["Node Type"])) parts.push(`${n["Node Type"]} ${n["Index Name"] ?? n["Relation Name"] ?? ""}`.trim());
    n.Plans?.forEach(walk);
  };
  walk(node);
  return [...new Set(parts)].slice(0, 4).join(", ");
}

export function queryTable(results: QueryResult[]): string {
  return table(
    ["case", "filter", "rows", "p50 ms", "p95 ms", "target p95", "", "SQL round trips ms", "SQL in PostgreSQL ms", "of which the page query", "queries", "page query's plan"],
    results.map((r) => [
      r.name,
      r.query ? `\`${decodeURIComponent(r.query).slice(0, 70)}\`` : "",
      String(r.rows),
      ms(r.p50),
      ms(r.p95),
      `≤ ${r.targetMs}`,
      verdict(r.p95 <= r.targetMs),
      ms(r.sqlClient),
      ms(r.sqlServer),
      ms(r.pageSql),
      String(r.queries),
      r.plan,
    ]),
  );
}
