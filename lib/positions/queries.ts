import "server-only";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { DatePrecision } from "../dates";
import { conditionScopes, type ConditionPosition, type ConditionScope } from "../statements/schema";
import { DEFAULT_BOARD_ACTORS, type BoardParams } from "./schema";

export type BoardActorView = { slug: string; name: string; affiliation: string | null };

/** An actor's latest statement naming a condition: every stage that statement sets it for. */
export type BoardCellView = {
  statementId: number;
  saidOn: string;
  saidOnPrecision: DatePrecision;
  positions: { appliesTo: ConditionScope; position: ConditionPosition }[];
};

export type BoardRowView = {
  condition: { slug: string; label: string; definition: string };
  /** One per chosen actor, in the actors' order; null where nothing is recorded. */
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
 * How many of each chosen actor's newest statements the board reads in one
 * pass. A condition the actor has not named among them is looked up on its own,
 * further back: an active actor names most conditions within a few hundred
 * statements, and an actor with fewer statements than this needs no lookup.
 */
export const CELL_WINDOW = 500;
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
 * position recorded, exactly, however long the actor's record. Retracted
 * statements never count.
 */
export async function getBoard(params: BoardParams): Promise<BoardView> {
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
  const cellRows = await latestCells(actorIds, conditions.map((c) => c.id));

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
    if (!params.all && row.cells.every((cell) => cell === null)) {
      hiddenConditionCount++;
      continue;
    }
    const group = groups.find((g) => g.group === c.group);
    if (group) group.rows.push(row);
    else groups.push({ group: c.group, rows: [row] });
  }

  return {
    actors: actors.map(({ slug, name, affiliation }) => ({ slug, name, affiliation })),
    defaulted,
    defaultedFromNewest: defaulted && !chosen.windowComplete ? DEFAULT_ACTORS_WINDOW : null,
    unknown,
    groups,
    hiddenConditionCount,
  };
}

/**
 * Each actor's latest statement naming each condition, with every stage it
 * sets the condition for. First from the actor's newest CELL_WINDOW statements
 * in one pass; then, for an actor with more, each condition not met there by a
 * walk back from the window's oldest statement that stops at the first match.
 */
async function latestCells(actorIds: number[], conditionIds: number[]): Promise<CellRow[]> {
  if (actorIds.length === 0) return [];
  const db = await getDb();
  const stagesOf = (statementId: Prisma.Sql) => Prisma.sql`
    SELECT x."conditionId", array_agg(x."appliesTo"::text || ':' || x.position::text) AS stages
      FROM "StatementCondition" x WHERE x."statementId" = ${statementId} GROUP BY x."conditionId"`;
  const [windowRows, boundaries] = await Promise.all([
    db.$queryRaw<CellRow[]>`
      SELECT DISTINCT ON (w."actorId", sc."conditionId")
             w."actorId", sc."conditionId", w.id AS "statementId", to_char(w."saidOn", 'YYYY-MM-DD') AS "saidOn",
             w."saidOnPrecision"::text AS "saidOnPrecision", sc.stages
        FROM unnest(${actorIds}::int[]) a(id)
        CROSS JOIN LATERAL (SELECT s.id, s."actorId", s."saidOn", s."saidOnPrecision" FROM "Statement" s
                             WHERE s."actorId" = a.id AND s."retractedAt" IS NULL
                             ORDER BY s."saidOn" DESC, s.id DESC LIMIT ${CELL_WINDOW}) w
        CROSS JOIN LATERAL (${stagesOf(Prisma.sql`w.id`)}) sc
       ORDER BY w."actorId", sc."conditionId", w."saidOn" DESC, w.id DESC`,
    // The window's last statement, for actors who have one: those with more
    // statements than the window may have named other conditions earlier.
    db.$queryRaw<{ actorId: number; saidOn: string; id: number }[]>`
      SELECT a.id AS "actorId", to_char(b."saidOn", 'YYYY-MM-DD') AS "saidOn", b.id
        FROM unnest(${actorIds}::int[]) a(id)
        CROSS JOIN LATERAL (SELECT s.id, s."saidOn" FROM "Statement" s
                             WHERE s."actorId" = a.id AND s."retractedAt" IS NULL
                             ORDER BY s."saidOn" DESC, s.id DESC OFFSET ${CELL_WINDOW - 1} LIMIT 1) b`,
  ]);
  if (boundaries.length === 0) return windowRows;

  const found = new Set(windowRows.map((r) => `${Number(r.actorId)}:${Number(r.conditionId)}`));
  const pairs = boundaries.flatMap((b) =>
    conditionIds.filter((id) => !found.has(`${Number(b.actorId)}:${id}`)).map((conditionId) => ({ ...b, conditionId })),
  );
  if (pairs.length === 0) return windowRows;
  const older = await db.$queryRaw<CellRow[]>`
    SELECT p."actorId", p."conditionId", l.id AS "statementId", to_char(l."saidOn", 'YYYY-MM-DD') AS "saidOn",
           l."saidOnPrecision"::text AS "saidOnPrecision", sc.stages
      FROM unnest(${pairs.map((p) => Number(p.actorId))}::int[], ${pairs.map((p) => p.conditionId)}::int[],
                  ${pairs.map((p) => p.saidOn)}::date[], ${pairs.map((p) => Number(p.id))}::int[])
           AS p("actorId", "conditionId", "beforeOn", "beforeId")
      CROSS JOIN LATERAL (SELECT s.id, s."saidOn", s."saidOnPrecision" FROM "Statement" s
                           WHERE s."actorId" = p."actorId" AND s."retractedAt" IS NULL
                             AND (s."saidOn" < p."beforeOn" OR (s."saidOn" = p."beforeOn" AND s.id < p."beforeId"))
                             AND EXISTS (SELECT 1 FROM "StatementCondition" x
                                          WHERE x."statementId" = s.id AND x."conditionId" = p."conditionId")
                           ORDER BY s."saidOn" DESC, s.id DESC LIMIT 1) l
      CROSS JOIN LATERAL (${stagesOf(Prisma.sql`l.id`)}) sc
     WHERE sc."conditionId" = p."conditionId"`;
  return [...windowRows, ...older];
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
