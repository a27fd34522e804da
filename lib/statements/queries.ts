import "server-only";
import { getDb, getSql } from "../db";
import { cachedRead, LedgerCache, readThrough } from "../db/ledger";
import { endOfPrecision, fromDbDate, startOfPrecision, toDbDate, type DatePrecision } from "../dates";
import { Prisma } from "../generated/prisma/client";
import { isLikelyDuplicate } from "./duplicates";
import type { StatementFilters } from "./filters";
import { parseSearch, type SearchQuery, type SearchTerm } from "./search";
import type {
  CeasefireStance,
  ConditionPosition,
  ConditionScope,
  SourceKind,
  TalksStance,
} from "./schema";

export type ActorRef = { slug: string; name: string; role: string | null };

export type StatementView = {
  id: number;
  actor: ActorRef;
  speakerAsWritten: string | null;
  saidOn: string;
  saidOnPrecision: DatePrecision;
  publishedOn: string | null;
  quote: string | null;
  paraphrase: string | null;
  language: string | null;
  translationPath: string | null;
  venue: string | null;
  ceasefireStance: CeasefireStance;
  talksStance: TalksStance;
  background: boolean;
  origin: "manual" | "imported";
  conditions: {
    slug: string;
    label: string;
    group: string;
    appliesTo: ConditionScope;
    position: ConditionPosition;
  }[];
  topics: { slug: string; label: string }[];
  sources: {
    url: string | null;
    outlet: string;
    title: string;
    kind: SourceKind;
    publishedOn: string | null;
  }[];
  version: number;
  retracted: { at: string; reason: string | null } | null;
  createdAt: string;
  updatedAt: string;
};

export type StatementLinkView = {
  kind: "responds_to" | "restates";
  statement: Pick<StatementView, "id" | "actor" | "saidOn" | "saidOnPrecision" | "quote" | "paraphrase">;
};

export type StatementDetailView = StatementView & {
  /** Statements this one answers or restates. */
  linksTo: StatementLinkView[];
  /** Statements that answer or restate this one. */
  linkedFrom: StatementLinkView[];
};

const roleSelect = {
  select: { title: true, startOn: true, endOn: true },
  orderBy: { startOn: "desc" },
} satisfies Prisma.Actor$rolesArgs;

const statementSelect = {
  id: true,
  speakerAsWritten: true,
  saidOn: true,
  saidOnPrecision: true,
  publishedOn: true,
  quote: true,
  paraphrase: true,
  language: true,
  translationPath: true,
  venue: true,
  ceasefireStance: true,
  talksStance: true,
  background: true,
  origin: true,
  version: true,
  retractedAt: true,
  retractionReason: true,
  createdAt: true,
  updatedAt: true,
  actor: { select: { slug: true, name: true, roles: roleSelect } },
  conditions: {
    select: {
      appliesTo: true,
      position: true,
      condition: { select: { slug: true, label: true, group: true, sortOrder: true } },
    },
  },
  topics: { select: { topic: { select: { slug: true, label: true } } } },
  sources: {
    select: { source: { select: { url: true, outlet: true, title: true, kind: true, publishedOn: true } } },
    orderBy: { rank: "asc" },
  },
} satisfies Prisma.StatementSelect;

type StatementRow = Prisma.StatementGetPayload<{ select: typeof statementSelect }>;
type RoleRow = { title: string; startOn: Date; endOn: Date | null };

/** The role an actor held on a given day: "U.S. Secretary of State" in 2023, not today's title. */
export function roleOn(roles: RoleRow[], isoDate: string): string | null {
  const held = roles
    .filter((r) => fromDbDate(r.startOn) <= isoDate && (!r.endOn || fromDbDate(r.endOn) >= isoDate))
    .sort((a, b) => b.startOn.getTime() - a.startOn.getTime());
  return held[0]?.title ?? null;
}

