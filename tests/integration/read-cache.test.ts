import { beforeAll, describe, expect, it } from "vitest";
import { POST as retractRoute } from "@/app/api/statements/[id]/retract/route";
import { GET as getStatementRoute, PATCH as patchRoute } from "@/app/api/statements/[id]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/statements/route";
import { getDb } from "@/lib/db";
import { LedgerCache, readThrough } from "@/lib/db/ledger";
import { apiRequest, createTestEditor, newStatementBody, ORIGIN, type TestEditor } from "../support/editors";

// The public reads answer from a cache; these are the promises it must keep:
// whatever an editor saves is in the very next answer, whichever way it was saved.

type Item = { id: number; quote: string | null; version: number };

const params = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });

async function list(query = ""): Promise<Item[]> {
  const res = await listRoute(new Request(`${ORIGIN}/api/statements${query}`));
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Item[] }).items;
}

async function one(id: number): Promise<Item & { retracted: unknown }> {
  const res = await getStatementRoute(new Request(`${ORIGIN}/api/statements/${id}`), params(id));
  expect(res.status).toBe(200);
  return (await res.json()) as Item & { retracted: unknown };
}

let editor: TestEditor;

beforeAll(async () => {
  editor = await createTestEditor("editor");
});

/** Records a statement said today, so it heads the unfiltered list. */
async function record(quote: string): Promise<number> {
  const body = newStatementBody({ saidOn: new Date().toISOString().slice(0, 10) }, quote);
  const res = await createRoute(apiRequest("/api/statements", { body, token: editor.token }));
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

describe("the cached statement list", () => {
  it("has a statement recorded through the API in the very next GET, though that list was just served from the cache", async () => {
    const before = await list();
    expect(await list()).toEqual(before);
    const id = await record(`Recorded while the list was cached ${Date.now()}`);
    const after = await list();
    expect(after[0].id).toBe(id);
    expect(after.slice(1)).toEqual(before.slice(0, after.length - 1));
  });

  it("shows a correction, then drops a retracted statement, on the next request each time", async () => {
    const id = await record(`To be corrected ${Date.now()}`);
    const cached = await list();
    expect(cached[0]).toMatchObject({ id, version: 1 });
    expect(await list("?actor=sergey-lavrov")).toContainEqual(expect.objectContaining({ id, version: 1 }));
    expect(await one(id)).toMatchObject({ version: 1, retracted: null });

    const corrected = `Corrected wording ${Date.now()}`;
    const patched = await patchRoute(
      apiRequest(`/api/statements/${id}`, { method: "PATCH", token: editor.token, body: { version: 1, reason: "Wrong words", quote: corrected } }),
      params(id),
    );
    expect(patched.status).toBe(200);
    expect((await list())[0]).toMatchObject({ id, version: 2, quote: corrected });
    expect(await list("?actor=sergey-lavrov")).toContainEqual(expect.objectContaining({ id, version: 2, quote: corrected }));
    expect(await one(id)).toMatchObject({ version: 2, quote: corrected });

    const retracted = await retractRoute(
      apiRequest(`/api/statements/${id}/retract`, { token: editor.token, body: { reason: "Never said", version: 2 } }),
      params(id),
    );
    expect(retracted.status).toBe(200);
    expect((await list()).map((s) => s.id)).not.toContain(id);
    expect((await list("?actor=sergey-lavrov")).map((s) => s.id)).not.toContain(id);
    expect((await one(id)).retracted).toMatchObject({ reason: "Never said" });
  });

  it("has a change written to the database by anything else (another server, a script) in the next answer", async () => {
    const [first] = await list();
    const changed = `Changed by another writer ${Date.now()}`;
    const db = await getDb();
    await db.statement.update({ where: { id: first.id }, data: { quote: changed } });
    expect((await list())[0]).toMatchObject({ id: first.id, quote: changed });
  });

  it("answers one query asked two ways from one entry, and an unknown actor until one is recorded with that name", async () => {
    expect(await list("?actor=sergey-lavrov,volodymyr-zelensky")).toEqual(
      await list("?actor=sergey-lavrov&actor=volodymyr-zelensky"),
    );
    const unknown = await listRoute(new Request(`${ORIGIN}/api/statements?actor=someone-new`));
    expect(unknown.status).toBe(400);
    const body = newStatementBody({ actor: undefined, newActor: { name: "Someone New", kind: "person", aliases: [] } });
    const created = await createRoute(apiRequest("/api/statements", { body, token: editor.token }));
    expect(created.status, await created.clone().text()).toBe(201);
    expect((await list("?actor=someone-new")).length).toBe(1);
  });
});

describe("reads that miss together", () => {
  it("share one database read per question and version, and read again after a write", async () => {
    const cache = new LedgerCache<number>({ maxEntries: 10, maxBytes: 1_000_000 });
    let reads = 0;
    const read = () =>
      readThrough(cache, "count", async () => {
        reads++;
        const db = await getDb();
        return { value: await db.statement.count(), bytes: 8, keep: true };
      });
    const answers = await Promise.all(Array.from({ length: 8 }, read));
    expect(reads).toBe(1);
    expect(new Set(answers).size).toBe(1);

    const db = await getDb();
    await db.topic.update({ where: { slug: (await db.topic.findFirstOrThrow()).slug }, data: { label: "Renamed for the test" } });
    await read();
    expect(reads).toBe(2);
  });
});
