import { readFileSync } from "node:fs";
import path from "node:path";

// The demo data the e2e server loads, read straight from the seed files so the
// expectations follow the data rather than being written down as numbers.

type DemoActor = { slug: string; name: string; aliases: string[] };
type DemoStatement = {
  key: string;
  actor: string;
  saidOn: string;
  quote: string | null;
  paraphrase: string | null;
  speakerAsWritten: string | null;
  venue: string | null;
};

const seedDir = path.resolve(import.meta.dirname, "../../prisma/seed");
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(seedDir, file), "utf8")) as T;

export const demoActors = read<DemoActor[]>("actors.json");
export const demoStatements = read<DemoStatement[]>("statements.json");

export function actorName(slug: string): string {
  const actor = demoActors.find((a) => a.slug === slug);
  if (!actor) throw new Error(`No demo actor ${slug}`);
  return actor.name;
}

/** The actor with the most demo statements: a filter on it has something to show. */
export function busiestActor(): { slug: string; name: string; count: number } {
  const counts = new Map<string, number>();
  for (const s of demoStatements) counts.set(s.actor, (counts.get(s.actor) ?? 0) + 1);
  const [slug, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return { slug, name: actorName(slug), count };
}
