import "server-only";
import { getDb } from "../db";

/** What the statement form offers to choose from. */
export type StatementFormOptions = {
  actors: { slug: string; name: string; aliases: string[] }[];
  topics: { slug: string; label: string }[];
  conditionGroups: { group: string; conditions: { slug: string; label: string }[] }[];
};

export async function getStatementFormOptions(): Promise<StatementFormOptions> {
  const db = await getDb();
  const [actors, topics, conditions] = await Promise.all([
    db.actor.findMany({
      select: { slug: true, name: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
      orderBy: { name: "asc" },
    }),
    db.topic.findMany({ select: { slug: true, label: true }, orderBy: { label: "asc" } }),
    db.condition.findMany({
      select: { slug: true, label: true, group: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
  ]);
  const groups = new Map<string, { slug: string; label: string }[]>();
  for (const c of conditions) groups.set(c.group, [...(groups.get(c.group) ?? []), { slug: c.slug, label: c.label }]);
  return {
    actors: actors.map((a) => ({ slug: a.slug, name: a.name, aliases: a.aliases.map((x) => x.alias).filter((x) => x !== a.name) })),
    topics,
    conditionGroups: [...groups].map(([group, list]) => ({ group, conditions: list })),
  };
}
