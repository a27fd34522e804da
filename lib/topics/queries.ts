import "server-only";
import { getDb } from "../db";

export type TopicSummaryView = { slug: string; label: string; statementCount: number };

/** Every topic by label, with how many statements (not retracted) carry it. */
export async function listTopics(): Promise<TopicSummaryView[]> {
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
