import "server-only";
import { getDb } from "../db";
import { fromDbDate } from "../dates";
import { currentPositions, positionEntries, type CurrentPosition, type PositionEntry } from "../positions/changes";

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

export type ConditionDetailView = ConditionSummaryView & {
  /** Each actor who named the condition, by name. */
  actors: ConditionActorPositionsView[];
};

/** Every condition in the taxonomy's order (groups stay together), with how often it is named. */
export async function listConditions(): Promise<ConditionSummaryView[]> {
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

/**
 * One condition and, for each actor who named it, what they said over time
 * and where they stand now on each stage, since when. Null for an unknown slug.
 */
export async function getCondition(slug: string): Promise<ConditionDetailView | null> {
  const db = await getDb();
  const [condition, rows] = await Promise.all([
    db.condition.findUnique({ where: { slug }, select: { slug: true, label: true, group: true, definition: true } }),
    db.statementCondition.findMany({
      where: { condition: { slug }, statement: { retractedAt: null } },
      select: {
        appliesTo: true,
        position: true,
        statement: {
          select: {
            id: true,
            saidOn: true,
            saidOnPrecision: true,
            actor: { select: { slug: true, name: true, affiliation: true } },
          },
        },
      },
    }),
  ]);
  if (!condition) return null;

  const byActor = new Map<string, { actor: ConditionActorPositionsView["actor"]; rows: typeof rows }>();
  for (const row of rows) {
    const { actor } = row.statement;
    const entry = byActor.get(actor.slug) ?? { actor, rows: [] };
    entry.rows.push(row);
    byActor.set(actor.slug, entry);
  }
  const actors = [...byActor.values()]
    .sort((a, b) => a.actor.name.localeCompare(b.actor.name))
    .map(({ actor, rows: actorRows }) => {
      const entries = positionEntries(
        actorRows.map((r) => ({
          statementId: r.statement.id,
          saidOn: fromDbDate(r.statement.saidOn),
          saidOnPrecision: r.statement.saidOnPrecision,
          appliesTo: r.appliesTo,
          position: r.position,
        })),
      );
      return { actor, entries, current: currentPositions(entries) };
    });
  return {
    ...condition,
    statementCount: new Set(rows.map((r) => r.statement.id)).size,
    actorCount: actors.length,
    actors,
  };
}
