import { withDatabaseErrors } from "@/lib/api/respond";
import { listTopics } from "@/lib/topics/queries";

export const GET = withDatabaseErrors(async function GET() {
  const topics = await listTopics();
  return Response.json({ items: topics.map((t) => ({ slug: t.slug, label: t.label, statementCount: t.statementCount })) });
});
