// Fills the PostgreSQL at DATABASE_URL with a large synthetic ledger for benchmarks:
// hundreds of actors of very uneven size, twenty years of dates, the real topics
// and condition taxonomy, searchable text, topics, conditions and sources.
// Usage: npm run db:synthetic -- --statements 1000000 [--actors 400] [--seed 1] [--force]
//
// Refuses a database holding statements that are not synthetic (the demo data,
// an editor's work) unless --force; synthetic data from an earlier run is replaced.
import { parseArgs } from "node:util";
import { Pool, type PoolClient } from "pg";
import { normalizeName } from "../lib/actors/normalize";
import { startOfPrecision, type DatePrecision } from "../lib/dates";
import { applyMigrations } from "../lib/db/migrate";
import { pgPoolRunner } from "../lib/db/sql-runner";
import { env } from "../lib/env";
import { readDemoData } from "../lib/seed/demo-data";
import { ceasefireStances, conditionPositions, conditionScopes, talksStances } from "../lib/statements/schema";
import {
  actorSizes,
  pick,
  pickLanguage,
  pickOutlet,
  pickVenue,
  seededRandom,
  sentences,
  syntheticActors,
  weightedPicker,
  zipfPicker,
  type Random,
  type SyntheticActor,
} from "./synthetic-text";

/** Marks the actors this script creates; their statements are the synthetic ones. */
export const SYNTHETIC_ACTOR_DESCRIPTION = "Synthetic actor for benchmarks (npm run db:synthetic)";
const SYNTHETIC_SOURCE_URL = "https://synthetic.example/source/";
const BATCH = 10_000;
const DAY_MS = 86_400_000;

const { values: args } = parseArgs({
  options: {
    statements: { type: "string", default: "1000000" },
    actors: { type: "string", default: "400" },
    seed: { type: "string", default: "1" },
    force: { type: "boolean", default: false },
  },
});
const total = Number(args.statements);
const actorCount = Number(args.actors);
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(actorCount) || actorCount < 1 || actorCount > total) {
  console.error("--statements and --actors must be whole numbers, with at least as many statements as actors.");
  process.exit(2);
}

const { DATABASE_URL } = env();
if (!DATABASE_URL) {
  console.error("DATABASE_URL is not set. This script fills a PostgreSQL server, never the embedded database.");
  process.exit(2);
}

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

