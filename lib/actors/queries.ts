import "server-only";
import { getDb } from "../db";
import { fromDbDate, type DatePrecision } from "../dates";
import { Prisma } from "../generated/prisma/client";
import {
  conditionHistories,
  stanceHistories,
  type ConditionHistory,
  type StanceEntry,
} from "../positions/changes";
import { ACTOR_COUNT_CAP, POSITION_WINDOW } from "./limits";
import type {
  CeasefireStance,
  ConditionPosition,
  ConditionScope,
  TalksStance,
} from "../statements/schema";
import { cachedRead } from "../db/ledger";

export type RoleView = { title: string; startOn: string; endOn: string | null };

export type ActorSummaryView = {
  slug: string;
  name: string;
  kind: "person" | "organisation";
  affiliation: string | null;
  description: string | null;
  /** Other spellings of the name as sources print them. */
  aliases: string[];
  /** Newest first. */
  roles: RoleView[];
  statementCount: number;
  latestSaidOn: string | null;
  latestSaidOnPrecision: DatePrecision | null;
};

export type ActorDetailView = ActorSummaryView & {
  /** One history per condition the actor named, in the conditions' order. */
  positions: ConditionHistory[];
  stances: {
    talks: StanceEntry<Exclude<TalksStance, "none">>[];
    ceasefire: StanceEntry<Exclude<CeasefireStance, "none">>[];
  };
};

const actorSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  affiliation: true,
  description: true,
  aliases: { select: { alias: true } },
  roles: { select: { title: true, startOn: true, endOn: true }, orderBy: { startOn: "desc" } },
} satisfies Prisma.ActorSelect;

type ActorRow = Prisma.ActorGetPayload<{ select: typeof actorSelect }>;
type Latest = { statementCount: number; latestSaidOn: string | null; latestSaidOnPrecision: DatePrecision | null };

function toSummary(row: ActorRow, latest: Latest): ActorSummaryView {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    affiliation: row.affiliation,
    description: row.description,
    aliases: row.aliases
      .map((a) => a.alias)
      .filter((alias) => alias !== row.name)
      .sort((a, b) => a.localeCompare(b, "en")),
    roles: row.roles.map((r) => ({
      title: r.title,
      startOn: fromDbDate(r.startOn),
      endOn: r.endOn ? fromDbDate(r.endOn) : null,
    })),
    ...latest,
  };
}

const noStatements: Latest = { statementCount: 0, latestSaidOn: null, latestSaidOnPrecision: null };

