import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { CELL_LOOKBACK, CELL_WINDOW, getBoard } from "@/lib/positions/queries";
import { parseBoardParams } from "@/lib/positions/schema";

const board = (query: string) => getBoard(parseBoardParams(Object.fromEntries(groupParams(query))).params);

function groupParams(query: string): [string, string[]][] {
  const grouped = new Map<string, string[]>();
  for (const [k, v] of new URLSearchParams(query)) grouped.set(k, [...(grouped.get(k) ?? []), v]);
  return [...grouped];
}

const cell = (view: Awaited<ReturnType<typeof getBoard>>, condition: string, actor: string) => {
  const row = view.groups.flatMap((g) => g.rows).find((r) => r.condition.slug === condition);
  const column = view.actors.findIndex((a) => a.slug === actor);
  if (!row || column < 0) return undefined;
  return row.cells[column];
};

describe("getBoard", () => {
  it("shows the chosen actors in the order asked, with the latest position per cell and empty cells where nothing is recorded", async () => {
    const view = await board("actor=vladimir-putin&actor=volodymyr-zelensky");
    expect(view.actors.map((a) => a.slug)).toEqual(["vladimir-putin", "volodymyr-zelensky"]);
    expect(view.defaulted).toBe(false);
    expect(cell(view, "ukrainian-withdrawal-annexed-regions", "vladimir-putin")).toMatchObject({
      saidOn: "2024-06-14",
      saidOnPrecision: "day",
      positions: [{ appliesTo: "ceasefire", position: "demands" }],
    });
    expect(cell(view, "ukrainian-withdrawal-annexed-regions", "volodymyr-zelensky")).toMatchObject({
      saidOn: "2024-06-14",
      positions: [{ appliesTo: "ceasefire", position: "rejects" }],
    });
    expect(cell(view, "no-nato-membership", "volodymyr-zelensky")).toBeNull();
    expect(cell(view, "no-talks-with-putin", "volodymyr-zelensky")).toMatchObject({ saidOn: "2022-10-01", saidOnPrecision: "month" });
  });

  it("shows only conditions a chosen actor has named, grouped, unless all are asked for", async () => {
    const some = await board("actor=vladimir-putin&actor=volodymyr-zelensky");
    const rows = some.groups.flatMap((g) => g.rows);
    expect(rows.every((r) => r.cells.some((c) => c !== null))).toBe(true);
    expect(rows.some((r) => r.condition.slug === "accountability")).toBe(false);
    expect(some.groups.map((g) => g.group)).toEqual(expect.arrayContaining(["Territory and forces", "Ukraine's status"]));
    expect(new Set(some.groups.map((g) => g.group)).size).toBe(some.groups.length);

    const all = await board("actor=vladimir-putin&actor=volodymyr-zelensky&all=1");
    const db = await getDb();
    expect(all.groups.flatMap((g) => g.rows)).toHaveLength(await db.condition.count());
    expect(all.hiddenConditionCount).toBe(0);
    expect(rows.length + some.hiddenConditionCount).toBe(await db.condition.count());
  });

  it("picks the actors who named the most conditions when none is chosen, and notes unknown ones", async () => {
    const view = await board("");
    expect(view.defaulted).toBe(true);
    expect(view.actors.length).toBeLessThanOrEqual(6);
    expect(view.actors.slice(0, 2).map((a) => a.slug)).toEqual(["vladimir-putin", "antony-blinken"]);

    const unknown = await board("actor=nobody-at-all");
    expect(unknown.unknown).toEqual(["nobody-at-all"]);
    expect(unknown.defaulted).toBe(true);

    const parsed = parseBoardParams({ actor: ["vladimir-putin", "Bad Slug!"], all: "yes" });
    expect(parsed.params).toEqual({ actor: ["vladimir-putin"], all: false });
    expect(parsed.notes).toHaveLength(1);
  });

  it("moves a cell to a newer statement, lists every stage it sets, and ignores retracted statements", async () => {
    const db = await getDb();
    const condition = await db.condition.findUniqueOrThrow({ where: { slug: "no-nato-membership" }, select: { id: true } });
    const add = (saidOn: string, retracted: boolean) =>
      db.statement.create({
        data: {
          actor: { connect: { slug: "volodymyr-zelensky" } },
          saidOn: toDbDate(saidOn),
          paraphrase: "Test statement recorded by the suite.",
          retractedAt: retracted ? new Date() : null,
          conditions: {
            create: [
              { conditionId: condition.id, appliesTo: "ceasefire", position: "rejects", saidOn: toDbDate(saidOn) },
              { conditionId: condition.id, appliesTo: "settlement", position: "rejects", saidOn: toDbDate(saidOn) },
            ],
          },
        },
        select: { id: true },
      });
    const live = await add("2025-02-01", false);
    await add("2025-05-01", true);

    const view = await board("actor=volodymyr-zelensky");
    expect(cell(view, "no-nato-membership", "volodymyr-zelensky")).toEqual({
      statementId: live.id,
      saidOn: "2025-02-01",
      saidOnPrecision: "day",
      positions: [
        { appliesTo: "ceasefire", position: "rejects" },
        { appliesTo: "settlement", position: "rejects" },
      ],
    });
  });

  it("finds an actor's latest position behind more statements than it reads first, and leaves the cell empty where nothing is recorded", async () => {
    const db = await getDb();
    const actor = await db.actor.create({ data: { slug: "prolific-speaker", name: "Prolific Speaker" }, select: { id: true } });
    const conditionId = async (slug: string) =>
      (await db.condition.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
    const [nato, integrity] = [await conditionId("no-nato-membership"), await conditionId("territorial-integrity")];
    const record = async (saidOn: string, conditions: { conditionId: number; position: "demands" | "rejects" }[], retracted = false) =>
      db.statement.create({
        data: {
          actorId: actor.id,
          saidOn: toDbDate(saidOn),
          paraphrase: "Test statement recorded by the suite.",
          retractedAt: retracted ? new Date() : null,
          conditions: {
            create: conditions.map((c) => ({ ...c, appliesTo: "settlement" as const, saidOn: toDbDate(saidOn) })),
          },
        },
        select: { id: true },
      });
    await record("2001-01-01", [{ conditionId: nato, position: "rejects" }]);
    const latestOnNato = await record("2002-01-01", [{ conditionId: nato, position: "demands" }]);
    await record("2003-01-01", [{ conditionId: nato, position: "rejects" }], true);
    // More newer statements than the board reads in one pass, none naming NATO membership.
    const newer = await db.statement.createManyAndReturn({
      data: Array.from({ length: CELL_WINDOW + 50 }, (_, i) => ({
        actorId: actor.id,
        saidOn: toDbDate(`2020-01-${String((i % 28) + 1).padStart(2, "0")}`),
        paraphrase: "Test statement recorded by the suite.",
      })),
      select: { id: true, saidOn: true },
    });
    await db.statementCondition.createMany({
      data: newer.map((s) => ({
        statementId: s.id,
        conditionId: integrity,
        appliesTo: "settlement" as const,
        position: "demands" as const,
        saidOn: s.saidOn,
      })),
    });

    const view = await board("actor=prolific-speaker");
    expect(view.actors[0].searchedSince).toBeNull();
    expect(cell(view, "no-nato-membership", "prolific-speaker")).toEqual({
      statementId: latestOnNato.id,
      saidOn: "2002-01-01",
      saidOnPrecision: "day",
      positions: [{ appliesTo: "settlement", position: "demands" }],
    });
    expect(cell(view, "territorial-integrity", "prolific-speaker")).toMatchObject({ saidOn: "2020-01-28" });
    expect(cell(view, "accountability", "prolific-speaker")).toBeUndefined();
    expect((await board("actor=prolific-speaker&all=1")).groups.flatMap((g) => g.rows).find((r) => r.condition.slug === "accountability")?.cells).toEqual([null]);
  });

  it("says from when it searched an actor whose record is longer than it reads, instead of calling a cell empty", async () => {
    const db = await getDb();
    const actor = await db.actor.create({ data: { slug: "tireless-speaker", name: "Tireless Speaker" }, select: { id: true } });
    const nato = (await db.condition.findUniqueOrThrow({ where: { slug: "no-nato-membership" }, select: { id: true } })).id;
    await db.statement.create({
      data: {
        actorId: actor.id,
        saidOn: toDbDate("1999-01-01"),
        paraphrase: "Test statement recorded by the suite.",
        conditions: { create: { conditionId: nato, appliesTo: "talks", position: "demands", saidOn: toDbDate("1999-01-01") } },
      },
    });
    await db.statement.createMany({
      data: Array.from({ length: CELL_WINDOW + CELL_LOOKBACK }, () => ({
        actorId: actor.id,
        saidOn: toDbDate("2021-05-01"),
        paraphrase: "Test statement recorded by the suite.",
      })),
    });

    const view = await board("actor=tireless-speaker");
    expect(view.actors[0].searchedSince).toEqual({
      statements: CELL_WINDOW + CELL_LOOKBACK,
      fromOn: "2021-05-01",
      fromPrecision: "day",
    });
    expect(cell(view, "no-nato-membership", "tireless-speaker")).toBeNull();
  });
});
