import { listTopics } from "@/lib/topics/queries";

export async function GET() {
  const topics = await listTopics();
  return Response.json({ items: topics.map((t) => ({ slug: t.slug, label: t.label, statementCount: t.statementCount })) });
}
