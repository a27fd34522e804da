import "server-only";
import { getDb } from "../db";
import type { DatePrecision } from "../dates";
import { Prisma } from "../generated/prisma/client";
import { statementExcerpt } from "./excerpt";
import type { StatementFilters } from "./filters";
import { statementWhere, type UnknownFilterValue } from "./queries";
import { cachedRead } from "../db/ledger";

/** One statement as a mark on a chart: who, when (at its precision), and its opening words. */
export type StatementPoint = {
  id: number;
  actorSlug: string;
  actorName: string;
  saidOn: string;
  saidOnPrecision: DatePrecision;
  label: string;
};

/** A point with the topics of its statement, for charts with a lane per topic. */
export type TopicStatementPoint = StatementPoint & { topics: { slug: string; label: string }[] };

export type StatementPointsView = {
  /** Newest first. */
  points: TopicStatementPoint[];
  /** More statements match than `max`: the oldest are left out. */
  truncated: boolean;
  unknown: UnknownFilterValue[];
};

/** How many of the newest matches a chart covers at most. */
export const MAX_POINTS = 3000;
/**
 * Up to this many statements a chart draws one mark per statement; above it,
 * counts per period. Every mark is a link with its own label, in the HTML and
 * again in the page's RSC payload: thousands of them made the timeline megabytes.
 */
export const MAX_MARKS = 200;

type Filters = Omit<StatementFilters, "cursor" | "limit">;

/**
 * A query for the newest `limit` statements matching the filters (id, saidOn,
 * actorId), newest first. One topic or one condition is read from its join
 * table's (id, saidOn, statementId) index, as the timeline's page is: walking
 * every statement by date and probing each for a rarely named condition reads
 * most of the ledger before it has a chart's worth. Null when nothing can match.
 */
async function newestMatches(
  filters: Filters,
  limit: number,
): Promise<{ sql: Prisma.Sql | null; unknown: UnknownFilterValue[] }> {
  const drivenBy =
    filters.actor.length > 0 || filters.q
      ? undefined
      : filters.condition.length === 1
        ? "condition"
        : filters.topic.length === 1
          ? "topic"
          : undefined;
  const { where, unknown, ids } = await statementWhere(filters, { drivenBy });
  if (!where) return { sql: null, unknown };
  if (!drivenBy) {
    return {
      sql: Prisma.sql`SELECT s.id, s."saidOn", s."actorId" FROM "Statement" s
                       WHERE ${where} ORDER BY s."saidOn" DESC, s.id DESC LIMIT ${limit}`,
      unknown,
    };
  }
  const [table, column, id] =
    drivenBy === "condition"
      ? [Prisma.raw(`"StatementCondition"`), Prisma.raw(`"conditionId"`), ids.condition[0]]
      : [Prisma.raw(`"StatementTopic"`), Prisma.raw(`"topicId"`), ids.topic[0]];
  return {
    sql: Prisma.sql`
      SELECT s.id, s."saidOn", s."actorId"
        FROM (SELECT DISTINCT x."saidOn", x."statementId" FROM ${table} x
               WHERE x.${column} = ${id}::int
                 ${filters.from ? Prisma.sql`AND x."saidOn" >= ${filters.from}::date` : Prisma.empty}
                 ${filters.to ? Prisma.sql`AND x."saidOn" <= ${filters.to}::date` : Prisma.empty}
               ORDER BY x."saidOn" DESC, x."statementId" DESC) d
        JOIN "Statement" s ON s.id = d."statementId"
       WHERE ${where}
       ORDER BY d."saidOn" DESC, d."statementId" DESC
       LIMIT ${limit}`,
    unknown,
  };
}

/**
 * Light points for the newest statements matching the timeline's filters
 * (cursor and page size aside), for charts. One query; the words are cut in
 * SQL so a chart of many statements does not carry their full texts.
 */
