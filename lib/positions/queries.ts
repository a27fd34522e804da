import "server-only";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { DatePrecision } from "../dates";
import { conditionScopes, type ConditionPosition, type ConditionScope } from "../statements/schema";
import { DEFAULT_BOARD_ACTORS, type BoardParams } from "./schema";
import { cachedRead } from "../db/ledger";

export type BoardActorView = {
  slug: string;
  name: string;
  affiliation: string | null;
  /**
   * Set when some condition was not met in the actor's newest `statements`,
   * said since `fromOn`, and older ones were not read: their empty cells mean
   * "not since then", not "never".
   */
  searchedSince: { statements: number; fromOn: string; fromPrecision: DatePrecision } | null;
};

/** An actor's latest statement naming a condition: every stage that statement sets it for. */
export type BoardCellView = {
  statementId: number;
  saidOn: string;
  saidOnPrecision: DatePrecision;
  positions: { appliesTo: ConditionScope; position: ConditionPosition }[];
};

export type BoardRowView = {
  condition: { slug: string; label: string; definition: string };
  /** One per chosen actor, in the actors' order; null where nothing is recorded (see `searchedSince`). */
  cells: (BoardCellView | null)[];
};

export type BoardView = {
  actors: BoardActorView[];
  /** True when no actor was chosen (or none that exists) and the board picked them. */
  defaulted: boolean;
  /** When the board picked them from the ledger's newest statements only: how many. */
  defaultedFromNewest: number | null;
  /** Requested slugs that name no actor. */
  unknown: string[];
  groups: { group: string; rows: BoardRowView[] }[];
  /** Conditions left off because no chosen actor has named them (0 with `all`). */
  hiddenConditionCount: number;
};

/**
 * How many of each chosen actor's newest statements the board reads first: an
 * active actor names most conditions within a few hundred statements, and one
 * with fewer statements than this needs nothing more.
 */
export const CELL_WINDOW = 500;
/**
 * How many statements further back the board reads for conditions not met in
 * the window, at most: without an index on actor and condition together, an
 * actor's whole record is the only proof that a condition was never named, and
 * a record of a hundred thousand statements takes seconds to read.
 */
export const CELL_LOOKBACK = 4500;
/** The default choice of actors is read from this many of the ledger's newest statements. */
export const DEFAULT_ACTORS_WINDOW = 2000;

type CellRow = {
  actorId: number;
  conditionId: number;
  statementId: number;
  saidOn: string;
  saidOnPrecision: DatePrecision;
  /** "stage:position", one per stage the statement sets the condition for. */
  stages: string[];
};

/**
 * The positions board: for each chosen actor and each condition, the latest
 * position recorded, read from the actor's newest CELL_WINDOW + CELL_LOOKBACK
 * statements at most, saying so for an actor with more whose cells are not all
 * filled. Retracted statements never count.
 */
