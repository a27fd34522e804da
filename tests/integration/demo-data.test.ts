import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { readDemoData } from "@/lib/seed/demo-data";

describe("demo data in the database", () => {
  it("holds every demo statement once, and loading again adds nothing", async () => {
    const db = await getDb();
    const demo = await readDemoData();
    expect(await db.statement.count()).toBe(demo.statements.length);
    const { loadDemoData } = await import("@/lib/seed/load-demo-data");
    expect(await loadDemoData(db)).toEqual({ statementsAdded: 0 });
    expect(await db.statement.count()).toBe(demo.statements.length);
    expect(await db.statementLink.count()).toBe(
      demo.statements.reduce((n, s) => n + s.respondsTo.length + s.restates.length, 0),
    );
  });

  it("keeps an editor's correction to a demo statement when the demo data loads again", async () => {
    const db = await getDb();
    const demo = await readDemoData();
    const key = demo.statements[0].key;
    await db.statement.update({ where: { seedKey: key }, data: { venue: "Corrected venue" } });
    await db.statement.update({ where: { seedKey: demo.statements[1].key }, data: { retractedAt: new Date() } });
    const { loadDemoData } = await import("@/lib/seed/load-demo-data");
    await loadDemoData(db);
    expect((await db.statement.findUnique({ where: { seedKey: key } }))?.venue).toBe("Corrected venue");
    expect(await db.statement.count()).toBe(demo.statements.length);
  });
});
