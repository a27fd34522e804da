import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { statementFiltersSchema } from "@/lib/statements/filters";
import { countStatementBins, listStatementChart } from "@/lib/statements/points";
import { countStatements } from "@/lib/statements/queries";

const filters = (input: Record<string, unknown>) => statementFiltersSchema.parse(input);

describe("listStatementChart", () => {
  it("draws a mark per statement while few match", async () => {
    const chart = await listStatementChart(filters({ actor: ["vladimir-putin"] }));
    const { count } = await countStatements(filters({ actor: ["vladimir-putin"] }));
    expect(chart.kind).toBe("marks");
    if (chart.kind === "marks") expect(chart.points).toHaveLength(count);
  });

  it("counts per actor and period once more match than single marks can show, each count the statements the bin links to", async () => {
    const db = await getDb();
    const actor = await db.actor.findFirstOrThrow({ where: { slug: "vladimir-putin" }, select: { id: true } });
    // 240 more statements by one actor over two years: more than the marks threshold.
    await db.statement.createMany({
      data: Array.from({ length: 240 }, (_, i) => ({
        actorId: actor.id,
        saidOn: new Date(Date.UTC(2019, 0, 1 + i * 3)),
        paraphrase: `Chart test statement ${i}`,
      })),
    });

    const all = filters({});
    const chart = await listStatementChart(all);
    expect(chart.kind).toBe("bins");
    if (chart.kind !== "bins") return;
    const { count } = await countStatements(all);
    expect(chart.total).toBe(count);
    expect(chart.truncated).toBe(false);
    expect(chart.bins.reduce((n, b) => n + b.count, 0)).toBe(count);
    expect(chart.lanes.reduce((n, l) => n + l.count, 0)).toBe(count);

    const putin = chart.lanes.findIndex((l) => l.key === "vladimir-putin");
    expect(putin).toBe(0);
    for (const bin of chart.bins.filter((b) => b.lane === putin)) {
      const inBin = await countStatements(filters({ actor: ["vladimir-putin"], from: bin.startOn, to: bin.endOn }));
      expect(inBin.count, `${bin.startOn}–${bin.endOn}`).toBe(bin.count);
    }
  });

  it("puts actors past the lane limit together, counts only the newest when capped, and says so", async () => {
    const capped = await countStatementBins(filters({}), { max: 100, maxLanes: 2 });
    expect(capped.truncated).toBe(true);
    expect(capped.total).toBe(100);
    expect(capped.lanes).toHaveLength(2);
    expect(capped.lanes[1]).toMatchObject({ key: null });
    expect(capped.bins.reduce((n, b) => n + b.count, 0)).toBe(100);

    const unknown = await listStatementChart(filters({ actor: ["nobody-at-all"] }));
    expect(unknown).toMatchObject({ kind: "marks", points: [], unknown: [{ field: "actor", value: "nobody-at-all" }] });
  });
});
