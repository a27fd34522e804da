import { normalizeName } from "../actors/normalize";
import { toDbDate } from "../dates";
import type { PrismaClient } from "../generated/prisma/client";
import { readDemoData, type DemoData } from "./demo-data";

export type LoadResult = { statementsAdded: number };

/**
 * Loads the demo data, adding only what is missing (matched by slug or seed
 * key) and never touching a row that exists: an editor's correction to a demo
 * statement survives every later start. One transaction: all or nothing.
 */
export async function loadDemoData(db: PrismaClient, data?: DemoData): Promise<LoadResult> {
  const demo = data ?? (await readDemoData());
  const present = await db.statement.count({ where: { seedKey: { in: demo.statements.map((s) => s.key) } } });
  if (present === demo.statements.length) return { statementsAdded: 0 };

  return db.$transaction(
    async (tx) => {
      await tx.topic.createMany({
        data: demo.topics.map((t) => ({ slug: t.slug, label: t.label, description: t.description })),
        skipDuplicates: true,
      });
      await tx.condition.createMany({
        data: demo.conditions.map((c, i) => ({ ...c, sortOrder: i })),
        skipDuplicates: true,
      });

      const existingActors = new Set(
        (await tx.actor.findMany({ select: { slug: true } })).map((a) => a.slug),
      );
      for (const actor of demo.actors) {
        if (existingActors.has(actor.slug)) continue;
        const aliases = new Map<string, string>();
        for (const alias of [actor.name, ...actor.aliases]) aliases.set(normalizeName(alias), alias);
        await tx.actor.create({
          data: {
            slug: actor.slug,
            name: actor.name,
            kind: actor.kind,
            affiliation: actor.affiliation,
            description: actor.description,
            aliases: { create: [...aliases].map(([normalized, alias]) => ({ alias, normalized })) },
            roles: {
              create: actor.roles.map((r) => ({
                title: r.title,
                startOn: toDbDate(r.startOn),
                endOn: r.endOn ? toDbDate(r.endOn) : null,
              })),
            },
          },
        });
      }

      const existingSources = new Set(
        (await tx.source.findMany({ where: { seedKey: { not: null } }, select: { seedKey: true } })).map(
          (s) => s.seedKey,
        ),
      );
      for (const source of demo.sources) {
        if (existingSources.has(source.key)) continue;
        await tx.source.create({
          data: {
            seedKey: source.key,
            url: source.url,
            outlet: source.outlet,
            title: source.title,
            kind: source.kind,
            publishedOn: source.publishedOn ? toDbDate(source.publishedOn) : null,
          },
        });
      }

      const [actors, topics, conditions, sources, existingStatements] = await Promise.all([
        tx.actor.findMany({ select: { id: true, slug: true } }),
        tx.topic.findMany({ select: { id: true, slug: true } }),
        tx.condition.findMany({ select: { id: true, slug: true } }),
        tx.source.findMany({ where: { seedKey: { not: null } }, select: { id: true, seedKey: true } }),
        tx.statement.findMany({ where: { seedKey: { not: null } }, select: { id: true, seedKey: true } }),
      ]);
      const actorId = new Map(actors.map((a) => [a.slug, a.id]));
      const topicId = new Map(topics.map((t) => [t.slug, t.id]));
      const conditionId = new Map(conditions.map((c) => [c.slug, c.id]));
      const sourceId = new Map(sources.map((s) => [s.seedKey, s.id]));
      const statementId = new Map(existingStatements.map((s) => [s.seedKey, s.id]));

      let statementsAdded = 0;
      for (const s of demo.statements) {
        if (statementId.has(s.key)) continue;
        const saidOn = toDbDate(s.saidOn);
        const created = await tx.statement.create({
          data: {
            seedKey: s.key,
            actorId: actorId.get(s.actor)!,
            speakerAsWritten: s.speakerAsWritten,
            saidOn,
            saidOnPrecision: s.saidOnPrecision,
            publishedOn: s.publishedOn ? toDbDate(s.publishedOn) : null,
            quote: s.quote,
            paraphrase: s.paraphrase,
            language: s.language,
            translationPath: s.translationPath,
            venue: s.venue,
            ceasefireStance: s.ceasefireStance,
            talksStance: s.talksStance,
            background: s.background,
            topics: { create: [...new Set(s.topics)].map((slug) => ({ topicId: topicId.get(slug)!, saidOn })) },
            conditions: {
              create: s.conditions.map((c) => ({
                conditionId: conditionId.get(c.slug)!,
                appliesTo: c.appliesTo,
                position: c.position,
                saidOn,
              })),
            },
            sources: { create: s.sources.map((key, rank) => ({ sourceId: sourceId.get(key)!, rank })) },
          },
          select: { id: true },
        });
        statementId.set(s.key, created.id);
        statementsAdded++;
      }

      const links = demo.statements.flatMap((s) => [
        ...s.respondsTo.map((to) => ({ from: s.key, to, kind: "responds_to" as const })),
        ...s.restates.map((to) => ({ from: s.key, to, kind: "restates" as const })),
      ]);
      await tx.statementLink.createMany({
        data: links.map((l) => ({ fromId: statementId.get(l.from)!, toId: statementId.get(l.to)!, kind: l.kind })),
        skipDuplicates: true,
      });
      return { statementsAdded };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
