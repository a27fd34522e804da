import { describe, expect, it } from "vitest";
import { GET as getStatementById } from "@/app/api/statements/[id]/route";
import { GET as listStatementsRoute } from "@/app/api/statements/route";
import { readDemoData } from "@/lib/seed/demo-data";

type Item = {
  id: number;
  actor: { slug: string; name: string };
  saidOn: string;
  saidOnPrecision: string;
  publishedOn: string | null;
  quote: string | null;
  paraphrase: string | null;
  ceasefireStance: string;
  talksStance: string;
  conditions: { slug: string; label: string; appliesTo: string; position: string }[];
  topics: { slug: string; label: string }[];
  sources: { url: string | null; outlet: string; title: string; publishedOn: string | null }[];
};
type Page = { items: Item[]; nextCursor: string | null };

const list = async (query = "") => {
  const res = await listStatementsRoute(new Request(`http://localhost/api/statements${query}`));
  return { status: res.status, body: (await res.json()) as Page & { fieldErrors?: Record<string, string[]> } };
};

describe("GET /api/statements", () => {
  it("returns every demo statement, newest first, in the documented shape", async () => {
    const demo = await readDemoData();
    const { status, body } = await list();
    expect(status).toBe(200);
    expect(body.items).toHaveLength(demo.statements.length);
    expect(body.nextCursor).toBeNull();
    const keys = body.items.map((i) => [i.saidOn, i.id]);
    const sorted = [...keys].sort((a, b) => (a[0] === b[0] ? Number(b[1]) - Number(a[1]) : a[0] < b[0] ? 1 : -1));
    expect(keys).toEqual(sorted);

    const putin = demo.statements.find((s) => s.actor === "vladimir-putin" && s.saidOn === "2024-06-14")!;
    const item = body.items.find((i) => i.actor.slug === "vladimir-putin" && i.saidOn === "2024-06-14")!;
    expect(item).toMatchObject({
      actor: { slug: "vladimir-putin", name: "Vladimir Putin" },
      saidOnPrecision: "day",
      quote: putin.quote ?? null,
      paraphrase: putin.paraphrase ?? null,
      ceasefireStance: putin.ceasefireStance,
      talksStance: putin.talksStance,
    });
    expect(item.conditions.map((c) => c.slug).sort()).toEqual(putin.conditions.map((c) => c.slug).sort());
    for (const c of item.conditions) expect(Object.keys(c)).toEqual(expect.arrayContaining(["slug", "label", "appliesTo", "position"]));
    expect(item.topics.map((t) => t.slug).sort()).toEqual([...new Set(putin.topics)].sort());
    expect(item.sources[0]).toMatchObject({ outlet: expect.any(String), title: expect.any(String) });
  });

  it("pages with a cursor without repeating or skipping a statement", async () => {
    const all = (await list()).body.items.map((i) => i.id);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const { status, body }: { status: number; body: Page } = await list(`?limit=4${cursor ? `&cursor=${cursor}` : ""}`);
      expect(status).toBe(200);
      expect(body.items.length).toBeLessThanOrEqual(4);
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it("answers 400 with field errors for a malformed limit, date, cursor or search", async () => {
    for (const query of ["?limit=0", "?limit=101", "?limit=ten", "?from=2023-02-30", "?cursor=abc", "?actor=no-such-actor", "?q=a%00b", "?q=the"]) {
      const { status, body } = await list(query);
      expect(status, query).toBe(400);
      expect(Object.keys(body.fieldErrors ?? {}).length, query).toBeGreaterThan(0);
    }
  });
});

describe("GET /api/statements/{id}", () => {
  it("returns one statement with its links, 404 for an unknown id and 400 for a malformed one", async () => {
    const first = (await list()).body.items[0];
    const ok = await getStatementById(new Request("http://localhost"), { params: Promise.resolve({ id: String(first.id) }) });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: first.id, actor: first.actor, saidOn: first.saidOn });
    const missing = await getStatementById(new Request("http://localhost"), { params: Promise.resolve({ id: "999999" }) });
    expect(missing.status).toBe(404);
    const bad = await getStatementById(new Request("http://localhost"), { params: Promise.resolve({ id: "abc" }) });
    expect(bad.status).toBe(400);
  });
});