async function readGetBoard(params: BoardParams): Promise<BoardView> {
  const db = await getDb();
  const [requested, conditions] = await Promise.all([
    params.actor.length
      ? db.actor.findMany({
          where: { slug: { in: params.actor } },
          select: { id: true, slug: true, name: true, affiliation: true },
        })
      : [],
    db.condition.findMany({
      select: { id: true, slug: true, label: true, group: true, definition: true },
      orderBy: [{ sortOrder: "asc" }, { label: "asc" }],
    }),
  ]);
  const unknown = params.actor.filter((slug) => !requested.some((a) => a.slug === slug));
  const defaulted = requested.length === 0;
  const chosen = defaulted
    ? await actorsNamingMostConditions(DEFAULT_BOARD_ACTORS)
    : { actors: params.actor.flatMap((slug) => requested.find((a) => a.slug === slug) ?? []), windowComplete: true };
  const actors = chosen.actors;
  const actorIds = actors.map((a) => Number(a.id));
  const { rows: cellRows, searchedSince } = await latestCells(actorIds, conditions.map((c) => c.id));
  const partly = searchedSince.size > 0;

  const cells = new Map<string, BoardCellView>();
  for (const row of cellRows) {
    cells.set(`${Number(row.actorId)}:${Number(row.conditionId)}`, {
      statementId: Number(row.statementId),
      saidOn: row.saidOn,
      saidOnPrecision: row.saidOnPrecision,
      positions: row.stages
        .map((stage) => {
          const [appliesTo, position] = stage.split(":") as [ConditionScope, ConditionPosition];
          return { appliesTo, position };
        })
        .sort((a, b) => conditionScopes.indexOf(a.appliesTo) - conditionScopes.indexOf(b.appliesTo)),
    });
  }

  const groups: BoardView["groups"] = [];
  let hiddenConditionCount = 0;
  for (const c of conditions) {
    const row: BoardRowView = {
      condition: { slug: c.slug, label: c.label, definition: c.definition },
      cells: actorIds.map((actorId) => cells.get(`${actorId}:${c.id}`) ?? null),
    };
    // With an actor read only in part, an empty row may still hold older positions.
    if (!params.all && !partly && row.cells.every((cell) => cell === null)) {
      hiddenConditionCount++;
      continue;
    }
    const group = groups.find((g) => g.group === c.group);
    if (group) group.rows.push(row);
    else groups.push({ group: c.group, rows: [row] });
  }

  return {
    actors: actors.map(({ id, slug, name, affiliation }) => ({
      slug,
      name,
      affiliation,
      searchedSince: searchedSince.get(Number(id)) ?? null,
    })),
    defaulted,
    defaultedFromNewest: defaulted && !chosen.windowComplete ? DEFAULT_ACTORS_WINDOW : null,
    unknown,
    groups,
    hiddenConditionCount,
  };
}

/**
 * Each actor's latest statement naming each condition, with every stage it
 * sets the condition for: from the actor's newest CELL_WINDOW statements, then,
 * for an actor with more and a condition not met there, from the CELL_LOOKBACK
 * before them.
 */
async function latestCells(
  actorIds: number[],
  conditionIds: number[],
): Promise<{ rows: CellRow[]; searchedSince: Map<number, NonNullable<BoardActorView["searchedSince"]>> }> {
  const searchedSince = new Map<number, NonNullable<BoardActorView["searchedSince"]>>();
  const window = await cellsIn(actorIds.map((actorId) => ({ actorId, before: null })), CELL_WINDOW);
  const found = new Set(window.rows.map((r) => `${Number(r.actorId)}:${Number(r.conditionId)}`));
  const missing = (actorId: number) => conditionIds.filter((id) => !found.has(`${actorId}:${id}`));
  const further = window.ends.filter((end) => missing(end.actorId).length > 0);
  if (further.length === 0) return { rows: window.rows, searchedSince };

  const lookback = await cellsIn(
    further.map(({ actorId, saidOn, id }) => ({ actorId, before: { saidOn, id } })),
    CELL_LOOKBACK,
  );
  const older = lookback.rows.filter((r) => !found.has(`${Number(r.actorId)}:${Number(r.conditionId)}`));
  for (const row of older) found.add(`${Number(row.actorId)}:${Number(row.conditionId)}`);
  for (const end of lookback.ends) {
    if (missing(end.actorId).length === 0) continue;
    searchedSince.set(end.actorId, {
      statements: CELL_WINDOW + CELL_LOOKBACK,
      fromOn: end.saidOn,
      fromPrecision: end.saidOnPrecision,
    });
  }
  return { rows: [...window.rows, ...older], searchedSince };
}

/**
 * The latest statement naming each condition among `size` of each actor's
 * statements, newest first (before a given one, if any), and the last of those
 * statements for actors who have that many: they may have older ones.
 */
