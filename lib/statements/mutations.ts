import "server-only";
import { normalizeName } from "../actors/normalize";
import { toDbDate } from "../dates";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { readRevisionsSince, type RevisionView } from "../revisions/queries";
import type { FieldErrors, RetractionInput, SourceInput, StatementInput } from "./input-schema";
import { listLikelyDuplicates, type DuplicateView } from "./queries";
import { changedFields, inputToSnapshot, type StatementSnapshot } from "./snapshot";
import { snapshotSelect, toSnapshot } from "./snapshot-read";

// Every write to a statement happens here, each in one transaction that also
// writes its Revision (the whole statement before and after, and why) and an
// AuditEntry: a change either happens with its history or not at all.

type Tx = Prisma.TransactionClient;

/** Who is writing, and through what. */
export type EditorRef = { id: string; via: "form" | "api" };

/** What a refusal as a likely duplicate lists. */
export type { DuplicateView };

export type WriteFailure =
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "duplicate"; duplicates: DuplicateView[] }
  | { ok: false; reason: "conflict"; currentVersion: number; changes: RevisionView[] }
  | { ok: false; reason: "retracted"; currentVersion: number }
  | { ok: false; reason: "idempotency_mismatch" };

export type CreateResult = { ok: true; id: number; version: number; replayed: boolean } | WriteFailure;
export type UpdateResult = { ok: true; id: number; version: number; changed: (keyof StatementSnapshot)[] } | WriteFailure;
export type RetractResult = { ok: true; id: number; version: number } | WriteFailure;

const TX_OPTIONS = { timeout: 30_000, maxWait: 15_000 };

/**
 * How long a retry with the same Idempotency-Key replays the first answer:
 * a day, as payment APIs keep theirs. After that the key is free again, so
 * the table does not grow with every POST ever made.
 */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 3600 * 1000;

/** A value returned from inside a transaction that must undo what it wrote. */
class Rollback {
  constructor(readonly result: WriteFailure) {}
}

