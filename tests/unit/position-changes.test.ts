import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endOfPrecision } from "@/lib/dates";
import {
  abridgeHistory,
  conditionHistories,
  currentPositions,
  markChanges,
  periodsOverlap,
  positionEntries,
  stanceHistories,
  type ConditionPositionRow,
  type DatedEntry,
} from "@/lib/positions/changes";
import type { ConditionPosition, ConditionScope } from "@/lib/statements/schema";

const day = (statementId: number, saidOn: string): DatedEntry => ({ statementId, saidOn, saidOnPrecision: "day" });
const pos = (
  statementId: number,
  saidOn: string,
  position: ConditionPosition,
  appliesTo: ConditionScope = "settlement",
  saidOnPrecision: DatedEntry["saidOnPrecision"] = "day",
) => ({ statementId, saidOn, saidOnPrecision, position, appliesTo });

describe("markChanges", () => {
  it("sorts oldest first and marks only a differing value, naming what it changed from", () => {
    const marked = positionEntries([
      pos(3, "2024-06-14", "accepts"),
      pos(1, "2022-03-01", "rejects"),
      pos(2, "2023-01-10", "rejects"),
    ]);
    expect(marked.map((e) => e.statementId)).toEqual([1, 2, 3]);
    expect(marked[0].change).toBeNull();
    expect(marked[1].change).toBeNull();
    expect(marked[2].change).toEqual({
      from: "rejects",
      statementId: 2,
      saidOn: "2023-01-10",
      saidOnPrecision: "day",
      orderUncertain: false,
    });
  });

  it("compares a position only with the same stage: another stage is not a change", () => {
    const marked = positionEntries([
      pos(1, "2023-01-10", "demands", "talks"),
      pos(2, "2023-05-10", "rejects", "settlement"),
      pos(3, "2023-09-10", "rejects", "talks"),
    ]);
    expect(marked.map((e) => e.change?.from ?? null)).toEqual([null, null, "demands"]);
    expect(marked[2].change?.statementId).toBe(1);
  });

  it("flags a change whose order the dates cannot settle", () => {
    const marked = positionEntries([
      pos(1, "2023-01-01", "rejects", "settlement", "year"),
      pos(2, "2023-06-02", "accepts"),
      pos(3, "2024-06-14", "rejects"),
    ]);
    expect(marked[1].change).toMatchObject({ from: "rejects", orderUncertain: true });
    expect(marked[2].change).toMatchObject({ from: "accepts", orderUncertain: false });
  });

  it("never marks the first entry of a track, and marks exactly the value switches", () => {
    const values = ["a", "b"] as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...values), { maxLength: 30 }), (sequence) => {
        const entries = sequence.map((v, i) => ({ ...day(i + 1, `2020-01-${String((i % 28) + 1).padStart(2, "0")}`), v }));
        const ordered = [...entries].sort((x, y) => (x.saidOn < y.saidOn ? -1 : x.saidOn > y.saidOn ? 1 : x.statementId - y.statementId));
        const marked = markChanges(entries, (e) => e.v);
        expect(marked.map((e) => e.statementId)).toEqual(ordered.map((e) => e.statementId));
        if (marked.length) expect(marked[0].change).toBeNull();
        const switches = ordered.filter((e, i) => i > 0 && ordered[i - 1].v !== e.v).length;
        expect(marked.filter((e) => e.change).length).toBe(switches);
      }),
    );
  });
});

describe("periodsOverlap", () => {
  it("knows a day inside a month or a year overlaps it, and separate days do not", () => {
    expect(periodsOverlap({ statementId: 1, saidOn: "2023-06-01", saidOnPrecision: "month" }, day(2, "2023-06-30"))).toBe(true);
    expect(periodsOverlap({ statementId: 1, saidOn: "2023-06-01", saidOnPrecision: "month" }, day(2, "2023-07-01"))).toBe(false);
    expect(periodsOverlap({ statementId: 1, saidOn: "2023-09-04", saidOnPrecision: "week" }, day(2, "2023-09-10"))).toBe(true);
    expect(periodsOverlap(day(1, "2023-09-10"), day(2, "2023-09-10"))).toBe(true);
    expect(periodsOverlap(day(1, "2023-09-10"), day(2, "2023-09-11"))).toBe(false);
    expect(endOfPrecision("2024-02-01", "month")).toBe("2024-02-29");
  });
});

