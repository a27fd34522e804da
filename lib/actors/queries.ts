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
import { statementExcerpt } from "../statements/excerpt";
import type { StatementPoint } from "../statements/points";
import type { CeasefireStance, TalksStance } from "../statements/schema";

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

export type ActorStatementPoint = StatementPoint & { topics: { slug: string; label: string }[] };

export type ActorDetailView = ActorSummaryView & {
  /** One history per condition the actor named, in the conditions' order. */
  positions: ConditionHistory[];
  stances: {
    talks: StanceEntry<Exclude<TalksStance, "none">>[];
    ceasefire: StanceEntry<Exclude<CeasefireStance, "none">>[];
  };
  /** Every statement, newest first, as chart marks. */
  points: ActorStatementPoint[];
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
export async function listActors(): Promise<ActorSummaryView[]> {
  const db = await getDb();
  const [actors, stats] = await Promise.all([
    db.actor.findMany({ select: actorSelect }),
    db.$queryRaw<{ actorId: number; n: number; saidOn: string; saidOnPrecision: DatePrecision }[]>`
      SELECT DISTINCT ON (s."actorId") s."actorId", count(*) OVER (PARTITION BY s."actorId")::int AS n,
             to_char(s."saidOn", 'YYYY-MM-DD') AS "saidOn", s."saidOnPrecision"::text AS "saidOnPrecision"
        FROM "Statement" s
       WHERE s."retractedAt" IS NULL
       ORDER BY s."actorId", s."saidOn" DESC, s.id DESC`,
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

/**
 * One actor with their positions on each condition and their talks and
 * ceasefire stances over time, changes marked; null for an unknown slug.
 * Retracted statements count for nothing.
 */
export async function getActor(slug: string): Promise<ActorDetailView | null> {
  const db = await getDb();
  const live = { actor: { slug }, retractedAt: null } satisfies Prisma.StatementWhereInput;
  const [actor, statements, conditionRows] = await Promise.all([
    db.actor.findUnique({ where: { slug }, select: actorSelect }),
    db.statement.findMany({
      where: live,
      select: {
        id: true,
        saidOn: true,
        saidOnPrecision: true,
        talksStance: true,
        ceasefireStance: true,
        quote: true,
        paraphrase: true,
        topics: { select: { topic: { select: { slug: true, label: true } } } },
      },
      orderBy: [{ saidOn: "desc" }, { id: "desc" }],
    }),
    db.statementCondition.findMany({
      where: { statement: live },
      select: {
        appliesTo: true,
        position: true,
        statement: { select: { id: true, saidOn: true, saidOnPrecision: true } },
        condition: { select: { slug: true, label: true, group: true, sortOrder: true } },
      },
    }),
  ]);
  if (!actor) return null;

  const dated = statements.map((s) => ({
    statementId: s.id,
    saidOn: fromDbDate(s.saidOn),
    saidOnPrecision: s.saidOnPrecision,
  }));
  const latest = dated[0];
  return {
    ...toSummary(
      actor,
      latest
        ? { statementCount: dated.length, latestSaidOn: latest.saidOn, latestSaidOnPrecision: latest.saidOnPrecision }
        : noStatements,
    ),
    positions: conditionHistories(
      conditionRows.map((r) => ({
        statementId: r.statement.id,
        saidOn: fromDbDate(r.statement.saidOn),
        saidOnPrecision: r.statement.saidOnPrecision,
        appliesTo: r.appliesTo,
        position: r.position,
        condition: r.condition,
      })),
    ),
    stances: stanceHistories(
      statements.map((s, i) => ({ ...dated[i], talksStance: s.talksStance, ceasefireStance: s.ceasefireStance })),
    ),
    points: statements.map((s, i) => ({
      id: s.id,
      actorSlug: actor.slug,
      actorName: actor.name,
      saidOn: dated[i].saidOn,
      saidOnPrecision: s.saidOnPrecision,
      label: statementExcerpt(s),
      topics: s.topics.map((t) => t.topic).sort((a, b) => a.label.localeCompare(b.label, "en")),
    })),
  };
}
