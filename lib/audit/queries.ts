import "server-only";
import { getDb } from "../db";

export type AuditEntryView = {
  id: number;
  at: string;
  /** Null for changes made from the command line. */
  user: { name: string; email: string } | null;
  action: string;
  via: "form" | "api" | "cli";
  statementId: number | null;
  summary: string;
};

export type AuditPage = { entries: AuditEntryView[]; nextBefore: number | null };

/** The most recent changes across the record, newest first, a page at a time (keyset on id). */
export async function listAuditEntries({ before, limit = 50 }: { before?: number; limit?: number } = {}): Promise<AuditPage> {
  const db = await getDb();
  const rows = await db.auditEntry.findMany({
    where: before ? { id: { lt: before } } : undefined,
    select: {
      id: true,
      createdAt: true,
      action: true,
      via: true,
      statementId: true,
      summary: true,
      user: { select: { name: true, email: true } },
    },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      user: r.user,
      action: r.action,
      via: r.via,
      statementId: r.statementId,
      summary: r.summary,
    })),
    nextBefore: rows.length > limit ? page[page.length - 1].id : null,
  };
}
