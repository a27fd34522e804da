import "server-only";
import { getDb } from "../db";
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
  /** Requested slugs that name no actor. */
  unknown: string[];
  groups: { group: string; rows: BoardRowView[] }[];
  /** Conditions left off because no chosen actor has named them (0 with `all`). */
  hiddenConditionCount: number;
};

/**
 * The positions board: for each chosen actor and each condition, the latest
 * position recorded. The cells are one query; retracted statements never count.
 */
export async function getBoard(params: BoardParams): Promise<BoardView> {
  const db = await getDb();
  const requested = params.actor.length
    ? await db.actor.findMany({
        where: { slug: { in: params.actor } },
        select: { id: true, slug: true, name: true, affiliation: true },
      })
    : [];
  const unknown = params.actor.filter((slug) => !requested.some((a) => a.slug === slug));
  const defaulted = requested.length === 0;
  const actors = defaulted
    ? await actorsWithMostConditions(DEFAULT_BOARD_ACTORS)
    : params.actor.flatMap((slug) => requested.find((a) => a.slug === slug) ?? []);
  const actorIds = actors.map((a) => Number(a.id));

  const [conditions, cellRows] = await Promise.all([
    db.condition.findMany({
      select: { id: true, slug: true, label: true, group: true, definition: true },
      orderBy: [{ sortOrder: "asc" }, { label: "asc" }],
    }),
    // Every row of each actor's latest statement on each condition: a statement
    // may set one condition for several stages at once.
    db.$queryRaw<
      {
        actorId: number;
        conditionId: number;
        statementId: number;
        saidOn: string;
        saidOnPrecision: DatePrecision;
        appliesTo: ConditionScope;
        position: ConditionPosition;
      }[]
    >`
      SELECT "actorId", "conditionId", "statementId", "saidOn", "saidOnPrecision", "appliesTo", "position"
        FROM (
          SELECT s."actorId", sc."conditionId", s.id AS "statementId",
                 to_char(s."saidOn", 'YYYY-MM-DD') AS "saidOn", s."saidOnPrecision"::text AS "saidOnPrecision",
                 sc."appliesTo"::text AS "appliesTo", sc."position"::text AS "position",
                 rank() OVER (PARTITION BY s."actorId", sc."conditionId" ORDER BY s."saidOn" DESC, s.id DESC) AS r
            FROM "StatementCondition" sc
            JOIN "Statement" s ON s.id = sc."statementId"
           WHERE s."retractedAt" IS NULL AND s."actorId" = ANY(${actorIds}::int[])
        ) ranked
       WHERE r = 1`,
  ]);

  const cells = new Map<string, BoardCellView>();
  for (const row of cellRows) {
    const key = `${Number(row.actorId)}:${Number(row.conditionId)}`;
    const cell = cells.get(key) ?? {
      statementId: Number(row.statementId),
      saidOn: row.saidOn,
      saidOnPrecision: row.saidOnPrecision,
      positions: [],
    };
    cell.positions.push({ appliesTo: row.appliesTo, position: row.position });
    cells.set(key, cell);
  }
  for (const cell of cells.values()) {
    cell.positions.sort((a, b) => conditionScopes.indexOf(a.appliesTo) - conditionScopes.indexOf(b.appliesTo));
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
    unknown,
    groups,
    hiddenConditionCount,
  };
}

/** The actors who have named the most distinct conditions, for a board nobody has configured. */
async function actorsWithMostConditions(limit: number) {
  const db = await getDb();
  return db.$queryRaw<{ id: number; slug: string; name: string; affiliation: string | null }[]>`
    SELECT a.id, a.slug, a.name, a.affiliation
      FROM "Actor" a
      JOIN "Statement" s ON s."actorId" = a.id AND s."retractedAt" IS NULL
      JOIN "StatementCondition" sc ON sc."statementId" = s.id
     GROUP BY a.id
     ORDER BY count(DISTINCT sc."conditionId") DESC, a.name
     LIMIT ${limit}`;
}