async function main(pool: Pool) {
  await applyMigrations(pgPoolRunner(pool));
  const [{ n: foreign }] = (
    await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Statement" s JOIN "Actor" a ON a.id = s."actorId"
        WHERE a.description IS DISTINCT FROM $1`,
      [SYNTHETIC_ACTOR_DESCRIPTION],
    )
  ).rows;
  if (foreign > 0 && !args.force) {
    console.error(
      `This database holds ${foreign} statements that are not synthetic. ` +
        "Use an empty database for benchmarks, or add --force to add synthetic data beside them.",
    );
    process.exitCode = 1;
    return;
  }

  const random = seededRandom(Number(args.seed));
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // One transaction for the whole load: a failure or Ctrl-C leaves the database as it was,
    // including the indexes dropped below.
    await removeEarlierRun(client, foreign > 0);
    const ids = await loadTaxonomy(client);
    const actors = await insertActors(client, random);
    const superuser = (await client.query<{ s: boolean }>("SELECT rolsuper AS s FROM pg_roles WHERE rolname = current_user")).rows[0].s;
    if (superuser) {
      // Skips the foreign-key checks (every id is assigned here, so references hold by
      // construction and are verified at the end) and the search trigger (searchVector is
      // computed in the INSERT instead): about half the load time.
      await client.query("SET LOCAL session_replication_role = replica");
    } else {
      await client.query(`ALTER TABLE "Statement" DISABLE TRIGGER statement_search_vector`);
    }
    const indexes = await dropSecondaryIndexes(client);
    await insertStatements(client, random, actors, ids);
    console.log(`${elapsed()}  rebuilding ${indexes.length} indexes`);
    await client.query("SET LOCAL maintenance_work_mem = '512MB'");
    for (const index of indexes) await client.query(index);
    if (!superuser) await client.query(`ALTER TABLE "Statement" ENABLE TRIGGER statement_search_vector`);
    await client.query("SET LOCAL session_replication_role = DEFAULT");
    await verifyReferences(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  await checkSearchVectors(pool);
  console.log(`${elapsed()}  VACUUM ANALYZE`);
  // Sets the visibility map as autovacuum eventually would, so plans and timings are the steady state.
  for (const table of ["Statement", "StatementTopic", "StatementCondition", "StatementSource", "Source", "Actor"]) {
    await pool.query(`VACUUM (ANALYZE) "${table}"`);
  }
  console.log(`${elapsed()}  done: ${total.toLocaleString("en-GB")} synthetic statements by ${actorCount} actors`);
}

async function removeEarlierRun(client: PoolClient, othersPresent: boolean) {
  const synthetic = `SELECT s.id FROM "Statement" s JOIN "Actor" a ON a.id = s."actorId" WHERE a.description = $1`;
  if (othersPresent) {
    for (const table of ["StatementLink"]) {
      await client.query(`DELETE FROM "${table}" WHERE "fromId" IN (${synthetic}) OR "toId" IN (${synthetic})`, [
        SYNTHETIC_ACTOR_DESCRIPTION,
      ]);
    }
    for (const table of ["StatementSource", "StatementTopic", "StatementCondition"]) {
      await client.query(`DELETE FROM "${table}" WHERE "statementId" IN (${synthetic})`, [SYNTHETIC_ACTOR_DESCRIPTION]);
    }
    await client.query(`DELETE FROM "Statement" WHERE id IN (${synthetic})`, [SYNTHETIC_ACTOR_DESCRIPTION]);
  } else {
    // Only synthetic statements (or none): emptying the tables is instant where deleting a million rows is
    // not. CASCADE reaches only rows about these statements (all synthetic), in tables added later.
    await client.query(
      `TRUNCATE "StatementLink", "StatementSource", "StatementTopic", "StatementCondition", "Statement" CASCADE`,
    );
  }
  await client.query(`DELETE FROM "Source" WHERE url LIKE $1`, [`${SYNTHETIC_SOURCE_URL}%`]);
  const actors = `SELECT id FROM "Actor" WHERE description = $1`;
  await client.query(`DELETE FROM "ActorAlias" WHERE "actorId" IN (${actors})`, [SYNTHETIC_ACTOR_DESCRIPTION]);
  await client.query(`DELETE FROM "ActorRole" WHERE "actorId" IN (${actors})`, [SYNTHETIC_ACTOR_DESCRIPTION]);
  await client.query(`DELETE FROM "Actor" WHERE description = $1`, [SYNTHETIC_ACTOR_DESCRIPTION]);
}

type TaxonomyIds = { topics: number[]; conditions: number[] };

/** The real topics and condition taxonomy from prisma/seed/, added where missing. */
async function loadTaxonomy(client: PoolClient): Promise<TaxonomyIds> {
  const demo = await readDemoData();
  await client.query(
    `INSERT INTO "Topic" (slug, label, description, "updatedAt")
     SELECT * , now() FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (slug) DO NOTHING`,
    [demo.topics.map((t) => t.slug), demo.topics.map((t) => t.label), demo.topics.map((t) => t.description ?? null)],
  );
  await client.query(
    `INSERT INTO "Condition" (slug, label, "group", definition, "sortOrder", "updatedAt")
     SELECT *, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])
     ON CONFLICT (slug) DO NOTHING`,
    [
      demo.conditions.map((c) => c.slug),
      demo.conditions.map((c) => c.label),
      demo.conditions.map((c) => c.group),
      demo.conditions.map((c) => c.definition),
      demo.conditions.map((_, i) => i),
    ],
  );
  const bySlug = async (table: string, slugs: string[]) => {
    const rows = (await client.query<{ id: number; slug: string }>(`SELECT id, slug FROM "${table}" WHERE slug = ANY($1)`, [slugs])).rows;
    const ids = new Map(rows.map((r) => [r.slug, r.id]));
    // In the taxonomy's order, so the Zipf pickers make its first entries the most used.
    return slugs.map((s) => ids.get(s)!);
  };
  return {
    topics: await bySlug("Topic", demo.topics.map((t) => t.slug)),
    conditions: await bySlug("Condition", demo.conditions.map((c) => c.slug)),
  };
}

type LoadedActor = SyntheticActor & {
  id: number;
  size: number;
  /** Days since 1970-01-01 of the first and last day the actor speaks. */
  firstDay: number;
  lastDay: number;
  ceasefire: (random: Random) => string;
  talks: (random: Random) => string;
};

async function insertActors(client: PoolClient, random: Random): Promise<LoadedActor[]> {
  const lastDay = Math.floor(Date.now() / DAY_MS) - 1;
  const firstDay = lastDay - 20 * 365;
  const sizes = actorSizes(total, actorCount);
  const taken = new Set((await client.query<{ slug: string }>(`SELECT slug FROM "Actor"`)).rows.map((r) => r.slug));
  const actors = syntheticActors(random, actorCount, taken).map((a, rank): Omit<LoadedActor, "id"> => {
    // The biggest speakers are in office for most of the twenty years; the tail for a year or a few.
    const start = rank < 20 ? firstDay + Math.floor(random() * 2 * 365) : firstDay + Math.floor(random() * 18 * 365);
    const end = rank < 20 || random() < 0.6 ? lastDay : Math.min(lastDay, start + 365 + Math.floor(random() * (lastDay - start)));
    const lean = () => Array.from({ length: 4 }, () => 0.2 + random());
    return {
      ...a,
      size: sizes[rank],
      firstDay: start,
      lastDay: end,
      // Each actor leans its own way, so stance filters select different actors in different shares.
      ceasefire: weightedPicker(ceasefireStances, lean()),
      talks: weightedPicker(talksStances, lean()),
    };
  });
  const { rows } = await client.query<{ id: number; slug: string }>(
    `INSERT INTO "Actor" (slug, name, kind, affiliation, description, "updatedAt")
     SELECT slug, name, kind::"ActorKind", affiliation, $5, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(slug, name, kind, affiliation)
     RETURNING id, slug`,
    [actors.map((a) => a.slug), actors.map((a) => a.name), actors.map((a) => a.kind), actors.map((a) => a.affiliation), SYNTHETIC_ACTOR_DESCRIPTION],
  );
  const idOf = new Map(rows.map((r) => [r.slug, r.id]));
  const loaded = actors.map((a) => ({ ...a, id: idOf.get(a.slug)! }));
  const aliases = loaded.flatMap((a) => [a.name, ...a.aliases].map((alias) => [a.id, alias, normalizeName(alias)] as const));
  await client.query(
    `INSERT INTO "ActorAlias" ("actorId", alias, normalized, "updatedAt")
     SELECT *, now() FROM unnest($1::int[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
    [aliases.map((a) => a[0]), aliases.map((a) => a[1]), aliases.map((a) => a[2])],
  );
  await client.query(
    `INSERT INTO "ActorRole" ("actorId", title, "startOn", "endOn", "updatedAt")
     SELECT *, now() FROM unnest($1::int[], $2::text[], $3::date[], $4::date[])`,
    [loaded.map((a) => a.id), loaded.map((a) => a.title), loaded.map((a) => isoDay(a.firstDay)), loaded.map((a) => (a.lastDay === lastDay ? null : isoDay(a.lastDay)))],
  );
  // What the search trigger appends for an actor: the name and every alias.
  await client.query(
    `CREATE TEMP TABLE synthetic_actor_names ON COMMIT DROP AS
     SELECT a.id, a."name" || ' ' || coalesce(string_agg(al."alias", ' '), '') AS names
       FROM "Actor" a LEFT JOIN "ActorAlias" al ON al."actorId" = a.id
      WHERE a.description = $1 GROUP BY a.id, a."name"`,
    [SYNTHETIC_ACTOR_DESCRIPTION],
  );
  await client.query("ALTER TABLE synthetic_actor_names ADD PRIMARY KEY (id)");
  console.log(`${elapsed()}  ${loaded.length} actors; largest ${sizes[0]}, smallest ${sizes.at(-1)} statements`);
  return loaded;
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Drops the secondary indexes of the tables being filled (their definitions are
 * returned to be run again): building an index once over a million rows is
 * several times faster than maintaining it row by row, the GIN index most of all.
 */
async function dropSecondaryIndexes(client: PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY(ARRAY['"Statement"', '"StatementTopic"', '"StatementCondition"', '"StatementSource"', '"Source"']::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
  );
  for (const row of rows) await client.query(`DROP INDEX ${row.name}`);
  return rows.map((r) => r.definition);
}

const PRECISIONS = weightedPicker<DatePrecision>(["day", "week", "month", "year"], [85, 5, 8, 2]);

async function insertStatements(client: PoolClient, random: Random, actors: LoadedActor[], ids: TaxonomyIds) {
  const reserve = async (table: string, count: number) => {
    // Ids are assigned here so the join rows can be written without a round trip for RETURNING.
    const { rows } = await client.query<{ first: number }>(
      `SELECT setval(pg_get_serial_sequence($1, 'id'), greatest((SELECT coalesce(max(id), 0) FROM "${table}"), nextval(pg_get_serial_sequence($1, 'id'))) + $2) - $2 + 1 AS first`,
      [`"${table}"`, count],
    );
    return Number(rows[0].first);
  };
  const firstStatementId = await reserve("Statement", total);
  // At most two new sources per statement; ids left unused are a harmless gap.
  const firstSourceId = await reserve("Source", 2 * total);

  // Which actor says each statement, shuffled so the table is not clustered by actor.
  const actorOf = new Int32Array(total);
  let n = 0;
  actors.forEach((a, i) => actorOf.fill(i, n, (n += a.size)));
  for (let i = total - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [actorOf[i], actorOf[j]] = [actorOf[j], actorOf[i]];
  }

  const topicPicker = zipfPicker(ids.topics, 0.8);
  const conditionPicker = zipfPicker(ids.conditions, 0.9);
  const countPicker = weightedPicker([0, 1, 2, 3], [15, 40, 30, 15]);
  let nextSourceId = firstSourceId;
  let pending: Promise<unknown> | undefined;
  let lastReport = performance.now();

  for (let offset = 0; offset < total; offset += BATCH) {
    const size = Math.min(BATCH, total - offset);
    const batch = generateBatch(random, {
      actors,
      actorOf: actorOf.subarray(offset, offset + size),
      firstId: firstStatementId + offset,
      firstSourceId: nextSourceId,
      topicPicker,
      conditionPicker,
      countPicker,
    });
    nextSourceId += batch.sources.id.length;
    // Generating the next batch in Node overlaps with PostgreSQL writing this one.
    await pending;
    pending = writeBatch(client, batch);
    if (performance.now() - lastReport > 5000 || offset + size === total) {
      lastReport = performance.now();
      const done = offset + size;
      const rate = done / ((performance.now() - started) / 1000);
      console.log(
        `${elapsed()}  ${done.toLocaleString("en-GB")} / ${total.toLocaleString("en-GB")} statements` +
          ` (${Math.round(rate).toLocaleString("en-GB")}/s, about ${Math.ceil((total - done) / rate)} s left)`,
      );
    }
  }
  await pending;
}

type Columns<K extends string> = Record<K, unknown[]>;
type Batch = {
  statements: Columns<
    | "id" | "actorId" | "speaker" | "saidOn" | "precision" | "publishedOn" | "quote" | "paraphrase" | "language"
    | "translationPath" | "venue" | "ceasefire" | "talks" | "background" | "origin" | "retractedAt" | "retractionReason" | "createdAt"
  >;
  topics: Columns<"statementId" | "topicId" | "saidOn">;
  conditions: Columns<"statementId" | "conditionId" | "appliesTo" | "position" | "saidOn">;
  sources: Columns<"id" | "url" | "outlet" | "title" | "kind" | "publishedOn">;
  links: Columns<"statementId" | "sourceId" | "rank">;
};

const columns = <K extends string>(...keys: K[]): Columns<K> =>
  Object.fromEntries(keys.map((k) => [k, []])) as unknown as Columns<K>;

function generateBatch(
  random: Random,
  ctx: {
    actors: LoadedActor[];
    actorOf: Int32Array;
    firstId: number;
    firstSourceId: number;
    topicPicker: (r: Random) => number;
    conditionPicker: (r: Random) => number;
    countPicker: (r: Random) => number;
  },
): Batch {
  const b: Batch = {
    statements: columns("id", "actorId", "speaker", "saidOn", "precision", "publishedOn", "quote", "paraphrase", "language", "translationPath", "venue", "ceasefire", "talks", "background", "origin", "retractedAt", "retractionReason", "createdAt"),
    topics: columns("statementId", "topicId", "saidOn"),
    conditions: columns("statementId", "conditionId", "appliesTo", "position", "saidOn"),
    sources: columns("id", "url", "outlet", "title", "kind", "publishedOn"),
    links: columns("statementId", "sourceId", "rank"),
  };
  const s = b.statements;
  ctx.actorOf.forEach((actorIndex, i) => {
    const actor = ctx.actors[actorIndex];
    const id = ctx.firstId + i;
    // Denser toward the end of each actor's span, as coverage of the war grows.
    const day = actor.lastDay - Math.floor((actor.lastDay - actor.firstDay) * random() ** 1.5);
    const precision = PRECISIONS(random);
    const saidOn = startOfPrecision(isoDay(day), precision);
    const language = pickLanguage(random);
    const hasQuote = random() < 0.7;
    s.id.push(id);
    s.actorId.push(actor.id);
    s.speaker.push(random() < 0.5 ? `${actor.title} ${actor.name}` : null);
    s.saidOn.push(saidOn);
    s.precision.push(precision);
    s.publishedOn.push(random() < 0.7 ? isoDay(day + Math.floor(random() * 3)) : null);
    s.quote.push(hasQuote ? sentences(random, 1, 3) : null);
    s.paraphrase.push(!hasQuote || random() < 0.6 ? `${actor.name} said: ${sentences(random, 1, 3)}` : null);
    s.language.push(language);
    s.translationPath.push(language === "en" ? null : `said in ${language}, reported in English`);
    s.venue.push(random() < 0.8 ? pickVenue(random) : null);
    s.ceasefire.push(actor.ceasefire(random));
    s.talks.push(actor.talks(random));
    s.background.push(random() < 0.03);
    s.origin.push(random() < 0.8 ? "manual" : "imported");
    const retracted = random() < 0.002;
    s.retractedAt.push(retracted ? new Date((day + 30) * DAY_MS).toISOString() : null);
    s.retractionReason.push(retracted ? "Misattributed in the original report" : null);
    s.createdAt.push(new Date((day + 1) * DAY_MS + Math.floor(random() * DAY_MS)).toISOString());

    for (const topicId of distinct(random, ctx.countPicker(random), ctx.topicPicker)) {
      b.topics.statementId.push(id);
      b.topics.topicId.push(topicId);
      b.topics.saidOn.push(saidOn);
    }
    for (const conditionId of distinct(random, ctx.countPicker(random), ctx.conditionPicker)) {
      b.conditions.statementId.push(id);
      b.conditions.conditionId.push(conditionId);
      b.conditions.appliesTo.push(pick(random, conditionScopes));
      b.conditions.position.push(pick(random, conditionPositions));
      b.conditions.saidOn.push(saidOn);
    }
    // A new article for most statements; otherwise one already cited in this batch.
    const sourceIds: number[] = [];
    const sourceCount = random() < 0.7 ? 1 : 2;
    for (let k = 0; k < sourceCount; k++) {
      const known = b.sources.id.length;
      const sourceId = known === 0 || random() < 0.65 ? newSource(random, b, ctx.firstSourceId + known, actor, day) : (b.sources.id[Math.floor(random() * known)] as number);
      if (sourceIds.includes(sourceId)) continue;
      b.links.statementId.push(id);
      b.links.sourceId.push(sourceId);
      b.links.rank.push(sourceIds.length);
      sourceIds.push(sourceId);
    }
  });
  return b;
}

function newSource(random: Random, b: Batch, id: number, actor: LoadedActor, day: number): number {
  const [outlet, kind] = pickOutlet(random);
  b.sources.id.push(id);
  b.sources.url.push(`${SYNTHETIC_SOURCE_URL}${id}`);
  b.sources.outlet.push(outlet);
  b.sources.title.push(`${actor.name} on ${pick(random, ["talks", "a ceasefire", "security guarantees", "the front line", "sanctions", "peace terms"])}`);
  b.sources.kind.push(kind);
  b.sources.publishedOn.push(isoDay(day + Math.floor(random() * 2)));
  return id;
}

function distinct<T>(random: Random, count: number, picker: (r: Random) => T): T[] {
  const picked = new Set<T>();
  for (let tries = 0; picked.size < count && tries < count * 4; tries++) picked.add(picker(random));
  return [...picked];
}

async function writeBatch(client: PoolClient, b: Batch) {
  const s = b.statements;
  // The same text the search trigger indexes (quote and paraphrase A, speaker and actor names B,
  // venue C); checkSearchVectors compares a sample with what the trigger itself writes.
  await client.query(
    `INSERT INTO "Statement" (id, "actorId", "speakerAsWritten", "saidOn", "saidOnPrecision", "publishedOn", quote, paraphrase,
       language, "translationPath", venue, "ceasefireStance", "talksStance", background, origin, "retractedAt", "retractionReason",
       "searchVector", "createdAt", "updatedAt")
     SELECT u.id, u.actor_id, u.speaker, u.said_on, u.precision::"DatePrecision", u.published_on, u.quote, u.paraphrase,
       u.language, u.translation_path, u.venue, u.ceasefire::"CeasefireStance", u.talks::"TalksStance", u.background,
       u.origin::"StatementOrigin", u.retracted_at, u.retraction_reason,
       setweight(to_tsvector('english', coalesce(u.quote, '')), 'A') ||
       setweight(to_tsvector('english', coalesce(u.paraphrase, '')), 'A') ||
       setweight(to_tsvector('english', coalesce(u.speaker, '') || ' ' || coalesce(n.names, '')), 'B') ||
       setweight(to_tsvector('english', coalesce(u.venue, '')), 'C'),
       u.created_at, u.created_at
       FROM unnest($1::int[], $2::int[], $3::text[], $4::date[], $5::text[], $6::date[], $7::text[], $8::text[], $9::text[],
                   $10::text[], $11::text[], $12::text[], $13::text[], $14::boolean[], $15::text[], $16::timestamptz[], $17::text[],
                   $18::timestamptz[])
         AS u(id, actor_id, speaker, said_on, precision, published_on, quote, paraphrase, language, translation_path, venue,
              ceasefire, talks, background, origin, retracted_at, retraction_reason, created_at)
       JOIN synthetic_actor_names n ON n.id = u.actor_id`,
    [s.id, s.actorId, s.speaker, s.saidOn, s.precision, s.publishedOn, s.quote, s.paraphrase, s.language, s.translationPath, s.venue, s.ceasefire, s.talks, s.background, s.origin, s.retractedAt, s.retractionReason, s.createdAt],
  );
  await client.query(
    `INSERT INTO "StatementTopic" ("statementId", "topicId", "saidOn", "updatedAt")
     SELECT *, now() FROM unnest($1::int[], $2::int[], $3::date[])`,
    [b.topics.statementId, b.topics.topicId, b.topics.saidOn],
  );
  await client.query(
    `INSERT INTO "StatementCondition" ("statementId", "conditionId", "appliesTo", "position", "saidOn", "updatedAt")
     SELECT u.sid, u.cid, u.scope::"ConditionScope", u.pos::"ConditionPosition", u.said_on, now()
       FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::date[]) AS u(sid, cid, scope, pos, said_on)`,
    [b.conditions.statementId, b.conditions.conditionId, b.conditions.appliesTo, b.conditions.position, b.conditions.saidOn],
  );
  await client.query(
    `INSERT INTO "Source" (id, url, outlet, title, kind, "publishedOn", "updatedAt")
     SELECT u.id, u.url, u.outlet, u.title, u.kind::"SourceKind", u.published_on, now()
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[]) AS u(id, url, outlet, title, kind, published_on)`,
    [b.sources.id, b.sources.url, b.sources.outlet, b.sources.title, b.sources.kind, b.sources.publishedOn],
  );
  await client.query(
    `INSERT INTO "StatementSource" ("statementId", "sourceId", rank, "updatedAt")
     SELECT *, now() FROM unnest($1::int[], $2::int[], $3::int[])`,
    [b.links.statementId, b.links.sourceId, b.links.rank],
  );
}

/** The foreign keys went unchecked during the load: check them once, in bulk. */
async function verifyReferences(client: PoolClient) {
  const checks = [
    `SELECT count(*)::int AS n FROM "Statement" s LEFT JOIN "Actor" a ON a.id = s."actorId" WHERE a.id IS NULL`,
    `SELECT count(*)::int AS n FROM "StatementTopic" x LEFT JOIN "Statement" s ON s.id = x."statementId" LEFT JOIN "Topic" t ON t.id = x."topicId" WHERE s.id IS NULL OR t.id IS NULL`,
    `SELECT count(*)::int AS n FROM "StatementCondition" x LEFT JOIN "Statement" s ON s.id = x."statementId" LEFT JOIN "Condition" c ON c.id = x."conditionId" WHERE s.id IS NULL OR c.id IS NULL`,
    `SELECT count(*)::int AS n FROM "StatementSource" x LEFT JOIN "Statement" s ON s.id = x."statementId" LEFT JOIN "Source" o ON o.id = x."sourceId" WHERE s.id IS NULL OR o.id IS NULL`,
  ];
  console.log(`${elapsed()}  checking references`);
  for (const sql of checks) {
    const [{ n }] = (await client.query<{ n: number }>(sql)).rows;
    if (n > 0) throw new Error(`Broken references after the load (${n}): ${sql}`);
  }
}

/**
 * searchVector was computed in the INSERT rather than by the trigger: re-fire the
 * trigger on a sample and compare, so a later change to the trigger that this
 * script misses fails here rather than skewing search benchmarks.
 */
async function checkSearchVectors(pool: Pool) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ n: number; differ: number }>(
      `WITH sample AS (
         SELECT s.id, s."searchVector" AS stored FROM "Statement" s
           JOIN "Actor" a ON a.id = s."actorId" WHERE a.description = $1 ORDER BY random() LIMIT 200),
       refired AS (
         UPDATE "Statement" s SET quote = s.quote FROM sample WHERE s.id = sample.id RETURNING s.id, s."searchVector" AS fresh)
       SELECT count(*)::int AS n, count(*) FILTER (WHERE sample.stored IS DISTINCT FROM refired.fresh)::int AS differ
         FROM sample JOIN refired USING (id)`,
      [SYNTHETIC_ACTOR_DESCRIPTION],
    );
    if (rows[0].differ > 0) {
      throw new Error(`${rows[0].differ} of ${rows[0].n} sampled search vectors differ from what the trigger writes`);
    }
    console.log(`${elapsed()}  search vectors of ${rows[0].n} sampled statements match the trigger's`);
  } finally {
    await client.query("ROLLBACK");
    client.release();
  }
}

// Last, so every constant above is initialised before the load starts.
const pool = new Pool({ connectionString: DATABASE_URL, max: 2 });
try {
  await main(pool);
} finally {
  await pool.end();
}