export async function listStatementPoints(filters: Filters, max = MAX_POINTS): Promise<StatementPointsView> {
  const { sql, unknown } = await newestMatches(filters, max + 1);
  if (!sql) return { points: [], truncated: false, unknown };
  const db = await getDb();
  const rows = await db.$queryRaw<
    {
      id: number;
      actorSlug: string;
      actorName: string;
      saidOn: string;
      saidOnPrecision: DatePrecision;
      quote: string | null;
      paraphrase: string | null;
      topics: { slug: string; label: string }[];
    }[]
  >(Prisma.sql`
    SELECT s.id, a.slug AS "actorSlug", a.name AS "actorName",
           to_char(s."saidOn", 'YYYY-MM-DD') AS "saidOn", s."saidOnPrecision"::text AS "saidOnPrecision",
           left(s.quote, 200) AS quote, left(s.paraphrase, 200) AS paraphrase,
           (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'label', t.label) ORDER BY t.label), '[]')
              FROM "StatementTopic" st JOIN "Topic" t ON t.id = st."topicId"
             WHERE st."statementId" = s.id) AS topics
      FROM (${sql}) m JOIN "Statement" s ON s.id = m.id JOIN "Actor" a ON a.id = s."actorId"
     ORDER BY s."saidOn" DESC, s.id DESC`);
  return {
    points: rows.slice(0, max).map((r) => ({
      id: Number(r.id),
      actorSlug: r.actorSlug,
      actorName: r.actorName,
      saidOn: r.saidOn,
      saidOnPrecision: r.saidOnPrecision,
      label: statementExcerpt(r),
      topics: r.topics,
    })),
    truncated: rows.length > max,
    unknown,
  };
}

/** The length of a chart's periods: chosen from the span drawn so a lane has a few dozen at most. */
export type BinUnit = "day" | "week" | "month" | "quarter" | "year";

/** How many statements of one lane fall in one period. */
export type StatementBin = {
  /** Index into the chart's lanes. */
  lane: number;
  /** First and last day of the period (YYYY-MM-DD). */
  startOn: string;
  endOn: string;
  count: number;
};

/**
 * A lane of counts: one actor (or topic), or every other one together (`key`
 * null). A statement with several topics counts in each of their lanes.
 */
export type BinLane = { key: string | null; label: string; count: number; memberCount: number };

/** What a chart's lanes are: the actors who spoke, or the topics they spoke on. */
export type LaneBy = "actor" | "topic";

export type StatementBinsView = {
  unit: BinUnit;
  lanes: BinLane[];
  bins: StatementBin[];
  /** Statements counted (at most `max`). */
  total: number;
  /** More statements match than were counted: the oldest are left out. */
  truncated: boolean;
};

export type StatementChartView =
  | { kind: "marks"; points: TopicStatementPoint[]; unknown: UnknownFilterValue[] }
  | ({ kind: "bins"; unknown: UnknownFilterValue[] } & StatementBinsView);

/**
 * The timeline's chart: a mark per statement when few match, otherwise counts
 * per actor and period over the newest `max` matches, counted in SQL. The
 * actors with the most statements get a lane each, the rest share one.
 */
async function readListStatementChart(
  filters: Filters,
  { maxMarks = MAX_MARKS, max = MAX_POINTS, maxLanes = 8, laneBy = "actor" as LaneBy } = {},
): Promise<StatementChartView> {
  const few = await listStatementPoints(filters, maxMarks);
  if (!few.truncated) return { kind: "marks", points: few.points, unknown: few.unknown };
  const bins = await countStatementBins(filters, { max, maxLanes, laneBy });
  return { kind: "bins", unknown: few.unknown, ...bins };
}

