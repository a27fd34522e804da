import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import {
  ceasefireStances,
  conditionPositions,
  conditionScopes,
  datePrecisions,
  isoDateSchema,
  slugSchema,
  sourceKinds,
  talksStances,
} from "../statements/schema";

export const DEMO_DATA_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "seed");

const topicSchema = z.object({ slug: slugSchema, label: z.string().min(1), description: z.string().optional() });

const conditionSchema = z.object({
  slug: slugSchema,
  label: z.string().min(1),
  group: z.string().min(1),
  definition: z.string().min(1),
});

const actorSchema = z.object({
  slug: slugSchema,
  name: z.string().min(1),
  kind: z.enum(["person", "organisation"]).default("person"),
  affiliation: z.string().nullish(),
  description: z.string().nullish(),
  aliases: z.array(z.string().min(1)).default([]),
  roles: z
    .array(z.object({ title: z.string().min(1), startOn: isoDateSchema, endOn: isoDateSchema.nullish() }))
    .default([]),
});

const sourceSchema = z.object({
  key: z.string().min(1),
  seedFile: z.string().optional(),
  url: z.url().nullish(),
  outlet: z.string().min(1),
  kind: z.enum(sourceKinds).default("other"),
  title: z.string().min(1),
  publishedOn: isoDateSchema.nullish(),
  note: z.string().optional(),
});

const statementSchema = z
  .object({
    key: z.string().min(1),
    actor: slugSchema,
    speakerAsWritten: z.string().nullish(),
    saidOn: isoDateSchema,
    saidOnPrecision: z.enum(datePrecisions),
    publishedOn: isoDateSchema.nullish(),
    quote: z.string().min(1).nullish(),
    paraphrase: z.string().min(1).nullish(),
    language: z.string().nullish(),
    translationPath: z.string().nullish(),
    venue: z.string().nullish(),
    ceasefireStance: z.enum(ceasefireStances),
    talksStance: z.enum(talksStances),
    topics: z.array(slugSchema).default([]),
    conditions: z
      .array(
        z.object({ slug: slugSchema, appliesTo: z.enum(conditionScopes), position: z.enum(conditionPositions) }),
      )
      .default([]),
    sources: z.array(z.string().min(1)).min(1),
    respondsTo: z.array(z.string()).default([]),
    restates: z.array(z.string()).default([]),
    background: z.boolean().default(false),
    note: z.string().optional(),
  })
  .refine((s) => s.quote || s.paraphrase, { error: "A statement needs a quote or a paraphrase" });

export type DemoData = {
  topics: z.infer<typeof topicSchema>[];
  conditions: z.infer<typeof conditionSchema>[];
  actors: z.infer<typeof actorSchema>[];
  sources: z.infer<typeof sourceSchema>[];
  statements: z.infer<typeof statementSchema>[];
};
export type DemoStatement = DemoData["statements"][number];

async function readJson<T>(file: string, schema: z.ZodType<T>, dir: string): Promise<T[]> {
  const raw: unknown = JSON.parse(await readFile(path.join(dir, file), "utf8"));
  const parsed = z.array(schema).safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Reads and validates the reviewed demo data in prisma/seed/, and checks that
 * every reference (actor, topic, condition, source, linked statement) resolves.
 */
export async function readDemoData(dir = DEMO_DATA_DIR): Promise<DemoData> {
  const [topics, conditions, actors, sources, statements] = await Promise.all([
    readJson("topics.json", topicSchema, dir),
    readJson("conditions.json", conditionSchema, dir),
    readJson("actors.json", actorSchema, dir),
    readJson("sources.json", sourceSchema, dir),
    readJson("statements.json", statementSchema, dir),
  ]);
  const problems: string[] = [];
  const known = (kind: string, set: Set<string>, value: string, where: string) => {
    if (!set.has(value)) problems.push(`${where}: unknown ${kind} "${value}"`);
  };
  const actorSlugs = new Set(actors.map((a) => a.slug));
  const topicSlugs = new Set(topics.map((t) => t.slug));
  const conditionSlugs = new Set(conditions.map((c) => c.slug));
  const sourceKeys = new Set(sources.map((s) => s.key));
  const statementKeys = new Set(statements.map((s) => s.key));
  for (const [what, list] of [
    ["actor", actors.map((a) => a.slug)],
    ["topic", topics.map((t) => t.slug)],
    ["condition", conditions.map((c) => c.slug)],
    ["source", sources.map((s) => s.key)],
    ["statement", statements.map((s) => s.key)],
  ] as const) {
    const seen = new Set<string>();
    for (const key of list) {
      if (seen.has(key)) problems.push(`duplicate ${what} "${key}"`);
      seen.add(key);
    }
  }
  for (const s of statements) {
    known("actor", actorSlugs, s.actor, s.key);
    s.topics.forEach((t) => known("topic", topicSlugs, t, s.key));
    s.conditions.forEach((c) => known("condition", conditionSlugs, c.slug, s.key));
    s.sources.forEach((k) => known("source", sourceKeys, k, s.key));
    [...s.respondsTo, ...s.restates].forEach((k) => known("statement", statementKeys, k, s.key));
  }
  if (problems.length > 0) throw new Error(`Demo data has broken references:\n${problems.join("\n")}`);
  return { topics, conditions, actors, sources, statements };
}
