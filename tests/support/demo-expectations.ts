import { getDb } from "@/lib/db";
import { readDemoData, type DemoData, type DemoStatement } from "@/lib/seed/demo-data";

// Expected results worked out from prisma/seed/*.json rather than written down
// as ids, so the tests keep meaning the same thing when the demo data grows.

export type Demo = DemoData & {
  /** Database id of each demo statement, by its seed key. */
  idOf: Map<string, number>;
};

export async function loadDemo(): Promise<Demo> {
  const demo = await readDemoData();
  const db = await getDb();
  const rows = await db.statement.findMany({ where: { seedKey: { not: null } }, select: { id: true, seedKey: true } });
  return { ...demo, idOf: new Map(rows.map((r) => [r.seedKey!, r.id])) };
}

/** Ids of the demo statements that pass `keep`, in timeline order: newest said first, then highest id. */
export function expectedIds(demo: Demo, keep: (s: DemoStatement) => boolean): number[] {
  return demo.statements
    .filter(keep)
    .map((s) => ({ saidOn: s.saidOn, id: demo.idOf.get(s.key)! }))
    .sort((a, b) => (a.saidOn === b.saidOn ? b.id - a.id : a.saidOn < b.saidOn ? 1 : -1))
    .map((s) => s.id);
}

/** All the text the search index holds for a demo statement (see the search trigger). */
export function searchableText(demo: Demo, s: DemoStatement): string {
  const actor = demo.actors.find((a) => a.slug === s.actor)!;
  return [s.quote, s.paraphrase, s.speakerAsWritten, actor.name, ...actor.aliases, s.venue]
    .filter(Boolean)
    .join(" ");
}
