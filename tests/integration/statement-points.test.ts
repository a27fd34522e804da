import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { statementFiltersSchema } from "@/lib/statements/filters";
import { listStatementPoints } from "@/lib/statements/points";
import { listStatements } from "@/lib/statements/queries";

const filters = (input: Record<string, unknown>) => statementFiltersSchema.parse(input);

describe("listStatementPoints", () => {
  it("gives one light point per statement the timeline would list, for the same filters", async () => {
    for (const input of [{}, { actor: ["vladimir-putin", "volodymyr-zelensky"] }, { topic: ["nato"] }, { from: "2023-01-01", to: "2023-12-31" }, { q: "Zelenskyy" }]) {
      const f = filters({ ...input, limit: 100 });
      const [points, page] = await Promise.all([listStatementPoints(f), listStatements(f)]);
      expect(points.points.map((p) => p.id), JSON.stringify(input)).toEqual(page.items.map((s) => s.id));
      expect(points.truncated).toBe(false);
    }
  });

  it("carries actor, date at its precision and the opening words, a paraphrase never in quotation marks", async () => {
    const { points } = await listStatementPoints(filters({ actor: ["volodymyr-zelensky"] }));
    const october = points.find((p) => p.saidOn === "2022-10-01")!;
    expect(october).toMatchObject({ actorSlug: "volodymyr-zelensky", actorName: "Volodymyr Zelensky", saidOnPrecision: "month" });
    expect(october.label).toMatch(/^Paraphrase: Zelensky signed a decree/);
    const june = points.find((p) => p.saidOn === "2024-06-14")!;
    expect(june.label).toMatch(/^“an ultimatum from Putin/);
    expect(june.label.split(" ").length).toBeLessThanOrEqual(13);
  });

  it("stops at the cap and says so, leaves out retracted statements, and reports unknown filter values", async () => {
    const capped = await listStatementPoints(filters({}), 5);
    expect(capped.points).toHaveLength(5);
    expect(capped.truncated).toBe(true);

    const db = await getDb();
    const { points } = await listStatementPoints(filters({ actor: ["vladimir-putin"] }));
    await db.statement.update({ where: { id: points[0].id }, data: { retractedAt: new Date() } });
    const after = await listStatementPoints(filters({ actor: ["vladimir-putin"] }));
    expect(after.points.map((p) => p.id)).toEqual(points.slice(1).map((p) => p.id));

    const unknown = await listStatementPoints(filters({ actor: ["nobody-at-all"] }));
    expect(unknown).toEqual({ points: [], truncated: false, unknown: [{ field: "actor", value: "nobody-at-all" }] });
  });
});
