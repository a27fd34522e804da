import "server-only";
import { getDb } from "../db";
import { fromDbDate, type DatePrecision } from "../dates";
import { Prisma } from "../generated/prisma/client";
import type { StatementFilters } from "./filters";
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
  /** Filter values that name nothing recorded (an unknown actor slug, say). */
  unknown: { field: "actor" | "topic" | "condition"; value: string }[];
};

const encodeCursor = (saidOn: string, id: number) => `${saidOn}_${id}`;

/**
 * Statements matching the filters, newest first (said on, then id), one page at
 * a time. Keyset pagination: a page is "older than the cursor", so statements
 * added meanwhile never shift or repeat rows, and page 1,000 costs what page 1 does.
 */
export async function listStatements(filters: StatementFilters): Promise<StatementPage> {
  const db = await getDb();
  const [actors, topics, conditions] = await Promise.all([
    filters.actor.length
      ? db.actor.findMany({ where: { slug: { in: filters.actor } }, select: { id: true, slug: true } })
      : [],
    filters.topic.length
      ? db.topic.findMany({ where: { slug: { in: filters.topic } }, select: { id: true, slug: true } })
      : [],
    filters.condition.length
      ? db.condition.findMany({ where: { slug: { in: filters.condition } }, select: { id: true, slug: true } })
      : [],
  ]);
  const unknown: StatementPage["unknown"] = [];
  const resolve = (field: "actor" | "topic" | "condition", slugs: string[], rows: { id: number; slug: string }[]) => {
    const found = new Map(rows.map((r) => [r.slug, r.id]));
    for (const slug of slugs) if (!found.has(slug)) unknown.push({ field, value: slug });
    return [...found.values()];
  };
  const actorIds = resolve("actor", filters.actor, actors);
  const topicIds = resolve("topic", filters.topic, topics);
  const conditionIds = resolve("condition", filters.condition, conditions);

  // Every value of a list filter was unknown: nothing can match.
  const emptied =
    (filters.actor.length > 0 && actorIds.length === 0) ||
    (filters.topic.length > 0 && topicIds.length === 0) ||
    (filters.condition.length > 0 && conditionIds.length === 0);
  if (emptied) return { items: [], nextCursor: null, unknown };

  const where: Prisma.Sql[] = [Prisma.sql`s."retractedAt" IS NULL`];
  if (actorIds.length) where.push(Prisma.sql`s."actorId" = ANY(${actorIds}::int[])`);
  if (topicIds.length) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementTopic" st
      WHERE st."statementId" = s.id AND st."topicId" = ANY(${topicIds}::int[]))`);
  }
  if (conditionIds.length) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementCondition" sc
      WHERE sc."statementId" = s.id AND sc."conditionId" = ANY(${conditionIds}::int[]))`);
  }
  if (filters.ceasefire.length) {
    where.push(Prisma.sql`s."ceasefireStance" = ANY(CAST(${filters.ceasefire}::text[] AS "CeasefireStance"[]))`);
  }
  if (filters.talks.length) {
    where.push(Prisma.sql`s."talksStance" = ANY(CAST(${filters.talks}::text[] AS "TalksStance"[]))`);
  }
  if (filters.from) where.push(Prisma.sql`s."saidOn" >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`s."saidOn" <= ${filters.to}::date`);
  if (filters.q) {
    where.push(Prisma.sql`s."searchVector" @@ websearch_to_tsquery('english', ${expandSpellings(filters.q)})`);
  }
  if (filters.cursor) {
    const [cursorDate, cursorId] = filters.cursor.split("_");
    where.push(Prisma.sql`(s."saidOn", s.id) < (${cursorDate}::date, ${Number(cursorId)}::int)`);
  }

  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT s.id FROM "Statement" s
     WHERE ${Prisma.join(where, " AND ")}
     ORDER BY s."saidOn" DESC, s.id DESC
     LIMIT ${filters.limit + 1}`;
  const pageIds = rows.slice(0, filters.limit).map((r) => Number(r.id));
  const items = await getStatementsByIds(pageIds);
  const last = items.at(-1);
  const nextCursor = rows.length > filters.limit && last ? encodeCursor(last.saidOn, last.id) : null;
  return { items, nextCursor, unknown };
}

/** Statements by id, in the order given. */
async function getStatementsByIds(ids: number[]): Promise<StatementView[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  const rows = await db.statement.findMany({ where: { id: { in: ids } }, select: statementSelect });
  const byId = new Map(rows.map((r) => [r.id, toView(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

// Sources spell the same names differently; a search for one spelling finds all.
const SPELLINGS: string[][] = [
  ["zelensky", "zelenskyy", "zelenskiy", "zelenskii", "zelenski"],
  ["kyiv", "kiev"],
  ["ceasefire", "cease-fire"],
  ["kuleba"],
  ["peskov"],
  ["lavrov"],
  ["kharkiv", "kharkov"],
  ["luhansk", "lugansk"],
  ["zaporizhzhia", "zaporozhye", "zaporizhia"],
  ["donbas", "donbass"],
  ["odesa", "odessa"],
];

/** Rewrites each known spelling in a websearch query into "(a OR b OR c)". */
export function expandSpellings(q: string): string {
  return q.replace(/[\p{L}-]+/gu, (word) => {
    const group = SPELLINGS.find((g) => g.includes(word.toLowerCase()));
    return group && group.length > 1 ? `(${group.join(" OR ")})` : word;
  });
}

export async function getStatement(id: number): Promise<StatementDetailView | null> {
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
