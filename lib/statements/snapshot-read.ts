import "server-only";
import { fromDbDate } from "../dates";
import type { Prisma } from "../generated/prisma/client";
import { sortConditions, type StatementSnapshot } from "./snapshot";

/** What a snapshot is read from; shared by the mutations and the history pages. */
export const snapshotSelect = {
  id: true,
  version: true,
  actorId: true,
  actor: { select: { slug: true, name: true } },
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
  retractedAt: true,
  retractionReason: true,
  topics: { select: { topic: { select: { slug: true } } } },
  conditions: { select: { appliesTo: true, position: true, condition: { select: { slug: true } } } },
  sources: {
    select: { source: { select: { url: true, outlet: true, title: true, kind: true, publishedOn: true } } },
    orderBy: { rank: "asc" },
  },
  linksFrom: { select: { kind: true, toId: true } },
} satisfies Prisma.StatementSelect;

export type SnapshotRow = Prisma.StatementGetPayload<{ select: typeof snapshotSelect }>;

export function toSnapshot(row: SnapshotRow): StatementSnapshot {
  const linked = (kind: "responds_to" | "restates") =>
    row.linksFrom
      .filter((l) => l.kind === kind)
      .map((l) => l.toId)
      .sort((a, b) => a - b);
  return {
    actor: row.actor.slug,
    speakerAsWritten: row.speakerAsWritten,
    saidOn: fromDbDate(row.saidOn),
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
    topics: row.topics.map((t) => t.topic.slug).sort(),
    conditions: sortConditions(
      row.conditions.map((c) => ({ slug: c.condition.slug, appliesTo: c.appliesTo, position: c.position })),
    ),
    sources: row.sources.map(({ source }) => ({
      url: source.url,
      outlet: source.outlet,
      title: source.title,
      kind: source.kind,
      publishedOn: source.publishedOn ? fromDbDate(source.publishedOn) : null,
    })),
    respondsTo: linked("responds_to"),
    restates: linked("restates"),
    origin: row.origin,
    retracted: row.retractedAt ? { at: row.retractedAt.toISOString(), reason: row.retractionReason } : null,
  };
}
