import "server-only";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { StatementSnapshot } from "../statements/snapshot";
import { snapshotSelect, toSnapshot } from "../statements/snapshot-read";

export type RevisionKind = "create" | "update" | "retract";

/** One change to a statement, as its history shows it. */
export type RevisionView = {
  /** The statement's version after this change. */
  version: number;
  kind: RevisionKind;
  at: string;
  /** Editors are named publicly by the name they sign with, never by email. */
  editor: { name: string };
  reason: string | null;
  changedFields: (keyof StatementSnapshot)[];
  before: StatementSnapshot | null;
  after: StatementSnapshot;
};

const revisionSelect = {
  version: true,
  kind: true,
  createdAt: true,
  reason: true,
  changedFields: true,
  before: true,
  after: true,
  editor: { select: { name: true } },
} satisfies Prisma.RevisionSelect;

type RevisionRow = Prisma.RevisionGetPayload<{ select: typeof revisionSelect }>;

function toRevisionView(row: RevisionRow): RevisionView {
  return {
    version: row.version,
    kind: row.kind,
    at: row.createdAt.toISOString(),
    editor: { name: row.editor.name },
    reason: row.reason,
    changedFields: row.changedFields as (keyof StatementSnapshot)[],
    // Written only by the mutations, from toSnapshot: the stored JSON is a snapshot.
    before: (row.before ?? null) as unknown as StatementSnapshot | null,
    after: row.after as unknown as StatementSnapshot,
  };
}

/**
 * Revisions of a statement newer than a version, oldest first: what other
 * editors changed since the version someone started editing. Takes the
 * transaction it runs in.
 */
export async function readRevisionsSince(
  client: Prisma.TransactionClient,
  statementId: number,
  version: number,
): Promise<RevisionView[]> {
  const rows = await client.revision.findMany({
    where: { statementId, version: { gt: version } },
    select: revisionSelect,
    orderBy: { version: "asc" },
  });
  return rows.map(toRevisionView);
}

/** Every change to a statement, newest first. */
export async function listRevisions(statementId: number): Promise<RevisionView[]> {
  const db = await getDb();
  const rows = await db.revision.findMany({
    where: { statementId },
    select: revisionSelect,
    orderBy: { version: "desc" },
  });
  return rows.map(toRevisionView);
}

/** A statement as an edit starts from it: its current version and all its fields. */
export type StatementEditView = {
  id: number;
  version: number;
  actorName: string;
  snapshot: StatementSnapshot;
};

export async function getStatementForEditing(id: number): Promise<StatementEditView | null> {
  const db = await getDb();
  const row = await db.statement.findUnique({ where: { id }, select: snapshotSelect });
  if (!row) return null;
  return { id: row.id, version: row.version, actorName: row.actor.name, snapshot: toSnapshot(row) };
}
