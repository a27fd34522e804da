import type { StatementDetailJson, StatementJson } from "./api-schema";
import type { StatementDetailView, StatementView } from "./queries";

/** A statement as the JSON API publishes it. */
export function toStatementJson(s: StatementView): StatementJson {
  return {
    id: s.id,
    url: `/statements/${s.id}`,
    actor: { slug: s.actor.slug, name: s.actor.name, role: s.actor.role },
    speakerAsWritten: s.speakerAsWritten,
    saidOn: s.saidOn,
    saidOnPrecision: s.saidOnPrecision,
    publishedOn: s.publishedOn,
    quote: s.quote,
    paraphrase: s.paraphrase,
    language: s.language,
    translationPath: s.translationPath,
    venue: s.venue,
    ceasefireStance: s.ceasefireStance,
    talksStance: s.talksStance,
    background: s.background,
    origin: s.origin,
    conditions: s.conditions.map((c) => ({
      slug: c.slug,
      label: c.label,
      group: c.group,
      appliesTo: c.appliesTo,
      position: c.position,
    })),
    topics: s.topics.map((t) => ({ slug: t.slug, label: t.label })),
    sources: s.sources.map((src) => ({
      url: src.url,
      outlet: src.outlet,
      title: src.title,
      kind: src.kind,
      publishedOn: src.publishedOn,
    })),
    version: s.version,
    retracted: s.retracted,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

export function toStatementDetailJson(s: StatementDetailView): StatementDetailJson {
  const link = (l: StatementDetailView["linksTo"][number]) => ({
    kind: l.kind,
    id: l.statement.id,
    actor: { slug: l.statement.actor.slug, name: l.statement.actor.name },
    saidOn: l.statement.saidOn,
    saidOnPrecision: l.statement.saidOnPrecision,
  });
  return { ...toStatementJson(s), linksTo: s.linksTo.map(link), linkedFrom: s.linkedFrom.map(link) };
}
