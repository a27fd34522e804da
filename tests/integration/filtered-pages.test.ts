import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { paramsToRecord, parseFiltersStrict, type StatementFilters } from "@/lib/statements/filters";
import { listStatements } from "@/lib/statements/queries";
import { expectedIds, loadDemo, type Demo } from "../support/demo-expectations";

// A page filtered by one topic or one condition is read from the join table's
// newest-first index rather than the statements' own; these pin down that both
// ways give the same pages.

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const filters = (query: string, limit: number, cursor?: string): StatementFilters => {
  const parsed = parseFiltersStrict(paramsToRecord(new URLSearchParams(query)));
  if (!parsed.success) throw new Error(`${query} does not parse: ${parsed.error.message}`);
  return { ...parsed.data, limit, cursor };
};

async function pageThrough(query: string): Promise<number[]> {
  const seen: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await listStatements(filters(query, 2, cursor));
    seen.push(...page.items.map((s) => s.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

const mostNamedCondition = (d: Demo) => {
  const counts = new Map<string, number>();
  for (const s of d.statements) for (const c of new Set(s.conditions.map((x) => x.slug))) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
};

describe("pages filtered by one condition or topic", () => {
  it("pages by condition, within a date range and with a stance, without repeating or skipping", async () => {
    const condition = mostNamedCondition(demo);
    const named = (s: Demo["statements"][number]) => s.conditions.some((c) => c.slug === condition);
    expect(await pageThrough(`condition=${condition}`)).toEqual(expectedIds(demo, named));

    const dates = demo.statements.filter(named).map((s) => s.saidOn).sort();
    const [from, to] = [dates[0], dates[Math.floor(dates.length / 2)]];
    expect(await pageThrough(`condition=${condition}&from=${from}&to=${to}`)).toEqual(
      expectedIds(demo, (s) => named(s) && s.saidOn >= from && s.saidOn <= to),
    );

    const stance = demo.statements.find(named)!.talksStance;
    expect(await pageThrough(`condition=${condition}&talks=${stance}`)).toEqual(
      expectedIds(demo, (s) => named(s) && s.talksStance === stance),
    );
  });

  it("lists a statement once when it names the condition for two stages", async () => {
    const condition = mostNamedCondition(demo);
    const db = await getDb();
    const row = await db.statementCondition.findFirstOrThrow({
      where: { condition: { slug: condition } },
      select: { statementId: true, conditionId: true, appliesTo: true, saidOn: true },
    });
    const other = (["talks", "ceasefire", "settlement"] as const).find((scope) => scope !== row.appliesTo)!;
    await db.statementCondition.upsert({
      where: { statementId_conditionId_appliesTo: { statementId: row.statementId, conditionId: row.conditionId, appliesTo: other } },
      create: { statementId: row.statementId, conditionId: row.conditionId, appliesTo: other, position: "demands", saidOn: row.saidOn },
      update: {},
    });
    const ids = await pageThrough(`condition=${condition}`);
    expect(ids.filter((id) => id === row.statementId)).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("pages by topic together with a condition", async () => {
    const condition = mostNamedCondition(demo);
    const topic = demo.statements.find((s) => s.conditions.some((c) => c.slug === condition) && s.topics.length)!.topics[0];
    expect(await pageThrough(`condition=${condition}&topic=${topic}`)).toEqual(
      expectedIds(demo, (s) => s.conditions.some((c) => c.slug === condition) && s.topics.includes(topic)),
    );
  });
});
