import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { POST as retractRoute } from "@/app/api/statements/[id]/retract/route";
import { PATCH as patchRoute } from "@/app/api/statements/[id]/route";
import { POST as createRoute } from "@/app/api/statements/route";
import { getDb } from "@/lib/db";
import { getStatementForEditing } from "@/lib/revisions/queries";
import { reset } from "@/lib/security/rate-limit";
import { databaseRelay } from "../support/database-relay";
import { apiRequest, countRows, createTestEditor, newStatementBody, type TestEditor } from "../support/editors";
import { sqlInChunk, type TcpProxy } from "../support/tcp-proxy";

// Each write runs in one transaction with its revision and audit entry. Here
// the link to the database breaks before each statement of that transaction
// in turn, COMMIT included: every time, the write must answer 503 and leave
// the database exactly as it was, then succeed once the database is back.

let relay: TcpProxy;
let editor: TestEditor;

beforeAll(async () => {
  relay = databaseRelay();
  editor = await createTestEditor("editor");
});

const params = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });

type Write = {
  name: string;
  /** A statement for the write to change, made fresh for each attempt (none for a create). */
  prepare: () => Promise<number | null>;
  send: (id: number | null, text: string) => Promise<Response>;
};

async function createOne(): Promise<number> {
  const res = await createRoute(apiRequest("/api/statements", { token: editor.token, body: newStatementBody() }));
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

async function currentVersion(id: number): Promise<number> {
  return (await getStatementForEditing(id))!.version;
}

const writes: Write[] = [
  {
    name: "create",
    prepare: async () => null,
    send: (_id, text) =>
      createRoute(
        apiRequest("/api/statements", {
          token: editor.token,
          body: newStatementBody({ topics: ["ceasefire"], respondsTo: [] }, text),
          headers: { "idempotency-key": randomUUID() },
        }),
      ),
  },
  {
    name: "correct",
    prepare: createOne,
    send: async (id, text) =>
      patchRoute(
        apiRequest(`/api/statements/${id}`, {
          method: "PATCH",
          token: editor.token,
          body: { version: await currentVersion(id!), reason: "Corrected against the transcript", quote: text },
        }),
        params(id!),
      ),
  },
  {
    name: "retract",
    prepare: createOne,
    send: async (id) =>
      retractRoute(
        apiRequest(`/api/statements/${id}/retract`, {
          token: editor.token,
          body: { reason: "Misattributed in the first report" },
        }),
        params(id!),
      ),
  },
];

/**
 * The statements the app sends inside its write transaction, from BEGIN to
 * COMMIT. Observed on a second run: the first may also create what later ones
 * find (the source's outlet, say), and so be longer.
 */
async function transactionStatements(write: Write): Promise<string[]> {
  let seen: string[] = [];
  for (let run = 0; run < 2; run++) {
    const id = await write.prepare();
    seen = [];
    const stop = relay.observe((chunk) => seen.push(...sqlInChunk(chunk)));
    const res = await write.send(id, `Observed ${randomUUID()}`);
    stop();
    expect(res.status, await res.clone().text()).toBeLessThan(300);
  }
  const begin = seen.findIndex((sql) => /^\s*BEGIN/i.test(sql));
  const commit = seen.findIndex((sql) => /^\s*COMMIT/i.test(sql));
  expect(begin, seen.join("\n")).toBeGreaterThanOrEqual(0);
  expect(commit).toBeGreaterThan(begin);
  return seen.slice(begin + 1, commit + 1);
}

/**
 * Cuts the link just before the app sends the `n`th statement after BEGIN;
 * never after COMMIT. `fired()` tells whether it did.
 */
function cutBeforeStatement(n: number): { fired: () => boolean } {
  let phase: "before" | "inside" | "after" = "before";
  let count = 0;
  let fired = false;
  void relay.cutBefore((chunk) => {
    for (const sql of sqlInChunk(chunk)) {
      if (phase === "before" && /^\s*BEGIN/i.test(sql)) phase = "inside";
      else if (phase === "inside") {
        count += 1;
        if (count === n) return (fired = true);
        if (/^\s*COMMIT/i.test(sql)) phase = "after";
      }
    }
    return false;
  });
  return { fired: () => fired };
}

async function waitForDatabase(): Promise<void> {
  const db = await getDb();
  for (let attempt = 0; ; attempt++) {
    try {
      await db.$queryRaw`SELECT 1`;
      return;
    } catch (error) {
      if (attempt > 40) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

describe.each(writes)("a $name interrupted mid-transaction", (write) => {
  test("answers 503 and leaves nothing half-written, at every point up to COMMIT", async () => {
    const statements = await transactionStatements(write);
    expect(statements.length).toBeGreaterThan(2);

    for (let n = 1; n <= statements.length; n++) {
      await reset("write", editor.id);
      const id = await write.prepare();
      const before = await countRows();
      const snapshotBefore = id ? await getStatementForEditing(id) : null;
      const text = `Interrupted ${write.name} ${n} ${randomUUID()}`;

      const cut = cutBeforeStatement(n);
      const res = await write.send(id, text);
      const where = `cut before statement ${n} of ${statements.length}: ${statements[n - 1].slice(0, 80)}`;
      expect(cut.fired(), `${where}: this run's transaction was shorter`).toBe(true);
      expect(res.status, where).toBe(503);
      expect(res.headers.get("retry-after"), where).toBeTruthy();

      await relay.restore();
      await waitForDatabase();
      expect(await countRows(), where).toEqual(before);
      if (id) expect(await getStatementForEditing(id), where).toEqual(snapshotBefore);
      const db = await getDb();
      expect(await db.statement.count({ where: { quote: text } }), where).toBe(0);
    }

    await reset("write", editor.id);
    const id = await write.prepare();
    const res = await write.send(id, `After the outage ${randomUUID()}`);
    expect(res.status, "the same write once the database is back").toBeLessThan(300);
  });
});