describe("currentPositions", () => {
  it("gives per stage the latest position and the start of its unbroken run", () => {
    const entries = positionEntries([
      pos(1, "2021-12-01", "demands", "settlement"),
      pos(2, "2022-06-01", "rejects", "settlement"),
      pos(3, "2023-06-01", "rejects", "settlement"),
      pos(4, "2024-06-14", "demands", "ceasefire"),
    ]);
    expect(currentPositions(entries)).toEqual([
      {
        appliesTo: "ceasefire",
        position: "demands",
        since: day(4, "2024-06-14"),
        latest: day(4, "2024-06-14"),
      },
      {
        appliesTo: "settlement",
        position: "rejects",
        since: day(2, "2022-06-01"),
        latest: day(3, "2023-06-01"),
      },
    ]);
  });
});

describe("conditionHistories", () => {
  it("groups by condition in the conditions' order and counts changes", () => {
    const nato = { slug: "no-nato-membership", label: "No NATO membership", group: "Ukraine's status", sortOrder: 6 };
    const withdrawal = { slug: "russian-withdrawal", label: "Russian withdrawal", group: "Territory", sortOrder: 0 };
    const rows: ConditionPositionRow[] = [
      { ...pos(2, "2024-06-14", "demands", "ceasefire"), condition: nato },
      { ...pos(1, "2022-01-01", "rejects", "ceasefire"), condition: nato },
      { ...pos(1, "2022-01-01", "rejects", "settlement"), condition: withdrawal },
    ];
    const histories = conditionHistories(rows);
    expect(histories.map((h) => h.condition.slug)).toEqual(["russian-withdrawal", "no-nato-membership"]);
    expect(histories[1].changeCount).toBe(1);
    expect(histories[1].entries[1].change?.from).toBe("rejects");
    expect(histories[0].changeCount).toBe(0);
  });
});

describe("stanceHistories", () => {
  it("skips statements without a stance and marks talks going from refused to conditional", () => {
    const { talks, ceasefire } = stanceHistories([
      { ...day(1, "2022-10-01"), talksStance: "refuses", ceasefireStance: "none" },
      { ...day(2, "2023-01-01"), talksStance: "none", ceasefireStance: "opposes" },
      { ...day(3, "2023-06-01"), talksStance: "conditional", ceasefireStance: "opposes" },
    ]);
    expect(talks.map((t) => [t.statementId, t.stance, t.change?.from ?? null])).toEqual([
      [1, "refuses", null],
      [3, "conditional", "refuses"],
    ]);
    expect(ceasefire.map((t) => [t.statementId, t.stance, t.change?.from ?? null])).toEqual([
      [2, "opposes", null],
      [3, "opposes", null],
    ]);
  });
});

describe("abridgeHistory", () => {
  const history = (changes: boolean[]) => changes.map((change, i) => ({ id: i, change: change ? { from: "x" } : null }));

  it("keeps a short history whole", () => {
    expect(abridgeHistory(history([false, true, false]), 6)).toEqual({ shown: history([false, true, false]), left: 0 });
  });

  it("keeps the first entry, the changes and the latest, and of many changes the newest", () => {
    const entries = history([false, false, true, false, true, true, true, true, true, true, false, false]);
    const { shown, left } = abridgeHistory(entries, 4);
    expect(shown.map((e) => e.id)).toEqual([0, 8, 9, 11]);
    expect(left).toBe(entries.length - 4);
  });
});