/** Every actor, by name, with how many statements are recorded and the latest one's date. */
async function readListActors(): Promise<ActorSummaryView[]> {
  const db = await getDb();
  const [actors, stats] = await Promise.all([
    db.actor.findMany({ select: actorSelect }),
    // Counted in one pass over the statements; each actor's latest read from
    // their newest-first index (a window function over every statement sorted
    // the whole ledger: 3 s on a million statements, against 0.35 s).
    db.$queryRaw<{ actorId: number; n: number; saidOn: string; saidOnPrecision: DatePrecision }[]>`
      SELECT c."actorId", c.n, to_char(l."saidOn", 'YYYY-MM-DD') AS "saidOn", l."saidOnPrecision"::text AS "saidOnPrecision"
        FROM (SELECT "actorId", count(*)::int AS n FROM "Statement" WHERE "retractedAt" IS NULL GROUP BY "actorId") c
        CROSS JOIN LATERAL (
          SELECT s."saidOn", s."saidOnPrecision" FROM "Statement" s
           WHERE s."actorId" = c."actorId" AND s."retractedAt" IS NULL
           ORDER BY s."saidOn" DESC, s.id DESC LIMIT 1) l`,
  ]);
  const byActor = new Map<number, Latest>(
    stats.map((s) => [
      Number(s.actorId),
      { statementCount: Number(s.n), latestSaidOn: s.saidOn, latestSaidOnPrecision: s.saidOnPrecision },
    ]),
  );
  // Sorted here, not in SQL: database collations differ ("Government of Ukraine"
  // before "Government of the People's Republic" under C), readers expect English order.
  return actors
    .map((a) => toSummary(a, byActor.get(a.id) ?? noStatements))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

export type ActorNameView = { slug: string; name: string };

/** Every actor's slug and name, by name: for choosing actors, where counting their statements would read the ledger. */
async function readListActorNames(): Promise<ActorNameView[]> {
  const db = await getDb();
  const actors = await db.actor.findMany({ select: { slug: true, name: true } });
  return actors.sort((a, b) => a.name.localeCompare(b.name, "en"));
}

export type ActorOverviewView = ActorSummaryView & {
  /** `statementCount` is a lower bound: more are recorded. */
  statementCountAtLeast: boolean;
  /** One history per condition the actor named, in the conditions' order. */
  positions: ConditionHistory[];
  stances: ActorDetailView["stances"];
  /** The statements positions and stances are read from: every one, or only the newest. */
  window: { size: number; complete: boolean; fromOn: string | null; fromPrecision: DatePrecision | null };
};

/**
 * One actor for their page: who they are, and their positions and stances read
 * from their newest POSITION_WINDOW statements, so an actor with a hundred
 * thousand statements costs what one with two thousand does. Null for an
 * unknown slug; retracted statements count for nothing.
 */
async function readGetActorOverview(slug: string): Promise<ActorOverviewView | null> {
  const db = await getDb();
  const actor = await db.actor.findUnique({ where: { slug }, select: actorSelect });
  if (!actor) return null;
  // The id as a literal: a subquery on the slug keeps PostgreSQL from walking
  // the (actorId, saidOn, id) index newest first.
  const newest = Prisma.sql`
    SELECT s.id, s."saidOn", s."saidOnPrecision", s."talksStance", s."ceasefireStance"
      FROM "Statement" s
     WHERE s."actorId" = ${actor.id}::int AND s."retractedAt" IS NULL
     ORDER BY s."saidOn" DESC, s.id DESC
     LIMIT ${POSITION_WINDOW}`;
  const [statements, conditionRows, counted] = await Promise.all([
    db.$queryRaw<
      { id: number; saidOn: string; saidOnPrecision: DatePrecision; talksStance: TalksStance; ceasefireStance: CeasefireStance }[]
    >`
      SELECT w.id, to_char(w."saidOn", 'YYYY-MM-DD') AS "saidOn", w."saidOnPrecision"::text AS "saidOnPrecision",
             w."talksStance"::text AS "talksStance", w."ceasefireStance"::text AS "ceasefireStance"
        FROM (${newest}) w
       ORDER BY w."saidOn" DESC, w.id DESC`,
    // Each window statement's conditions by its own index lookup: a join lets
    // the planner hash every condition row of the ledger instead.
    db.$queryRaw<
      {
        statementId: number;
        saidOn: string;
        saidOnPrecision: DatePrecision;
        appliesTo: ConditionScope;
        position: ConditionPosition;
        slug: string;
        label: string;
        group: string;
        sortOrder: number;
      }[]
    >`
      SELECT w.id AS "statementId", to_char(w."saidOn", 'YYYY-MM-DD') AS "saidOn",
             w."saidOnPrecision"::text AS "saidOnPrecision", sc."appliesTo"::text AS "appliesTo",
             sc.position::text AS position, c.slug, c.label, c."group", c."sortOrder"
        FROM (${newest}) w
        CROSS JOIN LATERAL (SELECT x."conditionId", x."appliesTo", x.position
                              FROM "StatementCondition" x WHERE x."statementId" = w.id) sc
        JOIN "Condition" c ON c.id = sc."conditionId"`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT 1 FROM "Statement" s WHERE s."actorId" = ${actor.id}::int AND s."retractedAt" IS NULL
         LIMIT ${ACTOR_COUNT_CAP + 1}) capped`,
  ]);
  const count = Number(counted[0]?.n ?? 0);
  const latest = statements[0];
  const oldest = statements.at(-1);
  const dated = (r: { id: number; saidOn: string; saidOnPrecision: DatePrecision }) => ({
    statementId: Number(r.id),
    saidOn: r.saidOn,
    saidOnPrecision: r.saidOnPrecision,
  });
  return {
    ...toSummary(
      actor,
      latest
        ? {
            statementCount: Math.min(count, ACTOR_COUNT_CAP),
            latestSaidOn: latest.saidOn,
            latestSaidOnPrecision: latest.saidOnPrecision,
          }
        : noStatements,
    ),
    statementCountAtLeast: count > ACTOR_COUNT_CAP,
    positions: conditionHistories(
      conditionRows.map((r) => ({
        statementId: Number(r.statementId),
        saidOn: r.saidOn,
        saidOnPrecision: r.saidOnPrecision,
        appliesTo: r.appliesTo,
        position: r.position,
        condition: { slug: r.slug, label: r.label, group: r.group, sortOrder: Number(r.sortOrder) },
      })),
    ),
    stances: stanceHistories(
      statements.map((s) => ({ ...dated(s), talksStance: s.talksStance, ceasefireStance: s.ceasefireStance })),
    ),
    window: {
      size: statements.length,
      complete: count <= statements.length,
      fromOn: oldest?.saidOn ?? null,
      fromPrecision: oldest?.saidOnPrecision ?? null,
    },
  };
}

// Pages read these through the ledger-version cache (lib/db/ledger.ts): a write
// anywhere in the ledger is seen by the very next request.
export const listActors = cachedRead("listActors", readListActors);
export const listActorNames = cachedRead("listActorNames", readListActorNames);
export const getActorOverview = cachedRead("getActorOverview", readGetActorOverview);
