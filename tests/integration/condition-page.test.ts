import { describe, expect, it } from "vitest";
import { CONDITION_ACTORS_SHOWN, CONDITION_WINDOW, getConditionOverview } from "@/lib/conditions/queries";
import { getDb } from "@/lib/db";
import { toDbDate } from "@/lib/dates";

async function conditionId(slug: string) {
  const db = await getDb();
  return (await db.condition.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

describe("getConditionOverview", () => {
  it("gives the definition and each actor's positions, the latest speakers first, with an exact count", async () => {
    const view = (await getConditionOverview("no-nato-membership"))!;
    expect(view.definition.length).toBeGreaterThan(0);
    expect(view).toMatchObject({ statementCount: 3, statementCountAtLeast: false, moreActors: [] });
    expect(view.window).toMatchObject({ size: 3, complete: true });
    expect(view.actors.map((a) => a.actor.slug).sort()).toEqual(["dmitry-peskov", "kremlin", "vladimir-putin"]);
    const latest = view.actors.map((a) => a.entries.at(-1)!.saidOn);
    expect(latest).toEqual([...latest].sort().reverse());
    expect(view.actors.find((a) => a.actor.slug === "kremlin")!.current).toEqual([
      expect.objectContaining({ appliesTo: "settlement", position: "demands" }),
    ]);
    expect(await getConditionOverview("nothing-here")).toBeNull();
  });

  it("shows the actors who spoke on it most recently and names the others, however many", async () => {
    const db = await getDb();
    const condition = await conditionId("amnesty");
    const before = (await getConditionOverview("amnesty"))!;
    const extra = CONDITION_ACTORS_SHOWN + 3;
    for (let i = 0; i < extra; i++) {
      const saidOn = toDbDate(`2030-01-${String(i + 1).padStart(2, "0")}`);
      await db.actor.create({
        data: {
          slug: `speaker-${i}`,
          name: `Speaker ${i}`,
          statements: {
            create: {
              saidOn,
              paraphrase: "Test statement recorded by the suite.",
              conditions: { create: { conditionId: condition, appliesTo: "settlement", position: "accepts", saidOn } },
            },
          },
        },
      });
    }
    const view = (await getConditionOverview("amnesty"))!;
    expect(view.actors).toHaveLength(CONDITION_ACTORS_SHOWN);
    // Newest first: the last speaker recorded said it latest.
    expect(view.actors[0].actor.slug).toBe(`speaker-${extra - 1}`);
    expect(view.moreActors).toHaveLength(extra + before.actors.length + before.moreActors.length - CONDITION_ACTORS_SHOWN);
    expect(view.moreActors.map((a) => a.slug)).toEqual(expect.arrayContaining(["speaker-0", "speaker-1", "speaker-2"]));
    expect(view.statementCount).toBe(before.statementCount + extra);
  });

  it("reads only the newest statements naming a condition named more often than its window, and says from when", async () => {
    const db = await getDb();
    const condition = await conditionId("frozen-assets");
    const actor = await db.actor.create({ data: { slug: "frequent-speaker", name: "Frequent Speaker" }, select: { id: true } });
    const statements = await db.statement.createManyAndReturn({
      data: Array.from({ length: CONDITION_WINDOW + 10 }, (_, i) => ({
        actorId: actor.id,
        // The ten oldest, said in 1990, fall outside the window.
        saidOn: toDbDate(i < 10 ? "1990-01-01" : `${2000 + Math.floor(i / 100)}-01-01`),
        paraphrase: "Test statement recorded by the suite.",
      })),
      select: { id: true, saidOn: true },
    });
    await db.statementCondition.createMany({
      data: statements.map((s, i) => ({
        statementId: s.id,
        conditionId: condition,
        appliesTo: "settlement" as const,
        position: i % 2 === 0 ? ("demands" as const) : ("rejects" as const),
        saidOn: s.saidOn,
      })),
    });
    const view = (await getConditionOverview("frozen-assets"))!;
    expect(view.window.complete).toBe(false);
    expect(view.window.size).toBeLessThanOrEqual(CONDITION_WINDOW);
    expect(view.window.fromOn).toBe("2000-01-01");
    expect(view.statementCount).toBeGreaterThan(CONDITION_WINDOW);
    const frequent = view.actors.find((a) => a.actor.slug === "frequent-speaker")!;
    expect(frequent.entries.length).toBeLessThanOrEqual(CONDITION_WINDOW);
    expect(frequent.entries.some((e) => e.saidOn === "1990-01-01")).toBe(false);
    expect(frequent.entries.at(-1)!.saidOn).toBe(`${2000 + Math.floor((CONDITION_WINDOW + 9) / 100)}-01-01`);
  });
});