/** Counts per actor (or topic) and period of the newest `max` statements matching the filters. */
export async function countStatementBins(
  filters: Filters,
  { max = MAX_POINTS, maxLanes = 8, laneBy = "actor" }: { max?: number; maxLanes?: number; laneBy?: LaneBy } = {},
): Promise<StatementBinsView> {
  const { sql } = await newestMatches(filters, max + 1);
  if (!sql) return { unit: "month", lanes: [], bins: [], total: 0, truncated: false };
  const db = await getDb();
  const lane =
    laneBy === "actor"
      ? Prisma.sql`a.slug AS key, a.name AS label`
      : Prisma.sql`t.slug AS key, coalesce(t.label, 'No topic') AS label`;
  const laneJoin =
    laneBy === "actor"
      ? Prisma.sql`JOIN "Actor" a ON a.id = d."actorId"`
      : Prisma.sql`LEFT JOIN "StatementTopic" st ON st."statementId" = d.id LEFT JOIN "Topic" t ON t.id = st."topicId"`;
  const rows = await db.$queryRaw<
    { key: string | null; label: string; unit: BinUnit; startOn: string; endOn: string; n: number; drawn: number; truncated: boolean }[]
  >(Prisma.sql`
    WITH matches AS (${sql}),
         drawn AS (SELECT id, "actorId", "saidOn" FROM matches ORDER BY "saidOn" DESC, id DESC LIMIT ${max}),
         days AS (SELECT max("saidOn") - min("saidOn") AS n FROM drawn),
         span AS (SELECT CASE WHEN n > 6 * 366 THEN 'year' WHEN n > 2 * 366 THEN 'quarter'
                              WHEN n > 120 THEN 'month' WHEN n > 31 THEN 'week' ELSE 'day' END AS unit,
                         (SELECT count(*) FROM matches) > ${max} AS truncated,
                         (SELECT count(*) FROM drawn)::int AS drawn
                    FROM days),
         binned AS (SELECT ${lane}, date_trunc(span.unit, d."saidOn"::timestamp)::date AS start,
                           span.unit, span.truncated, span.drawn
                      FROM drawn d CROSS JOIN span ${laneJoin})
    SELECT b.key, b.label, b.unit, b.truncated, b.drawn,
           to_char(b.start, 'YYYY-MM-DD') AS "startOn",
           to_char(b.start + (CASE b.unit WHEN 'quarter' THEN '3 months' ELSE '1 ' || b.unit END)::interval
                   - interval '1 day', 'YYYY-MM-DD') AS "endOn",
           count(*)::int AS n
      FROM binned b
     GROUP BY b.key, b.label, b.unit, b.truncated, b.drawn, b.start`);
  return binsView(rows.map((r) => ({ ...r, n: Number(r.n) })), maxLanes);
}

/** Lanes by how many statements they hold (then name); those past `maxLanes` share the last lane. */
function binsView(
  rows: { key: string | null; label: string; unit: BinUnit; startOn: string; endOn: string; n: number; drawn: number; truncated: boolean }[],
  maxLanes: number,
): StatementBinsView {
  const perKey = new Map<string, BinLane>();
  for (const r of rows) {
    const key = r.key ?? "";
    const lane = perKey.get(key) ?? { key, label: r.label, count: 0, memberCount: 1 };
    lane.count += r.n;
    perKey.set(key, lane);
  }
  const ranked = [...perKey.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "en"));
  const own = ranked.length > maxLanes ? ranked.slice(0, maxLanes - 1) : ranked;
  const rest = ranked.slice(own.length);
  const lanes: BinLane[] = [...own];
  if (rest.length > 0) {
    lanes.push({ key: null, label: "Others", count: rest.reduce((n, l) => n + l.count, 0), memberCount: rest.length });
  }
  const laneOf = new Map(own.map((l, i) => [l.key, i]));
  const bins = new Map<string, StatementBin>();
  for (const r of rows) {
    const lane = laneOf.get(r.key ?? "") ?? own.length;
    const key = `${lane}:${r.startOn}`;
    const bin = bins.get(key) ?? { lane, startOn: r.startOn, endOn: r.endOn, count: 0 };
    bin.count += r.n;
    bins.set(key, bin);
  }
  return {
    unit: rows[0]?.unit ?? "month",
    lanes,
    bins: [...bins.values()].sort((a, b) => a.lane - b.lane || (a.startOn < b.startOn ? -1 : 1)),
    total: Number(rows[0]?.drawn ?? 0),
    truncated: rows[0]?.truncated ?? false,
  };
}

// Pages read these through the ledger-version cache (lib/db/ledger.ts): a write
// anywhere in the ledger is seen by the very next request.
export const listStatementChart = cachedRead("listStatementChart", readListStatementChart);