async function cellsIn(
  starts: { actorId: number; before: { saidOn: string; id: number } | null }[],
  size: number,
): Promise<{ rows: CellRow[]; ends: { actorId: number; saidOn: string; saidOnPrecision: DatePrecision; id: number }[] }> {
  if (starts.length === 0) return { rows: [], ends: [] };
  const db = await getDb();
  // 'infinity' stands for "no statement to start before".
  const from = Prisma.sql`unnest(${starts.map((s) => s.actorId)}::int[],
                                 ${starts.map((s) => s.before?.saidOn ?? "infinity")}::date[],
                                 ${starts.map((s) => s.before?.id ?? 0)}::int[]) AS a("actorId", "beforeOn", "beforeId")`;
  // The bound on saidOn alone keeps the walk down the actor's newest-first
  // index: written as one OR, it made PostgreSQL gather all their statements.
  const older = Prisma.sql`s."actorId" = a."actorId" AND s."retractedAt" IS NULL AND s."saidOn" <= a."beforeOn"
                           AND (s."saidOn" < a."beforeOn" OR s.id < a."beforeId")`;
  const [rows, ends] = await Promise.all([
    db.$queryRaw<CellRow[]>`
      SELECT DISTINCT ON (w."actorId", sc."conditionId")
             w."actorId", sc."conditionId", w.id AS "statementId", to_char(w."saidOn", 'YYYY-MM-DD') AS "saidOn",
             w."saidOnPrecision"::text AS "saidOnPrecision", sc.stages
        FROM ${from}
        CROSS JOIN LATERAL (SELECT s.id, s."actorId", s."saidOn", s."saidOnPrecision" FROM "Statement" s
                             WHERE ${older} ORDER BY s."saidOn" DESC, s.id DESC LIMIT ${size}) w
        CROSS JOIN LATERAL (SELECT x."conditionId", array_agg(x."appliesTo"::text || ':' || x.position::text) AS stages
                              FROM "StatementCondition" x WHERE x."statementId" = w.id GROUP BY x."conditionId") sc
       ORDER BY w."actorId", sc."conditionId", w."saidOn" DESC, w.id DESC`,
    db.$queryRaw<{ actorId: number; saidOn: string; saidOnPrecision: DatePrecision; id: number }[]>`
      SELECT a."actorId", to_char(e."saidOn", 'YYYY-MM-DD') AS "saidOn", e."saidOnPrecision"::text AS "saidOnPrecision", e.id
        FROM ${from}
        CROSS JOIN LATERAL (SELECT s.id, s."saidOn", s."saidOnPrecision" FROM "Statement" s
                             WHERE ${older} ORDER BY s."saidOn" DESC, s.id DESC OFFSET ${size - 1} LIMIT 1) e`,
  ]);
  return { rows, ends: ends.map((e) => ({ ...e, actorId: Number(e.actorId), id: Number(e.id) })) };
}

/**
 * The actors who named the most distinct conditions among the ledger's newest
 * statements, for a board nobody has configured: counting every actor's whole
 * record would read the ledger.
 */
async function actorsNamingMostConditions(limit: number) {
  const db = await getDb();
  const [actors, [window]] = await Promise.all([
    db.$queryRaw<{ id: number; slug: string; name: string; affiliation: string | null }[]>`
      SELECT a.id, a.slug, a.name, a.affiliation
        FROM (SELECT w."actorId", count(DISTINCT x."conditionId") AS n
                FROM (SELECT s.id, s."actorId" FROM "Statement" s WHERE s."retractedAt" IS NULL
                       ORDER BY s."saidOn" DESC, s.id DESC LIMIT ${DEFAULT_ACTORS_WINDOW}) w
                JOIN "StatementCondition" x ON x."statementId" = w.id
               GROUP BY w."actorId") named
        JOIN "Actor" a ON a.id = named."actorId"
       ORDER BY named.n DESC, a.name
       LIMIT ${limit}`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (SELECT 1 FROM "Statement" s WHERE s."retractedAt" IS NULL
                                       LIMIT ${DEFAULT_ACTORS_WINDOW + 1}) capped`,
  ]);
  return { actors, windowComplete: Number(window?.n ?? 0) <= DEFAULT_ACTORS_WINDOW };
}

// Pages read these through the ledger-version cache (lib/db/ledger.ts): a write
// anywhere in the ledger is seen by the very next request.
export const getBoard = cachedRead("getBoard", readGetBoard);
