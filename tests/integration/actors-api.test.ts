import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { GET as getActorRoute } from "@/app/api/actors/[slug]/route";
import { GET as listActorsRoute } from "@/app/api/actors/route";
import { GET as getConditionRoute } from "@/app/api/conditions/[slug]/route";
import { GET as listConditionsRoute } from "@/app/api/conditions/route";
import { GET as listTopicsRoute } from "@/app/api/topics/route";
import { actorDetailJsonSchema, actorListJsonSchema } from "@/lib/actors/api-schema";
import { conditionDetailJsonSchema, conditionListJsonSchema } from "@/lib/conditions/api-schema";
import { getDb } from "@/lib/db";
import { readDemoData } from "@/lib/seed/demo-data";
import { topicListJsonSchema } from "@/lib/topics/api-schema";

/** The body matches the published schema exactly: no field missing, none undocumented. */
async function documented<S extends z.ZodType>(res: Response, schema: S): Promise<z.infer<S>> {
  expect(res.status).toBe(200);
  const body: unknown = await res.json();
  const parsed = schema.parse(body);
  expect(parsed).toEqual(body);
  return parsed;
}

const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe("GET /api/actors", () => {
  it("lists every actor with aliases, roles, statement count and latest date", async () => {
    const demo = await readDemoData();
    const body = await documented(await listActorsRoute(), actorListJsonSchema);
    expect(body.items).toHaveLength(demo.actors.length);
    expect(body.items.find((a) => a.slug === "volodymyr-zelensky")).toMatchObject({
      url: "/actors/volodymyr-zelensky",
      name: "Volodymyr Zelensky",
      kind: "person",
      roles: [{ title: "President of Ukraine", startOn: "2019-05-20", endOn: null }],
      statementCount: demo.statements.filter((s) => s.actor === "volodymyr-zelensky").length,
      latestSaidOn: "2024-06-14",
      latestSaidOnPrecision: "day",
    });
  });
});

describe("GET /api/actors/{slug}", () => {
  it("returns the actor with positions by condition and stances over time, changes marked", async () => {
    const body = await documented(await getActorRoute(new Request("http://localhost"), slugParams("volodymyr-zelensky")), actorDetailJsonSchema);
    expect(body.slug).toBe("volodymyr-zelensky");
    expect(body).toMatchObject({
      statementCount: 5,
      statementCountAtLeast: false,
      window: { size: 5, complete: true, fromOn: "2021-12-01", fromPrecision: "day" },
      statementsUrl: "/api/statements?actor=volodymyr-zelensky",
    });
    const talks = body.stances.talks;
    expect(talks.map((t) => [t.saidOn, t.stance])).toEqual([
      ["2021-12-01", "open"],
      ["2022-10-01", "refuses"],
    ]);
    expect(talks[1].change).toMatchObject({ from: "open", saidOn: "2021-12-01", url: `/statements/${talks[0].statementId}` });
    const noTalks = body.positions.find((p) => p.condition.slug === "no-talks-with-putin")!;
    expect(noTalks.entries).toEqual([
      expect.objectContaining({ saidOn: "2022-10-01", saidOnPrecision: "month", appliesTo: "talks", position: "demands", change: null }),
    ]);
  });

  it("answers 404 JSON for an unknown actor and 400 with field errors for a malformed slug", async () => {
    const missing = await getActorRoute(new Request("http://localhost"), slugParams("no-such-actor"));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "Actor not found" });
    for (const bad of ["Bad Slug!", "x".repeat(81), "-leading"]) {
      const res = await getActorRoute(new Request("http://localhost"), slugParams(bad));
      expect(res.status, bad).toBe(400);
      const body = (await res.json()) as { fieldErrors: Record<string, string[]> };
      expect(body.fieldErrors.slug?.length, bad).toBeGreaterThan(0);
    }
  });
});

describe("GET /api/conditions", () => {
  it("lists every condition in the taxonomy's order with how many statements name it", async () => {
    const demo = await readDemoData();
    const body = await documented(await listConditionsRoute(), conditionListJsonSchema);
    expect(body.items.map((c) => c.slug)).toEqual(demo.conditions.map((c) => c.slug));
    const named = (slug: string) => demo.statements.filter((s) => s.conditions.some((c) => c.slug === slug));
    for (const c of body.items) expect(c.statementCount, c.slug).toBe(named(c.slug).length);
    expect(body.items.find((c) => c.slug === "no-nato-membership")).toMatchObject({
      group: "Ukraine's status",
      statementCount: 3,
      actorCount: 3,
    });
  });

  it("returns one condition with each actor's positions and since when, 404 and 400 otherwise", async () => {
    const body = await documented(
      await getConditionRoute(new Request("http://localhost"), slugParams("no-nato-membership")),
      conditionDetailJsonSchema,
    );
    expect(body.actors.map((a) => a.actor.slug).sort()).toEqual(["dmitry-peskov", "kremlin", "vladimir-putin"]);
    expect(body).toMatchObject({
      statementCount: 3,
      statementCountAtLeast: false,
      actorCount: 3,
      moreActors: [],
      window: { size: 3, complete: true },
      statementsUrl: "/api/statements?condition=no-nato-membership",
    });
    expect(body.actors.find((a) => a.actor.slug === "kremlin")!.current).toEqual([
      expect.objectContaining({ appliesTo: "settlement", position: "demands", since: expect.objectContaining({ saidOn: "2022-01-01", saidOnPrecision: "year" }) }),
    ]);
    expect((await getConditionRoute(new Request("http://localhost"), slugParams("nothing-here"))).status).toBe(404);
    expect((await getConditionRoute(new Request("http://localhost"), slugParams("Not A Slug"))).status).toBe(400);
  });
});

describe("GET /api/topics", () => {
  it("lists every topic with its statement count", async () => {
    const demo = await readDemoData();
    const body = await documented(await listTopicsRoute(), topicListJsonSchema);
    expect(body.items.map((t) => t.slug).sort()).toEqual(demo.topics.map((t) => t.slug).sort());
    for (const t of body.items) {
      expect(t.statementCount, t.slug).toBe(demo.statements.filter((s) => s.topics.includes(t.slug)).length);
    }
  });

  it("stops counting a retracted statement under its topics", async () => {
    const counts = async () =>
      new Map((await documented(await listTopicsRoute(), topicListJsonSchema)).items.map((t) => [t.slug, t.statementCount]));
    const before = await counts();
    const db = await getDb();
    const tagged = await db.statement.findFirstOrThrow({
      where: { retractedAt: null, topics: { some: {} } },
      select: { id: true, topics: { select: { topic: { select: { slug: true } } } } },
    });
    await db.statement.update({ where: { id: tagged.id }, data: { retractedAt: new Date(), retractionReason: "Test" } });
    const after = await counts();
    const itsTopics = new Set(tagged.topics.map((t) => t.topic.slug));
    for (const [slug, n] of before) expect(after.get(slug), slug).toBe(itsTopics.has(slug) ? n - 1 : n);
  });
});
