import "server-only";
import { getDb } from "../db";
import type { DatePrecision } from "../dates";
import { currentPositions, positionEntries, type CurrentPosition, type PositionEntry } from "../positions/changes";
import { statementFiltersSchema } from "../statements/filters";
import { countStatements } from "../statements/queries";
import type { ConditionPosition, ConditionScope } from "../statements/schema";
import { cachedRead } from "../db/ledger";
import { CONDITION_ACTORS_SHOWN, CONDITION_COUNT_CAP, CONDITION_WINDOW } from "./limits";

export type ConditionSummaryView = {
  slug: string;
  label: string;
  group: string;
  definition: string;
  /** Statements (not retracted) that name the condition. */
  statementCount: number;
  /** Actors who named it. */
  actorCount: number;
};

export type ConditionActorPositionsView = {
  actor: { slug: string; name: string; affiliation: string | null };
  /** Oldest first, changes marked. */
  entries: PositionEntry[];
  current: CurrentPosition[];
};

/** Every condition in the taxonomy's order (groups stay together), with how often it is named. */
async function readListConditions(): Promise<ConditionSummaryView[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<
    { slug: string; label: string; group: string; definition: string; statements: number; actors: number }[]
  >`
    SELECT c.slug, c.label, c."group", c.definition,
           count(DISTINCT s.id)::int AS statements, count(DISTINCT s."actorId")::int AS actors
      FROM "Condition" c
      LEFT JOIN "StatementCondition" sc ON sc."conditionId" = c.id
      LEFT JOIN "Statement" s ON s.id = sc."statementId" AND s."retractedAt" IS NULL
     GROUP BY c.id
     ORDER BY c."sortOrder", c.label`;
  return rows.map((r) => ({
    slug: r.slug,
    label: r.label,
    group: r.group,
    definition: r.definition,
    statementCount: Number(r.statements),
    actorCount: Number(r.actors),
  }));
}

export { CONDITION_ACTORS_SHOWN, CONDITION_WINDOW } from "./limits";

export type ConditionOverviewView = Omit<ConditionSummaryView, "actorCount"> & {
  /** `statementCount` is a lower bound: more are recorded. */
  statementCountAtLeast: boolean;
  /** The actors who spoke on it most recently, at most CONDITION_ACTORS_SHOWN, newest first. */
  actors: ConditionActorPositionsView[];
  /** The other actors who named it in the window, newest first. */
  moreActors: ConditionActorPositionsView["actor"][];
  /** The statements read: every one naming the condition, or only the newest. */
  window: { size: number; complete: boolean; fromOn: string | null; fromPrecision: DatePrecision | null };
};

/**
 * One condition for its page: its definition and, for the actors who spoke on
 * it most recently, what they said over time, read from the newest
 * CONDITION_WINDOW statements naming it, so a condition named three hundred
 * thousand times costs what one named two thousand times does. Null for an
 * unknown slug; retracted statements count for nothing.
 */
async function readGetConditionOverview(slug: string): Promise<ConditionOverviewView | null> {
  const db = await getDb();
  const condition = await db.condition.findUnique({
    where: { slug },
    select: { id: true, slug: true, label: true, group: true, definition: true },
  });
  if (!condition) return null;
  // One more row than the window, to tell a full window from a complete one;
  // the id as a literal, so PostgreSQL walks the condition's newest-first index.
  const [rows, counted] = await Promise.all([
    db.$queryRaw<
      {
        statementId: number;
        actorId: number;
        saidOn: string;
        saidOnPrecision: DatePrecision;
        appliesTo: ConditionScope;
        position: ConditionPosition;
      }[]
    >`
      SELECT sc."statementId", s."actorId", to_char(s."saidOn", 'YYYY-MM-DD') AS "saidOn",
             s."saidOnPrecision"::text AS "saidOnPrecision", sc."appliesTo"::text AS "appliesTo",
             sc.position::text AS position
        FROM "StatementCondition" sc
        JOIN "Statement" s ON s.id = sc."statementId" AND s."retractedAt" IS NULL
       WHERE sc."conditionId" = ${condition.id}::int
       ORDER BY sc."saidOn" DESC, sc."statementId" DESC
       LIMIT ${CONDITION_WINDOW + 1}`,
    countStatements({ ...statementFiltersSchema.parse({}), condition: [condition.slug] }, CONDITION_COUNT_CAP),
  ]);
  // A statement sets a condition for up to three stages: one cut by the limit
  // is left out whole rather than shown with some of its stages.
  const complete = rows.length <= CONDITION_WINDOW;
  const cut = complete ? undefined : rows[CONDITION_WINDOW].statementId;
  const read = complete ? rows : rows.slice(0, CONDITION_WINDOW).filter((r) => r.statementId !== cut);

  const byActor = new Map<number, typeof read>();
  for (const row of read) {
    const actorId = Number(row.actorId);
    byActor.set(actorId, [...(byActor.get(actorId) ?? []), row]);
  }
  const actorRows = await db.actor.findMany({
    where: { id: { in: [...byActor.keys()] } },
    select: { id: true, slug: true, name: true, affiliation: true },
  });
  const actorById = new Map(actorRows.map(({ id, ...actor }) => [id, actor]));
  // Map order is first appearance, and rows come newest first.
  const ordered = [...byActor.entries()].map(([id, actorStatements]) => ({
    actor: actorById.get(id)!,
    rows: actorStatements,
  }));
  const oldest = read.at(-1);
  return {
    slug: condition.slug,
    label: condition.label,
    group: condition.group,
    definition: condition.definition,
    statementCount: counted.count,
    statementCountAtLeast: counted.atLeast,
    actors: ordered.slice(0, CONDITION_ACTORS_SHOWN).map(({ actor, rows: actorStatements }) => {
      const entries = positionEntries(
        actorStatements.map((r) => ({
          statementId: Number(r.statementId),
          saidOn: r.saidOn,
          saidOnPrecision: r.saidOnPrecision,
          appliesTo: r.appliesTo,
          position: r.position,
        })),
      );
      return { actor, entries, current: currentPositions(entries) };
    }),
    moreActors: ordered.slice(CONDITION_ACTORS_SHOWN).map(({ actor }) => actor),
    window: {
      size: new Set(read.map((r) => r.statementId)).size,
      complete,
      fromOn: oldest?.saidOn ?? null,
      fromPrecision: oldest?.saidOnPrecision ?? null,
    },
  };
}

// Pages read these through the ledger-version cache (lib/db/ledger.ts): a write
// anywhere in the ledger is seen by the very next request.
export const listConditions = cachedRead("listConditions", readListConditions);
export const getConditionOverview = cachedRead("getConditionOverview", readGetConditionOverview);
