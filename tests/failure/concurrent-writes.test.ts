import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { startApp, type AppServer } from "../support/app-server";
import { countRows, createTestEditor, newStatementBody } from "../support/editors";

// Fifty writes at once against `next start` (its pool holds 10 connections,
// so most of them queue): none may be lost, doubled or half-applied.

const CONCURRENT = 50;
let app: AppServer;

beforeAll(async () => {
  app = await startApp({ port: 3321, env: { DATABASE_URL: process.env.DATABASE_URL! } });
});

afterAll(async () => {
  await app?.stop();
});

type Sent = { status: number; json: { id: number; version: number; quote: string | null; error?: string } };

async function send(method: string, path: string, token: string, body: unknown, headers: Record<string, string> = {}): Promise<Sent> {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, json: (await res.json()) as Sent["json"] };
}

const times = <T,>(n: number, make: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => make(i)));

describe(`${CONCURRENT} concurrent writes`, () => {
  test("creates: every one recorded once, with its revision and audit entry", async () => {
    const editor = await createTestEditor("editor");
    const before = await countRows();
    const texts = Array.from({ length: CONCURRENT }, (_, i) => `Concurrent statement ${i} ${randomUUID()}`);

    const results = await times(CONCURRENT, (i) =>
      send("POST", "/api/statements", editor.token, { ...newStatementBody({}, texts[i]), allowDuplicate: true }),
    );

    expect(results.map((r) => r.status)).toEqual(Array(CONCURRENT).fill(201));
    const ids = results.map((r) => r.json.id);
    expect(new Set(ids).size).toBe(CONCURRENT);
    expect(results.map((r) => r.json.quote)).toEqual(texts);

    const after = await countRows();
    expect(after.statements - before.statements).toBe(CONCURRENT);
    expect(after.revisions - before.revisions).toBe(CONCURRENT);
    expect(after.auditEntries - before.auditEntries).toBe(CONCURRENT);
    expect(after.statementSources - before.statementSources).toBe(CONCURRENT);
    const db = await getDb();
    const stored = await db.statement.findMany({ where: { id: { in: ids } }, select: { id: true, quote: true } });
    expect(new Map(stored.map((s) => [s.id, s.quote]))).toEqual(new Map(ids.map((id, i) => [id, texts[i]])));
  });

  // A retry whose first idempotency check ran before the first request
  // committed must still replay it, not be refused as a likely duplicate.
  test("retries of one create with one Idempotency-Key: one statement, every answer names it", async () => {
    const editor = await createTestEditor("editor");
    const before = await countRows();
    const body = newStatementBody();
    const key = randomUUID();

    const results = await times(CONCURRENT, () => send("POST", "/api/statements", editor.token, body, { "idempotency-key": key }));

    const refused = results.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.json.error}`);
    expect(refused, `${refused.length} of ${CONCURRENT} retries refused`).toEqual([]);
    expect(new Set(results.map((r) => r.json.id)).size).toBe(1);
    const after = await countRows();
    expect(after.statements - before.statements).toBe(1);
    expect(after.revisions - before.revisions).toBe(1);
    expect(after.idempotencyKeys - before.idempotencyKeys).toBe(1);
  });

  test("corrections of one statement from one version: exactly one wins, the others are told of the conflict", async () => {
    const editor = await createTestEditor("editor");
    const created = await send("POST", "/api/statements", editor.token, newStatementBody());
    expect(created.status).toBe(201);
    const { id, version } = created.json;
    const before = await countRows();

    const results = await times(CONCURRENT, (i) =>
      send("PATCH", `/api/statements/${id}`, editor.token, {
        version,
        reason: `Concurrent correction ${i}`,
        quote: `Corrected wording ${i}`,
      }),
    );

    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(CONCURRENT - 1).fill(409)]);
    const winner = results.find((r) => r.status === 200)!;
    expect(winner.json.version).toBe(version + 1);

    const after = await countRows();
    expect(after.versionSum - before.versionSum).toBe(1);
    expect(after.revisions - before.revisions).toBe(1);
    const db = await getDb();
    const stored = await db.statement.findUniqueOrThrow({ where: { id }, select: { quote: true, version: true } });
    expect(stored).toEqual({ quote: winner.json.quote, version: version + 1 });
  });
});