async function inTransaction<T>(work: (tx: Tx) => Promise<T | WriteFailure>): Promise<T | WriteFailure> {
  const db = await getDb();
  try {
    return await db.$transaction(work, TX_OPTIONS);
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}

/**
 * Records a new statement. Unless allowDuplicate is set, a statement of the
 * same actor, on a date that can coincide, with overlapping words, is refused
 * as a likely duplicate so the editor can look before saving anyway. With an
 * idempotency key, a retry of the same request returns the statement the first
 * one created; the same key with a different request is refused.
 */
export async function createStatement(
  input: StatementInput,
  editor: EditorRef,
  options: { allowDuplicate?: boolean; idempotency?: { key: string; fingerprint: string } } = {},
): Promise<CreateResult> {
  const { idempotency } = options;
  if (idempotency) {
    const replay = await replayIdempotent(await getDb(), editor.id, idempotency);
    if (replay) return replay;
  }
  return await inTransaction<CreateResult>(async (tx) => {
    if (idempotency) {
      // Retries with one key queue here until the first has committed or
      // rolled back, then find its key and replay it, instead of racing it
      // into the duplicate check and being refused as a likely duplicate.
      await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`${editor.id} ${idempotency.key}`}, 0))`;
      // One cutoff for both: a key expiring between two readings of the clock
      // would be kept by the delete yet ignored by the replay, and collide.
      const cutoff = idempotencyCutoff();
      await tx.idempotencyKey.deleteMany({ where: { userId: editor.id, createdAt: { lt: cutoff } } });
      const replay = await replayIdempotent(tx, editor.id, idempotency, cutoff);
      if (replay) return replay;
    }
    const refs = await resolveReferences(tx, input, null);
    if (!refs.ok) return refs;
    if (!options.allowDuplicate && refs.actorId !== null) {
      const duplicates = await listLikelyDuplicates({ id: refs.actorId }, input, tx);
      if (duplicates.length > 0) return { ok: false, reason: "duplicate", duplicates };
    }
    const actorId = refs.actorId ?? (await createActor(tx, input, refs.newActorSlug!));
    const sourceIds = await sourceIdsFor(tx, input.sources);
    const saidOn = toDbDate(input.saidOn);
    const { id } = await tx.statement.create({
      data: {
        ...scalarData(input, actorId),
        topics: { create: refs.topicIds.map((topicId) => ({ topicId, saidOn })) },
        conditions: {
          create: input.conditions.map((c) => ({
            conditionId: refs.conditionIds.get(c.slug)!,
            appliesTo: c.appliesTo,
            position: c.position,
            saidOn,
          })),
        },
        sources: { create: sourceIds.map((sourceId, rank) => ({ sourceId, rank })) },
      },
      select: { id: true },
    });
    await createLinks(tx, id, input);
    const after = await readSnapshot(tx, id);
    await recordChange(tx, editor, {
      statementId: id,
      version: 1,
      kind: "create",
      reason: null,
      before: null,
      after,
      summary: `Recorded a statement by ${after.actor} said ${after.saidOn}`,
    });
    if (idempotency) {
      await tx.idempotencyKey.create({
        data: { userId: editor.id, key: idempotency.key, fingerprint: idempotency.fingerprint, statementId: id },
      });
    }
    return { ok: true, id, version: 1, replayed: false };
  });
}

const idempotencyCutoff = () => new Date(Date.now() - IDEMPOTENCY_KEY_LIFETIME_MS);

async function replayIdempotent(
  db: Tx,
  userId: string,
  idempotency: { key: string; fingerprint: string },
  cutoff = idempotencyCutoff(),
): Promise<CreateResult | null> {
  const stored = await db.idempotencyKey.findUnique({
    where: { userId_key: { userId, key: idempotency.key } },
    select: { fingerprint: true, statementId: true, createdAt: true, statement: { select: { version: true } } },
  });
  if (!stored || stored.createdAt < cutoff) return null;
  if (stored.fingerprint !== idempotency.fingerprint) return { ok: false, reason: "idempotency_mismatch" };
  return { ok: true, id: stored.statementId, version: stored.statement.version, replayed: true };
}

/**
 * Corrects a statement. `version` is the version the editor started from: if
 * another edit was saved since, nothing is written and the conflict carries
 * what the other editor changed. The version check is part of the UPDATE's
 * WHERE, so of two saves from the same version exactly one wins even when
 * they run at the same moment.
 */
export async function updateStatement(
  id: number,
  change: { version: number; reason: string; input: StatementInput },
  editor: EditorRef,
): Promise<UpdateResult> {
  return inTransaction<UpdateResult>(async (tx) => {
    const current = await tx.statement.findUnique({ where: { id }, select: snapshotSelect });
    if (!current) return { ok: false, reason: "not_found" };
    if (current.retractedAt) return { ok: false, reason: "retracted", currentVersion: current.version };
    if (current.version !== change.version) return conflict(tx, id, current.version, change.version);

    const { input } = change;
    const refs = await resolveReferences(tx, input, id);
    if (!refs.ok) return refs;
    const before = toSnapshot(current);
    const planned = inputToSnapshot(input, refs.actorId === null ? refs.newActorSlug! : refs.actorSlug);
    const changed = changedFields(before, planned);
    if (changed.length === 0) return { ok: true, id, version: current.version, changed };

    const actorId = refs.actorId ?? (await createActor(tx, input, refs.newActorSlug!));
    const won = await tx.statement.updateMany({
      where: { id, version: change.version, retractedAt: null },
      data: { ...scalarData(input, actorId), version: { increment: 1 } },
    });
    if (won.count === 0) {
      // Another save committed between our read and this update.
      const latest = await tx.statement.findUnique({ where: { id }, select: { version: true } });
      throw new Rollback(await conflict(tx, id, latest?.version ?? change.version, change.version));
    }
    const version = change.version + 1;
    const saidOn = toDbDate(input.saidOn);
    if (changed.some((f) => f === "topics" || f === "saidOn" || f === "saidOnPrecision")) {
      await tx.statementTopic.deleteMany({ where: { statementId: id } });
      await tx.statementTopic.createMany({ data: refs.topicIds.map((topicId) => ({ statementId: id, topicId, saidOn })) });
    }
    if (changed.some((f) => f === "conditions" || f === "saidOn" || f === "saidOnPrecision")) {
      await tx.statementCondition.deleteMany({ where: { statementId: id } });
      await tx.statementCondition.createMany({
        data: input.conditions.map((c) => ({
          statementId: id,
          conditionId: refs.conditionIds.get(c.slug)!,
          appliesTo: c.appliesTo,
          position: c.position,
          saidOn,
        })),
      });
    }
    if (changed.includes("sources")) {
      // Sources are shared between statements and never edited in place: a
      // changed source is a new row, so no other statement changes with it.
      const sourceIds = await sourceIdsFor(tx, input.sources);
      await tx.statementSource.deleteMany({ where: { statementId: id } });
      await tx.statementSource.createMany({ data: sourceIds.map((sourceId, rank) => ({ statementId: id, sourceId, rank })) });
    }
    if (changed.includes("respondsTo") || changed.includes("restates")) {
      await tx.statementLink.deleteMany({ where: { fromId: id } });
      await createLinks(tx, id, input);
    }
    const after = await readSnapshot(tx, id);
    const changedStored = await recordChange(tx, editor, {
      statementId: id,
      version,
      kind: "update",
      reason: change.reason,
      before,
      after,
      summary: (fields) => `Corrected ${fields.join(", ")} (version ${version}): ${change.reason}`,
    });
    return { ok: true, id, version, changed: changedStored };
  });
}

/**
 * Withdraws a statement from the record without deleting it: it leaves the
 * timeline and the lists, but its permalink still answers, with the reason.
 */
export async function retractStatement(id: number, retraction: RetractionInput, editor: EditorRef): Promise<RetractResult> {
  return inTransaction<RetractResult>(async (tx) => {
    const current = await tx.statement.findUnique({ where: { id }, select: snapshotSelect });
    if (!current) return { ok: false, reason: "not_found" };
    if (current.retractedAt) return { ok: false, reason: "retracted", currentVersion: current.version };
    if (retraction.version !== undefined && retraction.version !== current.version) {
      return conflict(tx, id, current.version, retraction.version);
    }
    const won = await tx.statement.updateMany({
      where: { id, version: current.version, retractedAt: null },
      data: { retractedAt: new Date(), retractionReason: retraction.reason, version: { increment: 1 } },
    });
    if (won.count === 0) {
      const latest = await tx.statement.findUnique({ where: { id }, select: { version: true, retractedAt: true } });
      if (latest?.retractedAt) throw new Rollback({ ok: false, reason: "retracted", currentVersion: latest.version });
      throw new Rollback(await conflict(tx, id, latest?.version ?? current.version, current.version));
    }
    const version = current.version + 1;
    const before = toSnapshot(current);
    await recordChange(tx, editor, {
      statementId: id,
      version,
      kind: "retract",
      reason: retraction.reason,
      before,
      after: await readSnapshot(tx, id),
      summary: `Retracted: ${retraction.reason}`,
    });
    return { ok: true, id, version };
  });
}

const auditActions = { create: "statement_created", update: "statement_updated", retract: "statement_retracted" } as const;

/**
 * Writes the Revision (both snapshots, the reason, the fields that changed)
 * and the AuditEntry for a change, inside the change's own transaction.
 */
async function recordChange(
  tx: Tx,
  editor: EditorRef,
  change: {
    statementId: number;
    version: number;
    kind: keyof typeof auditActions;
    reason: string | null;
    before: StatementSnapshot | null;
    after: StatementSnapshot;
    summary: string | ((fields: (keyof StatementSnapshot)[]) => string);
  },
): Promise<(keyof StatementSnapshot)[]> {
  const fields = changedFields(change.before, change.after);
  await tx.revision.create({
    data: {
      statementId: change.statementId,
      version: change.version,
      kind: change.kind,
      editorId: editor.id,
      reason: change.reason,
      before: change.before ? (change.before as unknown as Prisma.InputJsonObject) : Prisma.DbNull,
      after: change.after as unknown as Prisma.InputJsonObject,
      changedFields: fields,
    },
  });
  await tx.auditEntry.create({
    data: {
      userId: editor.id,
      action: auditActions[change.kind],
      via: editor.via,
      statementId: change.statementId,
      summary: typeof change.summary === "string" ? change.summary : change.summary(fields),
    },
  });
  return fields;
}

async function conflict(tx: Tx, id: number, currentVersion: number, baseVersion: number): Promise<WriteFailure> {
  return { ok: false, reason: "conflict", currentVersion, changes: await readRevisionsSince(tx, id, baseVersion) };
}

async function readSnapshot(tx: Tx, id: number): Promise<StatementSnapshot> {
  return toSnapshot(await tx.statement.findUniqueOrThrow({ where: { id }, select: snapshotSelect }));
}

function scalarData(input: StatementInput, actorId: number) {
  return {
    actorId,
    speakerAsWritten: input.speakerAsWritten,
    saidOn: toDbDate(input.saidOn),
    saidOnPrecision: input.saidOnPrecision,
    publishedOn: input.publishedOn ? toDbDate(input.publishedOn) : null,
    quote: input.quote,
    paraphrase: input.paraphrase,
    language: input.language,
    translationPath: input.translationPath,
    venue: input.venue,
    ceasefireStance: input.ceasefireStance,
    talksStance: input.talksStance,
    background: input.background,
    origin: input.origin,
  };
}

type References =
  | {
      ok: true;
      /** Null when the statement's actor is new and still to be created (as newActorSlug). */
      actorId: number | null;
      actorSlug: string;
      newActorSlug: string | null;
      topicIds: number[];
      conditionIds: Map<string, number>;
    }
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors };

/** Checks that everything the input names exists: what only the database can tell the form. */
async function resolveReferences(tx: Tx, input: StatementInput, selfId: number | null): Promise<References> {
  const errors: FieldErrors = {};
  const add = (path: string, message: string) => (errors[path] ??= []).push(message);

  let actorId: number | null = null;
  let actorSlug = "";
  let newActorSlug: string | null = null;
  if (input.actor) {
    const bySlug = await tx.actor.findUnique({ where: { slug: input.actor }, select: { id: true, slug: true } });
    if (bySlug) {
      actorId = bySlug.id;
      actorSlug = bySlug.slug;
    } else {
      // Editors may type a name or a spelling the actor is recorded under.
      const byAlias = await tx.actorAlias.findMany({
        where: { normalized: normalizeName(input.actor) },
        select: { actor: { select: { id: true, slug: true } } },
      });
      const ids = new Map(byAlias.map((a) => [a.actor.id, a.actor.slug]));
      if (ids.size === 1) {
        [[actorId, actorSlug]] = [...ids];
      } else if (ids.size > 1) {
        add("actor", `"${input.actor}" names more than one actor: choose one from the list`);
      } else {
        add("actor", `No actor is recorded as "${input.actor}": choose one from the list, or add a new actor`);
      }
    }
  } else if (input.newActor) {
    const names = [input.newActor.name, ...input.newActor.aliases].map(normalizeName);
    const clash = await tx.actorAlias.findFirst({
      where: { normalized: { in: names } },
      select: { alias: true, actor: { select: { name: true, slug: true } } },
    });
    if (clash) {
      add(
        "newActor.name",
        `"${clash.alias}" is already recorded for ${clash.actor.name} (${clash.actor.slug}): choose them instead`,
      );
    } else {
      newActorSlug = await freeActorSlug(tx, input.newActor.name);
      if (!newActorSlug) add("newActor.name", "Enter a name with at least one letter or digit");
    }
  }

  const topics = input.topics.length
    ? await tx.topic.findMany({ where: { slug: { in: input.topics } }, select: { id: true, slug: true } })
    : [];
  const knownTopics = new Set(topics.map((t) => t.slug));
  for (const slug of input.topics) if (!knownTopics.has(slug)) add("topics", `Unknown topic "${slug}"`);

  const conditionSlugs = [...new Set(input.conditions.map((c) => c.slug))];
  const conditions = conditionSlugs.length
    ? await tx.condition.findMany({ where: { slug: { in: conditionSlugs } }, select: { id: true, slug: true } })
    : [];
  const conditionIds = new Map(conditions.map((c) => [c.slug, c.id]));
  input.conditions.forEach((c, i) => {
    if (!conditionIds.has(c.slug)) add(`conditions.${i}.slug`, `Unknown condition "${c.slug}"`);
  });

  const linked = [...new Set([...input.respondsTo, ...input.restates])];
  const existing = linked.length
    ? new Set(
        (await tx.statement.findMany({ where: { id: { in: linked } }, select: { id: true } })).map((s) => s.id),
      )
    : new Set<number>();
  for (const field of ["respondsTo", "restates"] as const) {
    for (const target of input[field]) {
      if (target === selfId) add(field, "A statement cannot answer or restate itself");
      else if (!existing.has(target)) add(field, `No statement ${target} is recorded`);
    }
  }

  if (Object.keys(errors).length > 0) return { ok: false, reason: "invalid", fieldErrors: errors };
  return { ok: true, actorId, actorSlug, newActorSlug, topicIds: topics.map((t) => t.id), conditionIds };
}

function slugify(name: string): string {
  return normalizeName(name).replace(/\s+/g, "-").replace(/[^a-z0-9-]/g, "").replace(/-+/g, "-").replace(/^-|-$/g, "").slice(0, 70);
}

async function freeActorSlug(tx: Tx, name: string): Promise<string | null> {
  const base = slugify(name);
  if (!base) return null;
  const taken = new Set(
    (await tx.actor.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((a) => a.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function createActor(tx: Tx, input: StatementInput, slug: string): Promise<number> {
  const actor = input.newActor!;
  const aliases = new Map<string, string>();
  for (const alias of [actor.name, ...actor.aliases]) aliases.set(normalizeName(alias), alias);
  const created = await tx.actor.create({
    data: {
      slug,
      name: actor.name,
      kind: actor.kind,
      affiliation: actor.affiliation,
      aliases: { create: [...aliases].map(([normalized, alias]) => ({ alias, normalized })) },
    },
    select: { id: true },
  });
  return created.id;
}

/** Each source as a row: an identical one already recorded is shared, anything else is new. */
async function sourceIdsFor(tx: Tx, sources: SourceInput[]): Promise<number[]> {
  const ids: number[] = [];
  for (const s of sources) {
    const data = {
      url: s.url,
      outlet: s.outlet,
      title: s.title,
      kind: s.kind,
      publishedOn: s.publishedOn ? toDbDate(s.publishedOn) : null,
    };
    const existing = await tx.source.findFirst({ where: data, select: { id: true }, orderBy: { id: "asc" } });
    ids.push(existing?.id ?? (await tx.source.create({ data, select: { id: true } })).id);
  }
  return ids;
}

async function createLinks(tx: Tx, fromId: number, input: StatementInput): Promise<void> {
  const data = [
    ...input.respondsTo.map((toId) => ({ fromId, toId, kind: "responds_to" as const })),
    ...input.restates.map((toId) => ({ fromId, toId, kind: "restates" as const })),
  ];
  if (data.length > 0) await tx.statementLink.createMany({ data });
}

