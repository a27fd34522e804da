import "server-only";
import { getDb } from "../db";
import { cachedRead } from "../db/ledger";

export type TopicSummaryView = { slug: string; label: string; statementCount: number };

/** Every topic by label, with how many statements (not retracted) carry it. */
async function readListTopics(): Promise<TopicSummaryView[]> {
  const db = await getDb();
  const rows = await db.topic.findMany({
    select: {
      slug: true,
      label: true,
      _count: { select: { statements: { where: { statement: { retractedAt: null } } } } },
    },
  });
  return rows
    .map((t) => ({ slug: t.slug, label: t.label, statementCount: t._count.statements }))
    .sort((a, b) => a.label.localeCompare(b.label, "en"));
}

// Pages read these through the ledger-version cache (lib/db/ledger.ts): a write
// anywhere in the ledger is seen by the very next request.
export const listTopics = cachedRead("listTopics", readListTopics);
