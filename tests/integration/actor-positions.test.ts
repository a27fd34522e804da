import { describe, expect, it } from "vitest";
import { getActorOverview, listActors } from "@/lib/actors/queries";
import { getDb } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { listStatements } from "@/lib/statements/queries";
import { statementFiltersSchema } from "@/lib/statements/filters";

/** Adds a statement by an actor naming conditions, the way an editor would record it. */
async function recordStatement(input: {
  actor: string;
  saidOn: string;
  talksStance?: "open" | "refuses" | "conditional" | "none";
  conditions: { slug: string; appliesTo: "talks" | "ceasefire" | "settlement"; position: "demands" | "offers" | "accepts" | "rejects" }[];
  retracted?: boolean;
}) {
  const db = await getDb();
  const saidOn = toDbDate(input.saidOn);
  const conditions = await db.condition.findMany({
    where: { slug: { in: input.conditions.map((c) => c.slug) } },
    select: { id: true, slug: true },
  });
  return db.statement.create({
    data: {
      actor: { connect: { slug: input.actor } },
      saidOn,
      saidOnPrecision: "day",
      paraphrase: "Test statement recorded by the suite.",
      talksStance: input.talksStance ?? "none",
      retractedAt: input.retracted ? new Date() : null,
      conditions: {
        create: input.conditions.map((c) => ({
          conditionId: conditions.find((x) => x.slug === c.slug)!.id,
          appliesTo: c.appliesTo,
          position: c.position,
          saidOn,
        })),
      },
    },
    select: { id: true },
  });
}

describe("listActors", () => {
  it("lists every demo actor with its statement count and latest date", async () => {
    const actors = await listActors();
    const putin = actors.find((a) => a.slug === "vladimir-putin")!;
    expect(putin).toMatchObject({
      name: "Vladimir Putin",
      kind: "person",
      affiliation: "Russia",
      statementCount: 2,
      latestSaidOn: "2024-06-14",
      latestSaidOnPrecision: "day",
    });
    expect(putin.aliases).toContain("Владимир Путин");
    expect(putin.aliases).not.toContain("Vladimir Putin");
    const zelensky = actors.find((a) => a.slug === "volodymyr-zelensky")!;
    expect(zelensky.statementCount).toBe(5);
    expect(zelensky.aliases).toEqual(expect.arrayContaining(["Zelenskyy", "Zelenskiy"]));
    expect(actors.map((a) => a.name)).toEqual([...actors.map((a) => a.name)].sort((a, b) => a.localeCompare(b)));
  });
});

