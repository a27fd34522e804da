import { readFile } from "node:fs/promises";
import path from "node:path";
import type { EvaluationCase } from "@/lib/import/evaluate";
import type { ImportKnowledge } from "@/lib/import/schema";
import { DEMO_DATA_DIR, readDemoData } from "@/lib/seed/demo-data";

/**
 * The five seed articles with their publication dates, and the statements
 * recorded by hand from each (a statement sourced to two articles is expected
 * in both).
 */
export async function loadSeedCases(): Promise<{ cases: EvaluationCase[]; knowledge: ImportKnowledge }> {
  const demo = await readDemoData();
  const cases: EvaluationCase[] = [];
  for (const source of demo.sources) {
    if (!source.seedFile) continue;
    const text = await readFile(path.join(DEMO_DATA_DIR, "articles", source.seedFile), "utf8");
    cases.push({
      name: source.seedFile,
      input: { text, outlet: source.outlet, publishedOn: source.publishedOn ?? null },
      expected: demo.statements.filter((s) => s.sources.includes(source.key)),
    });
  }
  return { cases, knowledge: { actors: demo.actors, conditions: demo.conditions, topics: demo.topics } };
}
