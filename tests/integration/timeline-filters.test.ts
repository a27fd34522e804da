import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { paramsToRecord, parseFiltersLenient, parseFiltersStrict, type StatementFilters } from "@/lib/statements/filters";
import { countStatements, listFilterOptions, listStatements } from "@/lib/statements/queries";
import type { DemoStatement } from "@/lib/seed/demo-data";
import { expectedIds, loadDemo, searchableText, type Demo } from "../support/demo-expectations";

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const filters = (query: string): StatementFilters => {
  const parsed = parseFiltersStrict(paramsToRecord(new URLSearchParams(query)));
  if (!parsed.success) throw new Error(`${query} does not parse: ${parsed.error.message}`);
  return { ...parsed.data, limit: 100 };
};
const ids = async (query: string) => (await listStatements(filters(query))).items.map((s) => s.id);

/** The value of a facet that the most demo statements have, so each test filters something real. */
function mostCommon(values: (s: DemoStatement) => string[]): string {
  const counts = new Map<string, number>();
  for (const s of demo.statements) for (const v of new Set(values(s))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

describe("timeline filters", () => {
  it("by one actor and by several", async () => {
    const actor = mostCommon((s) => [s.actor]);
    const other = demo.actors.map((a) => a.slug).find((a) => a !== actor && demo.statements.some((s) => s.actor === a))!;
    expect(await ids(`actor=${actor}`)).toEqual(expectedIds(demo, (s) => s.actor === actor));
    const both = await ids(`actor=${actor}&actor=${other}`);
    expect(both).toEqual(expectedIds(demo, (s) => s.actor === actor || s.actor === other));
    expect(both.length).toBeGreaterThan((await ids(`actor=${actor}`)).length);
  });

  it("by topic, by condition and by stance", async () => {
    const topic = mostCommon((s) => s.topics);
    expect(await ids(`topic=${topic}`)).toEqual(expectedIds(demo, (s) => s.topics.includes(topic)));
    const condition = mostCommon((s) => s.conditions.map((c) => c.slug));
    expect(await ids(`condition=${condition}`)).toEqual(
      expectedIds(demo, (s) => s.conditions.some((c) => c.slug === condition)),
    );
    expect(await ids("ceasefire=opposes&ceasefire=supports")).toEqual(
      expectedIds(demo, (s) => s.ceasefireStance === "opposes" || s.ceasefireStance === "supports"),
    );
    expect(await ids("talks=conditional")).toEqual(expectedIds(demo, (s) => s.talksStance === "conditional"));
  });

  it("by a date range, both ends included", async () => {
    const dates = [...new Set(demo.statements.map((s) => s.saidOn))].sort();
    const [from, to] = [dates[1], dates[dates.length - 2]];
    expect(await ids(`from=${from}&to=${to}`)).toEqual(expectedIds(demo, (s) => s.saidOn >= from && s.saidOn <= to));
    expect(await ids(`from=${to}`)).toEqual(expectedIds(demo, (s) => s.saidOn >= to));
  });

  it("combines filters: every one must hold", async () => {
    const actor = mostCommon((s) => [s.actor]);
    const topic = mostCommon((s) => (s.actor === actor ? s.topics : []));
    const query = `actor=${actor}&topic=${topic}&from=2022-01-01&q=negotiations`;
    const expected = expectedIds(
      demo,
      (s) =>
        s.actor === actor && s.topics.includes(topic) && s.saidOn >= "2022-01-01" && /\bnegoti/i.test(searchableText(demo, s)),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(query)).toEqual(expected);
    expect(await countStatements(filters(query))).toEqual({ count: expected.length, atLeast: false });
  });

  it("pages through a filtered timeline without repeating or skipping", async () => {
    const topic = mostCommon((s) => s.topics);
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await listStatements({ ...filters(`topic=${topic}`), limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(expectedIds(demo, (s) => s.topics.includes(topic)));
  });

  it("reports a slug that names nothing and still applies the known ones", async () => {
    const actor = mostCommon((s) => [s.actor]);
    const page = await listStatements(filters(`actor=${actor}&actor=no-such-actor`));
    expect(page.unknown).toEqual([{ field: "actor", value: "no-such-actor" }]);
    expect(page.items.map((s) => s.id)).toEqual(expectedIds(demo, (s) => s.actor === actor));
    const none = await listStatements(filters("condition=no-such-condition"));
    expect(none.items).toEqual([]);
    expect(none.unknown).toEqual([{ field: "condition", value: "no-such-condition" }]);
  });

  it("leaves out a retracted statement", async () => {
    const db = await getDb();
    const target = demo.statements[0];
    await db.statement.update({ where: { seedKey: target.key }, data: { retractedAt: new Date() } });
    try {
      expect(await ids(`actor=${target.actor}`)).toEqual(
        expectedIds(demo, (s) => s.actor === target.actor && s.key !== target.key),
      );
    } finally {
      await db.statement.update({ where: { seedKey: target.key }, data: { retractedAt: null } });
    }
  });

  it("drops a malformed value with a note instead of failing the page", () => {
    const { filters: f, notes } = parseFiltersLenient(
      paramsToRecord(new URLSearchParams("actor=sergey-lavrov&ceasefire=maybe&from=2023-13-01")),
    );
    expect(f.actor).toEqual(["sergey-lavrov"]);
    expect(f.ceasefire).toEqual([]);
    expect(f.from).toBeUndefined();
    expect(notes.map((n) => n.field).sort()).toEqual(["ceasefire", "from"]);
  });

  it("offers every actor, topic and condition, conditions in their groups", async () => {
    const options = await listFilterOptions();
    expect(options.actors.map((a) => a.slug).sort()).toEqual(demo.actors.map((a) => a.slug).sort());
    expect(options.topics.map((t) => t.slug).sort()).toEqual(demo.topics.map((t) => t.slug).sort());
    expect(options.conditionGroups.map((g) => g.group)).toEqual([...new Set(demo.conditions.map((c) => c.group))]);
    expect(options.conditionGroups.flatMap((g) => g.conditions.map((c) => c.slug))).toEqual(
      demo.conditions.map((c) => c.slug),
    );
  });
});

describe("timeline search", () => {
  const matching = (pattern: RegExp) => expectedIds(demo, (s) => pattern.test(searchableText(demo, s)));

  it("finds a word in any of its forms", async () => {
    const expected = matching(/\bnegoti/i);
    expect(expected.length).toBeGreaterThan(1);
    expect(await ids("q=negotiations")).toEqual(expected);
  });

  it("finds a phrase in double quotes, and only that phrase", async () => {
    const expected = matching(/freez\w* current lines/i);
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(`q=${encodeURIComponent('"freezes current lines"')}`)).toEqual(expected);
    // The same words out of order are not the phrase.
    expect(await ids(`q=${encodeURIComponent('"lines current freezes"')}`)).toEqual([]);
  });

  it("finds every spelling of a name from any one of them", async () => {
    const zelensky = matching(/zelensk/i);
    expect(zelensky.length).toBeGreaterThan(1);
    for (const spelling of ["Zelenskiy", "Zelensky", "zelenskyy"]) expect(await ids(`q=${spelling}`), spelling).toEqual(zelensky);
    const kyiv = matching(/\bki(ev|yiv)|\bkyiv/i);
    expect(kyiv.length).toBeGreaterThan(0);
    expect(await ids("q=Kiev")).toEqual(kyiv);
    expect(await ids("q=Kyiv")).toEqual(kyiv);
  });

  it("requires every word, also when one of them has several spellings", async () => {
    const expected = expectedIds(demo, (s) => {
      const text = searchableText(demo, s);
      return /zelensk/i.test(text) && /\bnegoti/i.test(text);
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(matching(/zelensk/i).length);
    expect(await ids("q=Zelenskiy+negotiations")).toEqual(expected);
  });

  it("understands OR and -exclusions", async () => {
    expect(await ids("q=ultimatum+OR+irritants")).toEqual(matching(/ultimatum|irritant/i));
    const expected = expectedIds(demo, (s) => {
      const text = searchableText(demo, s);
      return /\bnegoti/i.test(text) && !/zelensk/i.test(text);
    });
    expect(await ids("q=negotiations+-zelensky")).toEqual(expected);
  });

  it("leaves out a search of only stop words, saying so, instead of finding nothing", async () => {
    const all = expectedIds(demo, () => true);
    for (const q of ["the", "of+the", '"and the"']) {
      const page = await listStatements(filters(`q=${q}`));
      expect(page.unknown, q).toEqual([{ field: "q", value: decodeURIComponent(q.replaceAll("+", " ")) }]);
      expect(page.items.map((s) => s.id), q).toEqual(all);
    }
    // Stop words beside a real word are simply not needed to match.
    const withWord = await listStatements(filters("q=the+negotiations"));
    expect(withWord.unknown).toEqual([]);
    expect(withWord.items.map((s) => s.id)).toEqual(matching(/\bnegoti/i));
  });
});