function toView(row: StatementRow): StatementView {
  const saidOn = fromDbDate(row.saidOn);
  return {
    id: row.id,
    actor: { slug: row.actor.slug, name: row.actor.name, role: roleOn(row.actor.roles, saidOn) },
    speakerAsWritten: row.speakerAsWritten,
    saidOn,
    saidOnPrecision: row.saidOnPrecision,
    publishedOn: row.publishedOn ? fromDbDate(row.publishedOn) : null,
    quote: row.quote,
    paraphrase: row.paraphrase,
    language: row.language,
    translationPath: row.translationPath,
    venue: row.venue,
    ceasefireStance: row.ceasefireStance,
    talksStance: row.talksStance,
    background: row.background,
    origin: row.origin,
    conditions: row.conditions
      .slice()
      .sort((a, b) => a.condition.sortOrder - b.condition.sortOrder)
      .map((c) => ({
        slug: c.condition.slug,
        label: c.condition.label,
        group: c.condition.group,
        appliesTo: c.appliesTo,
        position: c.position,
      })),
    topics: row.topics.map((t) => t.topic).sort((a, b) => a.label.localeCompare(b.label)),
    sources: row.sources.map(({ source }) => ({
      url: source.url,
      outlet: source.outlet,
      title: source.title,
      kind: source.kind,
      publishedOn: source.publishedOn ? fromDbDate(source.publishedOn) : null,
    })),
    version: row.version,
    retracted: row.retractedAt ? { at: row.retractedAt.toISOString(), reason: row.retractionReason } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type StatementPage = {
  items: StatementView[];
  nextCursor: string | null;
  unknown: UnknownFilterValue[];
};

const encodeCursor = (saidOn: string, id: number) => `${saidOn}_${id}`;

/** The ids the actor, topic and condition slugs of a filter resolved to. */
export type FilterIds = { actor: number[]; topic: number[]; condition: number[] };

/**
 * Filter values that were understood but select nothing: a slug naming
 * nothing recorded, or a search made only of words too common to be indexed
 * ("the", "of"). The pages leave them out with a note; the API refuses them.
 */
export type UnknownFilterValue = { field: "actor" | "topic" | "condition" | "q"; value: string };

/** What a reader is told about a value left out, for a note or a field error. */
export function unknownFilterMessage(u: UnknownFilterValue): string {
  return u.field === "q"
    ? `Search "${u.value}": only words too common to search for (such as "the" or "of")`
    : `${u.field[0].toUpperCase()}${u.field.slice(1)} "${u.value}": nothing is recorded under that name`;
}

/**
 * The SQL condition on `"Statement" s` for a set of filters (cursor and limit
 * aside), shared by every reader of the filters so the timeline, the API, the
 * CSV export and the feed can never disagree. `where` is null when nothing can
 * match (every value of a list filter is unknown).
 */
export async function statementWhere(
  filters: Omit<StatementFilters, "cursor" | "limit">,
  /** A filter the caller applies itself by reading from its join table (see pageDriver). */
  { drivenBy }: { drivenBy?: "topic" | "condition" } = {},
): Promise<{
  where: Prisma.Sql | null;
  /**
   * The same condition for a caller that bounds the statements to a window of
   * dates itself (see phraseWindows), where a phrase search is left to the
   * planner's plain text match. Differs from `where` only for phrases.
   */
  whereInWindow: Prisma.Sql | null;
  unknown: UnknownFilterValue[];
  ids: FilterIds;
}> {
  const refs = await referenceIds();
  const unknown: UnknownFilterValue[] = [];
  const resolve = (field: "actor" | "topic" | "condition", slugs: string[]) => {
    const found = new Set<number>();
    for (const slug of slugs) {
      const id = refs[field].get(slug);
      if (id === undefined) unknown.push({ field, value: slug });
      else found.add(id);
    }
    return [...found];
  };
  const actorIds = resolve("actor", filters.actor);
  const topicIds = resolve("topic", filters.topic);
  const conditionIds = resolve("condition", filters.condition);

  const emptied =
    (filters.actor.length > 0 && actorIds.length === 0) ||
    (filters.topic.length > 0 && topicIds.length === 0) ||
    (filters.condition.length > 0 && conditionIds.length === 0);
  const ids = { actor: actorIds, topic: topicIds, condition: conditionIds };
  const nothing = { where: null, whereInWindow: null, unknown, ids };
  if (emptied) return nothing;

  const where: Prisma.Sql[] = [Prisma.sql`s."retractedAt" IS NULL`];
  if (actorIds.length) where.push(equalsAny(Prisma.sql`s."actorId"`, actorIds, "int"));
  if (topicIds.length && drivenBy !== "topic") {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementTopic" st
      WHERE st."statementId" = s.id AND ${equalsAny(Prisma.sql`st."topicId"`, topicIds, "int")})`);
  }
  if (conditionIds.length && drivenBy !== "condition") {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementCondition" sc
      WHERE sc."statementId" = s.id AND ${equalsAny(Prisma.sql`sc."conditionId"`, conditionIds, "int")})`);
  }
  if (filters.ceasefire.length) {
    where.push(equalsAny(Prisma.sql`s."ceasefireStance"`, filters.ceasefire, "CeasefireStance"));
  }
  if (filters.talks.length) {
    where.push(equalsAny(Prisma.sql`s."talksStance"`, filters.talks, "TalksStance"));
  }
  if (filters.origin.length) {
    where.push(equalsAny(Prisma.sql`s."origin"`, filters.origin, "StatementOrigin"));
  }
  if (filters.from) where.push(Prisma.sql`s."saidOn" >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`s."saidOn" <= ${filters.to}::date`);
  const search = filters.q ? parseSearch(filters.q) : null;
  const query = search && searchTsquery(search, "phrases");
  if (search && !query) return nothing;
  // PostgreSQL drops stop words from a query, and one of stop words only would
  // match nothing at all: the search is left out instead, and the reader told why.
  const stopWordsOnly = query !== null && !(await hasLexemes(query));
  if (stopWordsOnly) unknown.push({ field: "q", value: filters.q! });
  if (!search || !query || stopWordsOnly) {
    const all = Prisma.join(where, " AND ");
    return { where: all, whereInWindow: all, unknown, ids };
  }
  const match = Prisma.sql`s."searchVector" @@ ${query}`;
  // A phrase is where PostgreSQL's planner goes wrong: it walks the newest-first
  // index expecting to meet a match soon and, when the phrase is rare among
  // statements having its words, reads a large part of the table (ten seconds
  // on a million statements). Finding every match through the text index first
  // and sorting only them is right whatever the phrase; listStatements first
  // tries the newest statements alone (phraseWindows), which is faster still
  // when the phrase is common.
  const plain = Prisma.join([...where, match], " AND ");
  if (!hasPhrase(search)) return { where: plain, whereInWindow: plain, unknown, ids };
  const exact = Prisma.sql`s.id = ANY(ARRAY(SELECT t.id FROM "Statement" t WHERE t."searchVector" @@ ${query}))`;
  return { where: Prisma.join([...where, exact], " AND "), whereInWindow: plain, unknown, ids };
}

/** Whether a search keeps any word once PostgreSQL has dropped its stop words. */
async function hasLexemes(query: Prisma.Sql): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT numnode(${query})::int AS n`;
  return (row?.n ?? 0) > 0;
}

type ReferenceIds = Record<"actor" | "topic" | "condition", Map<string, number>>;

const referenceCache = ((globalThis as unknown as { positionsReferenceIds?: LedgerCache<ReferenceIds> })
  .positionsReferenceIds ??= new LedgerCache<ReferenceIds>({ maxEntries: 1, maxBytes: Number.POSITIVE_INFINITY }));

/**
 * Every actor, topic and condition slug with its id, read once per ledger
 * version: a few hundred rows, where looking up a filter's slugs in the
 * database cost a round trip per list on every request.
 */
async function referenceIds(): Promise<ReferenceIds> {
  return readThrough(referenceCache, "all", async () => {
    const sql = await getSql();
    const rows = await sql.query<{ kind: keyof ReferenceIds; slug: string; id: number }>(
      `SELECT 'actor' AS kind, slug, id FROM "Actor"
       UNION ALL SELECT 'topic', slug, id FROM "Topic"
       UNION ALL SELECT 'condition', slug, id FROM "Condition"`,
    );
    const refs: ReferenceIds = { actor: new Map(), topic: new Map(), condition: new Map() };
    for (const r of rows) refs[r.kind].set(r.slug, r.id);
    return { value: refs, bytes: rows.length * 100, keep: true };
  });
}

function hasPhrase(search: SearchQuery): boolean {
  return search.some((g) => g.some((t) => !t.negated && t.variants.some((v) => /[^\p{L}\p{N}]/u.test(v))));
}

/**
 * `column = value` for one value, `column = ANY(values)` for several. PostgreSQL 15
 * reads an index in order only for `=`: with ANY, even of a single value, it cannot
 * walk (actorId, saidOn, id) newest first and sorts every match instead. On a
 * million statements: an actor with 1,000 statements 0.07 ms instead of 1.9 ms;
 * an actor, a topic and a date range 6 ms instead of 28 ms.
 */
function equalsAny(
  column: Prisma.Sql,
  values: readonly number[] | readonly string[],
  type: "int" | "CeasefireStance" | "TalksStance" | "StatementOrigin",
): Prisma.Sql {
  if (type === "int") {
    return values.length === 1 ? Prisma.sql`${column} = ${values[0]}::int` : Prisma.sql`${column} = ANY(${values}::int[])`;
  }
  const enumType = Prisma.raw(`"${type}"`);
  return values.length === 1
    ? Prisma.sql`${column} = CAST(${values[0]}::text AS ${enumType})`
    : Prisma.sql`${column} = ANY(CAST(${values}::text[] AS ${enumType}[]))`;
}

/**
 * A search as a tsquery expression. Each spelling goes through
 * phraseto_tsquery, so the words are stemmed and stop words dropped exactly as
 * the trigger did when it indexed the text; the pieces are then joined with
 * tsquery operators, which (unlike websearch_to_tsquery) keep OR inside a term.
 * In "words" mode phrases become their words in any order and exclusions are
 * left out: a looser query every match of the real one also matches, or null
 * when a group has nothing but exclusions and so bounds nothing.
 */
function searchTsquery(query: SearchQuery, mode: "phrases" | "words"): Prisma.Sql | null {
  if (query.length === 0) return null;
  const term = (t: SearchTerm) => {
    const any = Prisma.join(
      t.variants.map((v) =>
        mode === "phrases" ? Prisma.sql`phraseto_tsquery('english', ${v})` : Prisma.sql`plainto_tsquery('english', ${v})`,
      ),
      " || ",
    );
    return t.negated ? Prisma.sql`!!(${any})` : Prisma.sql`(${any})`;
  };
  const groups = query.map((group) => (mode === "words" ? group.filter((t) => !t.negated) : group));
  if (groups.some((g) => g.length === 0)) return null;
  return Prisma.sql`(${Prisma.join(
    groups.map((group) => Prisma.sql`(${Prisma.join(group.map(term), " && ")})`),
    " || ",
  )})`;
}

/**
 * Statements matching the filters, newest first (said on, then id), one page at
 * a time. Keyset pagination: a page is "older than the cursor", so statements
 * added meanwhile never shift or repeat rows, and page 1,000 costs what page 1 does.
 */
async function readListStatements(filters: StatementFilters): Promise<StatementPage> {
  const drivenBy = pageDriver(filters);
  const { where, whereInWindow, unknown, ids } = await statementWhere(filters, { drivenBy });
  if (!where || !whereInWindow) return { items: [], nextCursor: null, unknown };
  const sql = await getSql();
  const cursor = filters.cursor
    ? { saidOn: filters.cursor.slice(0, 10), id: Number(filters.cursor.slice(11)) }
    : null;
  const take = filters.limit + 1;
  const read = async (page: Prisma.Sql) => {
    const query = Prisma.sql`WITH page AS MATERIALIZED (${page})
      SELECT ${viewColumns} FROM page JOIN "Statement" s ON s.id = page.id JOIN "Actor" a ON a.id = s."actorId"
       ORDER BY s."saidOn" DESC, s.id DESC`;
    return sql.query<ViewRow>(query.text, query.values);
  };
  const driver =
    drivenBy === "condition"
      ? { table: Prisma.raw(`"StatementCondition"`), column: Prisma.raw(`"conditionId"`), id: ids.condition[0] }
      : drivenBy === "topic"
        ? { table: Prisma.raw(`"StatementTopic"`), column: Prisma.raw(`"topicId"`), id: ids.topic[0] }
        : null;
  const keyset = cursor ? Prisma.sql`AND (s."saidOn", s.id) < (${cursor.saidOn}::date, ${cursor.id}::int)` : Prisma.empty;
  let rows: ViewRow[] | null = null;
  if (driver) {
    rows = await read(Prisma.sql`
        SELECT s.id
          FROM (SELECT DISTINCT x."saidOn", x."statementId" FROM ${driver.table} x
                 WHERE x.${driver.column} = ${driver.id}::int
                   ${filters.from ? Prisma.sql`AND x."saidOn" >= ${filters.from}::date` : Prisma.empty}
                   ${filters.to ? Prisma.sql`AND x."saidOn" <= ${filters.to}::date` : Prisma.empty}
                   ${cursor ? Prisma.sql`AND (x."saidOn", x."statementId") < (${cursor.saidOn}::date, ${cursor.id}::int)` : Prisma.empty}
                 ORDER BY x."saidOn" DESC, x."statementId" DESC) d
          JOIN "Statement" s ON s.id = d."statementId"
         WHERE ${where}
         ORDER BY d."saidOn" DESC, d."statementId" DESC
         LIMIT ${take}`);
  } else if (where !== whereInWindow) {
    for (const size of PHRASE_WINDOWS) {
      // The date of the size-th newest statement (before the cursor): an index-only walk.
      const bound = Prisma.sql`SELECT s."saidOn"::text AS "saidOn" FROM "Statement" s WHERE TRUE ${keyset}
        ORDER BY s."saidOn" DESC, s.id DESC OFFSET ${size} LIMIT 1`;
      const [edge] = await sql.query<{ saidOn: string }>(bound.text, bound.values);
      if (!edge) break;
      // Unordered and materialized, so the planner intersects the text index
      // with the date range instead of walking the dates and testing each row.
      const found = await read(Prisma.sql`
        WITH w AS MATERIALIZED (SELECT s.id, s."saidOn" FROM "Statement" s
                                 WHERE ${whereInWindow} AND s."saidOn" >= ${edge.saidOn}::date ${keyset})
        SELECT id FROM w ORDER BY "saidOn" DESC, id DESC LIMIT ${take}`);
      // Every statement newer than the edge was looked at: a full page from
      // them is the page. Fewer, and older statements may belong in it.
      if (found.length === take) {
        rows = found;
        break;
      }
    }
  }
  rows ??= await read(Prisma.sql`
        SELECT s.id FROM "Statement" s
         WHERE ${where} ${keyset}
         ORDER BY s."saidOn" DESC, s.id DESC
         LIMIT ${take}`);
  const items = rows.slice(0, filters.limit).map(rowToView);
  const last = items.at(-1);
  const nextCursor = rows.length > filters.limit && last ? encodeCursor(last.saidOn, last.id) : null;
  return { items, nextCursor, unknown };
}

/**
 * How many of the newest statements a phrase search looks among first, before
 * every match of the phrase is fetched through the text index and sorted. On a
 * million statements, a phrase whose words are common and which is in one in
 * 300 statements: 20 ms for the first window instead of 125 ms for all 17,000
 * statements having both words.
 */
const PHRASE_WINDOWS = [20_000, 160_000];

type ViewRow = Omit<StatementView, "actor" | "retracted"> & {
  actorSlug: string;
  actorName: string;
  actorRole: string | null;
  retractedAt: string | null;
  retractionReason: string | null;
};

/** An instant as JavaScript's toISOString() writes it, which is what the view objects carry. */
const isoInstant = (column: string) => Prisma.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

// A statement with its actor, the actor's role on the day, conditions, topics
// and sources in one row, so a page is one statement and one round trip:
// Prisma loaded the same with six queries and spent more time building them
// than PostgreSQL spent answering. Dates come as text, never as a Date a
// driver would read in the server's time zone.
const viewColumns = Prisma.sql`
  s.id, s."speakerAsWritten", s."saidOn"::text AS "saidOn", s."saidOnPrecision"::text AS "saidOnPrecision",
  s."publishedOn"::text AS "publishedOn", s.quote, s.paraphrase, s.language, s."translationPath", s.venue,
  s."ceasefireStance"::text AS "ceasefireStance", s."talksStance"::text AS "talksStance", s.background,
  s.origin::text AS origin, s.version, ${isoInstant(`s."retractedAt"`)} AS "retractedAt", s."retractionReason",
  ${isoInstant(`s."createdAt"`)} AS "createdAt", ${isoInstant(`s."updatedAt"`)} AS "updatedAt",
  a.slug AS "actorSlug", a.name AS "actorName",
  (SELECT r.title FROM "ActorRole" r
    WHERE r."actorId" = s."actorId" AND r."startOn" <= s."saidOn" AND (r."endOn" IS NULL OR r."endOn" >= s."saidOn")
    ORDER BY r."startOn" DESC LIMIT 1) AS "actorRole",
  COALESCE((SELECT json_agg(json_build_object('slug', c.slug, 'label', c.label, 'group', c."group",
                     'appliesTo', sc."appliesTo", 'position', sc.position) ORDER BY c."sortOrder", sc.id)
              FROM "StatementCondition" sc JOIN "Condition" c ON c.id = sc."conditionId"
             WHERE sc."statementId" = s.id), '[]') AS conditions,
  COALESCE((SELECT json_agg(json_build_object('slug', t.slug, 'label', t.label))
              FROM "StatementTopic" st JOIN "Topic" t ON t.id = st."topicId"
             WHERE st."statementId" = s.id), '[]') AS topics,
  COALESCE((SELECT json_agg(json_build_object('url', so.url, 'outlet', so.outlet, 'title', so.title,
                     'kind', so.kind, 'publishedOn', so."publishedOn"::text) ORDER BY ss.rank)
              FROM "StatementSource" ss JOIN "Source" so ON so.id = ss."sourceId"
             WHERE ss."statementId" = s.id), '[]') AS sources`;

function rowToView(r: ViewRow): StatementView {
  return {
    id: r.id,
    actor: { slug: r.actorSlug, name: r.actorName, role: r.actorRole },
    speakerAsWritten: r.speakerAsWritten,
    saidOn: r.saidOn,
    saidOnPrecision: r.saidOnPrecision,
    publishedOn: r.publishedOn,
    quote: r.quote,
    paraphrase: r.paraphrase,
    language: r.language,
    translationPath: r.translationPath,
    venue: r.venue,
    ceasefireStance: r.ceasefireStance,
    talksStance: r.talksStance,
    background: r.background,
    origin: r.origin,
    conditions: r.conditions,
    // Sorted here, as toView does, so both orders come from one collation.
    topics: r.topics.slice().sort((a, b) => a.label.localeCompare(b.label)),
    sources: r.sources,
    version: r.version,
    retracted: r.retractedAt ? { at: r.retractedAt, reason: r.retractionReason } : null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/**
 * The join table to read a page from, newest first, instead of the statements'
 * own date index: for one topic or one condition, whose (id, saidOn, statementId)
 * index holds exactly the matches in page order. Walking every statement by date
 * and probing each for a rarely named condition read 3,800 statements for one
 * page (120 ms on a million statements; 0.3 ms this way). Not with an actor,
 * whose own (actorId, saidOn, id) index serves better, nor with a search, which
 * the text index serves. The driving filter is then left out of the WHERE: kept
 * there too, it makes the planner expect a handful of rows and join and sort
 * every match (1.6 s). Relies on the join tables' saidOn being the statement's,
 * as every write keeps it.
 */
function pageDriver(filters: Omit<StatementFilters, "cursor" | "limit">): "topic" | "condition" | undefined {
  if (filters.actor.length > 0 || filters.q) return undefined;
  if (filters.condition.length === 1) return "condition";
  if (filters.topic.length === 1) return "topic";
  return undefined;
}

/**
 * How many statements match, counting no further than `cap` so that a broad
 * filter over a large ledger costs a bounded scan: `atLeast` says the true
 * number may be higher.
 */
async function readCountStatements(
  filters: Omit<StatementFilters, "cursor" | "limit">,
  cap = 10_000,
): Promise<{ count: number; atLeast: boolean }> {
  const { where } = await statementWhere(filters);
  if (!where) return { count: 0, atLeast: false };
  const db = await getDb();
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "Statement" s WHERE ${where} LIMIT ${cap + 1}) capped`;
  const n = Number(row?.n ?? 0);
  return n > cap ? { count: cap, atLeast: true } : { count: n, atLeast: false };
}

/**
 * Every statement matching the filters, newest first, in keyset batches: for
 * exports, which must not stop at one page nor hold the whole ledger in memory.
 * Stops after `max` statements.
 */
export async function* allStatements(
  filters: Omit<StatementFilters, "cursor" | "limit">,
  { batchSize = 500, max = 100_000 }: { batchSize?: number; max?: number } = {},
): AsyncGenerator<StatementView[]> {
  let cursor: string | undefined;
  let remaining = max;
  while (remaining > 0) {
    // Uncached: an export's batches would only push the pages' entries out of the cache.
    const page = await readListStatements({ ...filters, cursor, limit: Math.min(batchSize, remaining) });
    if (page.items.length > 0) yield page.items;
    remaining -= page.items.length;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

/** A recorded statement a new one may duplicate. */
export type DuplicateView = {
  id: number;
  saidOn: string;
  saidOnPrecision: DatePrecision;
  quote: string | null;
  paraphrase: string | null;
};

/**
 * The statements recorded for an actor that a new one likely repeats: not
 * retracted, on a date that can be the same day, with overlapping words (the
 * rule of lib/statements/duplicates.ts). The newest ten, newest first. Pass
 * the writer's transaction when checking before a save, so the check reads
 * what the save will.
 */
export async function listLikelyDuplicates(
  actor: { id: number } | { slug: string },
  statement: { saidOn: string; saidOnPrecision: DatePrecision; quote: string | null; paraphrase: string | null },
  client?: Pick<Prisma.TransactionClient, "statement">,
): Promise<DuplicateView[]> {
  const db = client ?? (await getDb());
  const incoming = { ...statement, saidOn: startOfPrecision(statement.saidOn, statement.saidOnPrecision) };
  // Any recorded period that can overlap the new one starts no earlier than the
  // new date's year (less a week: an ISO week can begin in late December).
  const from = new Date(toDbDate(startOfPrecision(incoming.saidOn, "year")).getTime() - 7 * 86_400_000);
  const to = toDbDate(endOfPrecision(incoming.saidOn, incoming.saidOnPrecision));
  const rows = await db.statement.findMany({
    where: {
      ...("id" in actor ? { actorId: actor.id } : { actor: { slug: actor.slug } }),
      retractedAt: null,
      saidOn: { gte: from, lte: to },
    },
    select: { id: true, saidOn: true, saidOnPrecision: true, quote: true, paraphrase: true },
    orderBy: [{ saidOn: "desc" }, { id: "desc" }],
    take: 1_000,
  });
  return rows
    .map((r) => ({ ...r, saidOn: fromDbDate(r.saidOn) }))
    .filter((r) => isLikelyDuplicate(incoming, r))
    .slice(0, 10);
}

async function readGetStatement(id: number): Promise<StatementDetailView | null> {
  const db = await getDb();
  const row = await db.statement.findUnique({
    where: { id },
    select: {
      ...statementSelect,
      linksFrom: { select: { kind: true, to: { select: linkedSelect } } },
      linksTo: { select: { kind: true, from: { select: linkedSelect } } },
    },
  });
  if (!row) return null;
  const { linksFrom, linksTo, ...rest } = row;
  return {
    ...toView(rest),
    linksTo: linksFrom.map((l) => ({ kind: l.kind, statement: toLinked(l.to) })),
    linkedFrom: linksTo.map((l) => ({ kind: l.kind, statement: toLinked(l.from) })),
  };
}

const linkedSelect = {
  id: true,
  saidOn: true,
  saidOnPrecision: true,
  quote: true,
  paraphrase: true,
  actor: { select: { slug: true, name: true, roles: roleSelect } },
} satisfies Prisma.StatementSelect;

function toLinked(row: Prisma.StatementGetPayload<{ select: typeof linkedSelect }>): StatementLinkView["statement"] {
  const saidOn = fromDbDate(row.saidOn);
  return {
    id: row.id,
    saidOn,
    saidOnPrecision: row.saidOnPrecision,
    quote: row.quote,
    paraphrase: row.paraphrase,
    actor: { slug: row.actor.slug, name: row.actor.name, role: roleOn(row.actor.roles, saidOn) },
  };
}

export type FilterOptionsView = {
  actors: { slug: string; name: string }[];
  topics: { slug: string; label: string }[];
  /** Conditions in their groups, in the taxonomy's order. */
  conditionGroups: { group: string; conditions: { slug: string; label: string }[] }[];
};

/** What the timeline's filters offer: every actor, topic and condition recorded. */
async function readListFilterOptions(): Promise<FilterOptionsView> {
  const db = await getDb();
  const [actors, topics, conditions] = await Promise.all([
    db.actor.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.topic.findMany({ select: { slug: true, label: true }, orderBy: { label: "asc" } }),
    db.condition.findMany({
      select: { slug: true, label: true, group: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
  ]);
  const groups = new Map<string, { slug: string; label: string }[]>();
  for (const c of conditions) {
    const list = groups.get(c.group) ?? [];
    list.push({ slug: c.slug, label: c.label });
    groups.set(c.group, list);
  }
  return {
    actors,
    topics,
    conditionGroups: [...groups].map(([group, list]) => ({ group, conditions: list })),
  };
}

// Pages read these through the ledger-version cache (lib/db/ledger.ts): a write
// anywhere in the ledger is seen by the very next request.
export const listStatements = cachedRead("listStatements", readListStatements);
/** The same read straight from the database, never cached: for the benchmark, which times the query itself. */
export const listStatementsUncached = readListStatements;
export const countStatements = cachedRead("countStatements", readCountStatements);
export const getStatement = cachedRead("getStatement", readGetStatement);
export const listFilterOptions = cachedRead("listFilterOptions", readListFilterOptions);