describe("getActorOverview", () => {
  it("gives Putin's roles over time, newest first, and the role he held when he spoke", async () => {
    const putin = (await getActorOverview("vladimir-putin"))!;
    expect(putin.roles).toEqual([
      { title: "President of Russia", startOn: "2012-05-07", endOn: null },
      { title: "Prime Minister of Russia", startOn: "2008-05-08", endOn: "2012-05-07" },
      { title: "President of Russia", startOn: "2000-05-07", endOn: "2008-05-07" },
    ]);
    const page = await listStatements(statementFiltersSchema.parse({ actor: ["vladimir-putin"] }));
    expect(page.items.map((s) => [s.saidOn, s.actor.role])).toEqual([
      ["2024-06-14", "President of Russia"],
      ["2021-12-01", "President of Russia"],
    ]);
  });

  it("gives Putin's positions by condition, oldest first, with the stage and the evidence statement", async () => {
    const putin = (await getActorOverview("vladimir-putin"))!;
    const slugs = putin.positions.map((h) => h.condition.slug);
    expect(slugs).toEqual(
      expect.arrayContaining(["legal-guarantees-against-nato-expansion", "ukrainian-withdrawal-annexed-regions", "no-nato-membership"]),
    );
    expect(slugs).toHaveLength(10);
    const nato = putin.positions.find((h) => h.condition.slug === "no-nato-membership")!;
    expect(nato.entries).toHaveLength(1);
    expect(nato.entries[0]).toMatchObject({ saidOn: "2024-06-14", saidOnPrecision: "day", appliesTo: "ceasefire", position: "demands", change: null });
    expect(nato.current).toEqual([
      expect.objectContaining({ appliesTo: "ceasefire", position: "demands", since: expect.objectContaining({ saidOn: "2024-06-14" }) }),
    ]);
    const page = await listStatements(statementFiltersSchema.parse({ actor: ["vladimir-putin"] }));
    expect(nato.entries[0].statementId).toBe(page.items.find((s) => s.saidOn === "2024-06-14")!.id);
    expect(putin.positions.every((h) => h.changeCount === 0)).toBe(true);
    expect(putin.stances.talks.map((t) => [t.saidOn, t.stance])).toEqual([["2024-06-14", "conditional"]]);
    expect(putin.stances.ceasefire.map((t) => [t.saidOn, t.stance])).toEqual([["2024-06-14", "conditional"]]);
  });

  it("gives Zelensky's talks stance over time with the change from refusing talks marked", async () => {
    const zelensky = (await getActorOverview("volodymyr-zelensky"))!;
    expect(zelensky.roles).toEqual([{ title: "President of Ukraine", startOn: "2019-05-20", endOn: null }]);
    expect(zelensky.stances.talks.map((t) => [t.saidOn, t.saidOnPrecision, t.stance, t.change?.from ?? null])).toEqual([
      ["2021-12-01", "day", "open", null],
      ["2022-10-01", "month", "refuses", "open"],
    ]);
    const withdrawal = zelensky.positions.find((h) => h.condition.slug === "ukrainian-withdrawal-annexed-regions")!;
    expect(withdrawal.entries.map((e) => [e.saidOn, e.appliesTo, e.position])).toEqual([["2024-06-14", "ceasefire", "rejects"]]);
    expect(zelensky.window).toEqual({ size: 5, complete: true, fromOn: "2021-12-01", fromPrecision: "day" });
  });

  it("marks a change of position when a later statement takes another position on the same condition and stage", async () => {
    const before = (await getActorOverview("volodymyr-zelensky"))!;
    const original = before.positions.find((h) => h.condition.slug === "ukrainian-withdrawal-annexed-regions")!.entries[0];
    const later = await recordStatement({
      actor: "volodymyr-zelensky",
      saidOn: "2025-03-01",
      talksStance: "conditional",
      conditions: [
        { slug: "ukrainian-withdrawal-annexed-regions", appliesTo: "ceasefire", position: "accepts" },
        { slug: "ukrainian-withdrawal-annexed-regions", appliesTo: "settlement", position: "rejects" },
      ],
    });
    await recordStatement({
      actor: "volodymyr-zelensky",
      saidOn: "2025-04-01",
      retracted: true,
      conditions: [{ slug: "ukrainian-withdrawal-annexed-regions", appliesTo: "ceasefire", position: "demands" }],
    });

    const after = (await getActorOverview("volodymyr-zelensky"))!;
    const history = after.positions.find((h) => h.condition.slug === "ukrainian-withdrawal-annexed-regions")!;
    expect(history.entries.map((e) => [e.saidOn, e.appliesTo, e.position, e.change?.from ?? null])).toEqual([
      ["2024-06-14", "ceasefire", "rejects", null],
      ["2025-03-01", "ceasefire", "accepts", "rejects"],
      ["2025-03-01", "settlement", "rejects", null],
    ]);
    expect(history.entries[1].change).toEqual({
      from: "rejects",
      statementId: original.statementId,
      saidOn: "2024-06-14",
      saidOnPrecision: "day",
      orderUncertain: false,
    });
    expect(history.changeCount).toBe(1);
    expect(history.current.find((c) => c.appliesTo === "ceasefire")).toMatchObject({
      position: "accepts",
      since: { statementId: later.id, saidOn: "2025-03-01" },
    });
    expect(after.stances.talks.at(-1)).toMatchObject({ stance: "conditional", change: { from: "refuses" } });
    expect(after.statementCount).toBe(before.statementCount + 1);
    expect(after.latestSaidOn).toBe("2025-03-01");
  });

  it("returns null for an unknown actor", async () => {
    expect(await getActorOverview("no-such-actor")).toBeNull();
  });
});
