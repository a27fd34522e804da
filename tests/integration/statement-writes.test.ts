import { beforeAll, describe, expect, it } from "vitest";
import { POST as retractRoute } from "@/app/api/statements/[id]/retract/route";
import { GET as getStatementRoute, PATCH as patchRoute } from "@/app/api/statements/[id]/route";
import { POST as createRoute } from "@/app/api/statements/route";
import { revokeEditorAccess } from "@/lib/auth/mutations";
import { closeDb, getDb } from "@/lib/db";
import { getStatementForEditing, listRevisions } from "@/lib/revisions/queries";
import { parseFiltersStrict } from "@/lib/statements/filters";
import { statementInputSchema } from "@/lib/statements/input-schema";
import { updateStatement } from "@/lib/statements/mutations";
import { snapshotToInput } from "@/lib/statements/snapshot";
import { getStatement, listStatements } from "@/lib/statements/queries";
import { apiRequest, countRows, createTestEditor, newStatementBody, ORIGIN, sessionCookie, type TestEditor } from "../support/editors";

type Json = Record<string, unknown> & {
  id: number;
  version: number;
  error: string;
  fieldErrors: Record<string, string[]>;
  pathErrors: Record<string, string[]>;
};

const params = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

async function create(body: unknown, init: { token?: string; headers?: Record<string, string> } = {}) {
  const res = await createRoute(apiRequest("/api/statements", { body, ...init }));
  return { res, json: (await res.json()) as Json };
}

async function patch(id: number, body: unknown, init: { token?: string; headers?: Record<string, string> } = {}) {
  const res = await patchRoute(apiRequest(`/api/statements/${id}`, { method: "PATCH", body, ...init }), params(id));
  return { res, json: (await res.json()) as Json };
}

async function retract(id: number | string, body: unknown, init: { token?: string; headers?: Record<string, string> } = {}) {
  const res = await retractRoute(apiRequest(`/api/statements/${id}/retract`, { body, ...init }), params(id));
  return { res, json: (await res.json()) as Json };
}

/** Runs a request that must be refused, and checks that nothing in the record changed. */
async function refused(status: number, send: () => Promise<{ res: Response; json: Json }>) {
  const before = await countRows();
  const { res, json } = await send();
  expect(res.status, JSON.stringify(json)).toBe(status);
  expect(await countRows()).toEqual(before);
  return json;
}

let editor: TestEditor;
let reader: TestEditor;
let lavrovOnTalksId: number;

beforeAll(async () => {
  editor = await createTestEditor("editor");
  reader = await createTestEditor("reader");
  const created = await create(newStatementBody(), { token: editor.token });
  expect(created.res.status).toBe(201);
  lavrovOnTalksId = created.json.id;
});

describe("POST /api/statements", () => {
  it("records a statement: 201, Location, the statement as GET returns it, a first revision and an audit entry", async () => {
    const before = await countRows();
    const body = newStatementBody({
      actor: "volodymyr-zelensky",
      saidOn: "2024-06-14",
      quote: null,
      paraphrase: "Zelensky said the Russian terms were an ultimatum, not a peace offer.",
      topics: ["negotiations", "territory"],
      conditions: [{ slug: "russian-withdrawal", appliesTo: "talks", position: "demands" }],
      sources: [
        { url: "https://example.org/a", outlet: "Wire A", title: "First report", kind: "wire" },
        { url: null, outlet: "Paper B", title: "Print edition", kind: "newspaper", publishedOn: "2024-06-15" },
      ],
      respondsTo: [lavrovOnTalksId],
    });
    const { res, json } = await create(body, { token: editor.token });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/statements/${json.id}`);

    const viaGet = await (await getStatementRoute(new Request(`${ORIGIN}/api/statements/${json.id}`), params(json.id))).json();
    expect(json).toEqual(viaGet);
    expect(json).toMatchObject({
      actor: { slug: "volodymyr-zelensky" },
      saidOn: "2024-06-14",
      quote: null,
      paraphrase: body.paraphrase,
      version: 1,
      origin: "manual",
      conditions: [{ slug: "russian-withdrawal", appliesTo: "talks", position: "demands" }],
      sources: [
        { outlet: "Wire A", url: "https://example.org/a" },
        { outlet: "Paper B", url: null, publishedOn: "2024-06-15" },
      ],
      linksTo: [{ kind: "responds_to", id: lavrovOnTalksId }],
    });
    expect((json.topics as { slug: string }[]).map((t) => t.slug).sort()).toEqual(["negotiations", "territory"]);

    const after = await countRows();
    expect(after.statements).toBe(before.statements + 1);
    expect(after.revisions).toBe(before.revisions + 1);
    expect(after.auditEntries).toBe(before.auditEntries + 1);
    const [revision] = await listRevisions(json.id);
    expect(revision).toMatchObject({ version: 1, kind: "create", editor: { name: editor.name }, before: null });
    expect(revision.after.paraphrase).toBe(body.paraphrase);

    const db = await getDb();
    const denormalised = await db.statementTopic.findMany({ where: { statementId: json.id }, select: { saidOn: true } });
    expect(denormalised.map((t) => t.saidOn.toISOString().slice(0, 10))).toEqual(["2024-06-14", "2024-06-14"]);
  });

  it("stores a month-precise date as the 1st of the month", async () => {
    const { res, json } = await create(newStatementBody({ saidOn: "2023-10-17", saidOnPrecision: "month" }), { token: editor.token });
    expect(res.status).toBe(201);
    expect(json).toMatchObject({ saidOn: "2023-10-01", saidOnPrecision: "month" });
  });

  it("answers 400 with field errors, and changes nothing, for an invalid statement", async () => {
    const json = await refused(400, () =>
      create(
        newStatementBody({
          quote: "   ",
          paraphrase: null,
          saidOn: "2023-02-30",
          sources: [{ url: "javascript:alert(1)", outlet: "", title: "x" }],
          conditions: [
            { slug: "no-nato-membership", appliesTo: "settlement", position: "demands" },
            { slug: "no-nato-membership", appliesTo: "settlement", position: "rejects" },
          ],
          surprise: true,
        }),
        { token: editor.token },
      ),
    );
    expect(json.error).toBeTruthy();
    expect(Object.keys(json.fieldErrors)).toEqual(expect.arrayContaining(["saidOn", "sources"]));
    expect(json.pathErrors["sources.0.url"]).toEqual(["Use a full http:// or https:// address"]);
    expect(json.pathErrors["sources.0.outlet"]).toBeDefined();
    // Unknown fields are refused, not silently dropped.
    expect(json.pathErrors.form).toEqual([expect.stringContaining("surprise")]);
  });

  it("answers 400 when the statement has neither quote nor paraphrase, or no source", async () => {
    const noWords = await refused(400, () => create(newStatementBody({ quote: null, paraphrase: "" }), { token: editor.token }));
    expect(noWords.fieldErrors.quote).toEqual(["Give the verbatim quote, a paraphrase, or both"]);
    const noSource = await refused(400, () => create(newStatementBody({ sources: [] }), { token: editor.token }));
    expect(noSource.fieldErrors.sources).toEqual(["Add at least one source"]);
  });

  it("answers 400 for names that are not recorded (actor, topic, condition, linked statement)", async () => {
    const json = await refused(400, () =>
      create(
        newStatementBody({
          actor: "nobody-at-all",
          topics: ["no-such-topic"],
          conditions: [{ slug: "no-such-condition", appliesTo: "talks", position: "demands" }],
          respondsTo: [999_999],
        }),
        { token: editor.token },
      ),
    );
    expect(Object.keys(json.fieldErrors).sort()).toEqual(["actor", "conditions", "respondsTo", "topics"]);
    expect(json.pathErrors["conditions.0.slug"]).toEqual(['Unknown condition "no-such-condition"']);
  });

  it("answers 400 for a body that is not JSON, an array, or an empty body", async () => {
    await refused(400, () => create("{not json", { token: editor.token }));
    await refused(400, () => create([1, 2], { token: editor.token }));
    await refused(400, () => create("", { token: editor.token }));
  });

  it("answers 401 without credentials, with an unknown token, and with a revoked one", async () => {
    await refused(401, () => create(newStatementBody()));
    await refused(401, () => create(newStatementBody(), { token: "pos_not-a-real-token" }));
    await refused(401, () => create(newStatementBody(), { headers: { authorization: "Basic dXNlcjpwYXNz" } }));
    const leaving = await createTestEditor("editor");
    await revokeEditorAccess(leaving.email);
    const res = (await refused(401, () => create(newStatementBody(), { token: leaving.token }))) as Json;
    expect(res.error).toMatch(/revoked/);
  });

  it("answers 403 for an account that may not write", async () => {
    await refused(403, () => create(newStatementBody(), { token: reader.token }));
    await refused(403, () => patch(lavrovOnTalksId, { version: 1, reason: "Try", venue: "x" }, { token: reader.token }));
    await refused(403, () => retract(lavrovOnTalksId, { reason: "Try it" }, { token: reader.token }));
  });

  it("answers 413 for a body over 64 KB, by its Content-Length and by the bytes actually sent", async () => {
    const big = newStatementBody({ paraphrase: "x".repeat(70 * 1024) });
    await refused(413, () => create(big, { token: editor.token }));
    // A declared length that lies: the bytes read still count.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 80; i++) controller.enqueue(new TextEncoder().encode("x".repeat(1024)));
        controller.close();
      },
    });
    await refused(413, async () => {
      const res = await createRoute(
        new Request(`${ORIGIN}/api/statements`, {
          method: "POST",
          headers: { authorization: `Bearer ${editor.token}`, "content-type": "application/json", "content-length": "10" },
          body: stream,
          duplex: "half",
        } as RequestInit),
      );
      return { res, json: (await res.json()) as Json };
    });
  });

  it("answers 415 for a body that is not declared as JSON", async () => {
    await refused(415, () =>
      create(JSON.stringify(newStatementBody()), { token: editor.token, headers: { "content-type": "text/plain" } }),
    );
    await refused(415, () =>
      create("actor=sergey-lavrov", { token: editor.token, headers: { "content-type": "application/x-www-form-urlencoded" } }),
    );
  });

  it("refuses a likely duplicate (same actor, same date, overlapping words) until it is confirmed", async () => {
    const original = await create(newStatementBody({ saidOn: "2024-02-01", quote: "We are ready for talks, but not on the basis of wishful thinking." }), {
      token: editor.token,
    });
    expect(original.res.status).toBe(201);
    const again = newStatementBody({
      saidOn: "2024-02-01",
      quote: "“We are ready for talks, but not on the basis of wishful thinking,” he said.",
      sources: [{ url: "https://example.org/other", outlet: "Other outlet", title: "Same words", kind: "newspaper" }],
    });
    const json = await refused(409, () => create(again, { token: editor.token }));
    expect(json.duplicates).toEqual([expect.objectContaining({ id: original.json.id, url: `/statements/${original.json.id}` })]);

    const confirmed = await create({ ...again, allowDuplicate: true }, { token: editor.token });
    expect(confirmed.res.status).toBe(201);
  });

  it("with an Idempotency-Key, returns the first result to a retry and creates nothing new", async () => {
    const body = newStatementBody();
    const headers = { "idempotency-key": "retry-test-1" };
    const first = await create(body, { token: editor.token, headers });
    expect(first.res.status).toBe(201);
    const before = await countRows();
    const second = await create(body, { token: editor.token, headers });
    expect(second.res.status).toBe(201);
    expect(second.res.headers.get("idempotent-replayed")).toBe("true");
    expect(second.res.headers.get("location")).toBe(`/api/statements/${first.json.id}`);
    expect(second.json.id).toBe(first.json.id);
    expect(await countRows()).toEqual(before);

    // Another editor's identical key is their own.
    const other = await createTestEditor("editor");
    const theirs = await create(newStatementBody(), { token: other.token, headers });
    expect(theirs.res.status).toBe(201);
    expect(theirs.json.id).not.toBe(first.json.id);
  });

  it("refuses the same Idempotency-Key with a different body (422), changing nothing", async () => {
    const headers = { "idempotency-key": "retry-test-2" };
    expect((await create(newStatementBody(), { token: editor.token, headers })).res.status).toBe(201);
    const json = await refused(422, () => create(newStatementBody(), { token: editor.token, headers }));
    expect(json.error).toMatch(/Idempotency-Key/);
    await refused(400, () => create(newStatementBody(), { token: editor.token, headers: { "idempotency-key": "has space" } }));
  });

  it("frees an Idempotency-Key after a day: the same key then records a new statement", async () => {
    const headers = { "idempotency-key": "retry-test-3" };
    const first = await create(newStatementBody(), { token: editor.token, headers });
    expect(first.res.status).toBe(201);
    const db = await getDb();
    const dayAndAMinuteAgo = new Date(Date.now() - 24 * 3600 * 1000 - 60_000);
    await db.idempotencyKey.updateMany({ where: { key: "retry-test-3" }, data: { createdAt: dayAndAMinuteAgo } });

    const later = await create(newStatementBody(), { token: editor.token, headers });
    expect(later.res.status).toBe(201);
    expect(later.res.headers.get("idempotent-replayed")).toBeNull();
    expect(later.json.id).not.toBe(first.json.id);
    // The key now stands for the new request: another body under it is refused again.
    const retry = await create(newStatementBody(), { token: editor.token, headers });
    expect(retry.res.status).toBe(422);
    expect(await db.idempotencyKey.count({ where: { key: "retry-test-3" } })).toBe(1);
  });

  it("accepts the session cookie from this site's pages only (CSRF)", async () => {
    const cookie = await sessionCookie(editor);
    await refused(403, () => create(newStatementBody(), { headers: { cookie, origin: "https://evil.example" } }));
    await refused(403, () => create(newStatementBody(), { headers: { cookie, "sec-fetch-site": "cross-site" } }));
    await refused(403, () => create(newStatementBody(), { headers: { cookie } }));
    const ok = await create(newStatementBody(), { headers: { cookie, origin: ORIGIN } });
    expect(ok.res.status).toBe(201);
    const ok2 = await create(newStatementBody(), { headers: { cookie, "sec-fetch-site": "same-origin" } });
    expect(ok2.res.status).toBe(201);
  });
});

describe("PATCH /api/statements/{id}", () => {
  it("corrects the fields sent, keeps the others, and records who, when, why and what changed", async () => {
    const { json: created } = await create(
      newStatementBody({ topics: ["negotiations"], conditions: [{ slug: "neutrality", appliesTo: "settlement", position: "demands" }] }),
      { token: editor.token },
    );
    const { res, json } = await patch(
      created.id,
      { version: 1, reason: "The interview was a day later", saidOn: "2024-03-06", venue: "Interview with RIA Novosti" },
      { token: editor.token },
    );
    expect(res.status).toBe(200);
    expect(json).toMatchObject({ id: created.id, version: 2, saidOn: "2024-03-06", venue: "Interview with RIA Novosti", quote: created.quote });

    const revisions = await listRevisions(created.id);
    expect(revisions.map((r) => r.version)).toEqual([2, 1]);
    expect(revisions[0]).toMatchObject({
      kind: "update",
      reason: "The interview was a day later",
      editor: { name: editor.name },
      changedFields: ["saidOn", "venue"],
    });
    expect(revisions[0].before?.saidOn).toBe("2024-03-05");
    expect(revisions[0].after.saidOn).toBe("2024-03-06");

    // The copies of saidOn kept for the topic and condition indexes follow the statement.
    const db = await getDb();
    const copies = [
      ...(await db.statementTopic.findMany({ where: { statementId: created.id }, select: { saidOn: true } })),
      ...(await db.statementCondition.findMany({ where: { statementId: created.id }, select: { saidOn: true } })),
    ];
    expect(copies).toHaveLength(2);
    for (const c of copies) expect(c.saidOn.toISOString().slice(0, 10)).toBe("2024-03-06");
  });

  it("requires a reason and the version edited (400), and changes nothing without them", async () => {
    const json = await refused(400, () => patch(lavrovOnTalksId, { venue: "Somewhere" }, { token: editor.token }));
    expect(Object.keys(json.fieldErrors).sort()).toEqual(["reason", "version"]);
    await refused(400, () => patch(lavrovOnTalksId, { version: 1, reason: "Fix", quote: null, paraphrase: null }, { token: editor.token }));
    await refused(400, () => patch(lavrovOnTalksId, { version: 1, reason: "Fix", nonsense: 1 }, { token: editor.token }));
  });

  it("answers 404 for a statement that does not exist", async () => {
    await refused(404, () => patch(987_654, { version: 1, reason: "Fix the venue", venue: "x" }, { token: editor.token }));
  });

  it("refuses the second of two edits made from the same version (409), with the current version and the other change", async () => {
    const { json: created } = await create(newStatementBody(), { token: editor.token });
    const other = await createTestEditor("editor");
    const first = await patch(created.id, { version: 1, reason: "Venue from the transcript", venue: "Press conference" }, { token: other.token });
    expect(first.res.status).toBe(200);
    const json = await refused(409, () =>
      patch(created.id, { version: 1, reason: "Language was English", language: "en" }, { token: editor.token }),
    );
    expect(json.currentVersion).toBe(2);
    expect(json.current).toMatchObject({ id: created.id, version: 2, venue: "Press conference", language: "ru" });
    expect(json.changes).toEqual([
      expect.objectContaining({ version: 2, editor: other.name, reason: "Venue from the transcript", changedFields: ["venue"] }),
    ]);
  });

  it("lets exactly one of two simultaneous saves from the same version win", async () => {
    const { json: created } = await create(newStatementBody(), { token: editor.token });
    const base = statementInputSchema.parse({ ...newStatementBody(), quote: created.quote });
    const results = await Promise.all([
      updateStatement(created.id, { version: 1, reason: "First editor", input: { ...base, venue: "A" } }, { id: editor.id, via: "api" }),
      updateStatement(created.id, { version: 1, reason: "Second editor", input: { ...base, venue: "B" } }, { id: editor.id, via: "api" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "conflict")).toHaveLength(1);
    const revisions = await listRevisions(created.id);
    expect(revisions.map((r) => r.version)).toEqual([2, 1]);
    const stored = await getStatement(created.id);
    expect(stored?.version).toBe(2);
    expect(stored?.venue).toBe(revisions[0].after.venue);
  });
});

describe("every recorded statement can be corrected", () => {
  it("passes the input schema as stored, so an edit never trips on a field the editor did not touch", async () => {
    const db = await getDb();
    const ids = (await db.statement.findMany({ where: { seedKey: { not: null } }, select: { id: true } })).map((s) => s.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const current = await getStatementForEditing(id);
      const parsed = statementInputSchema.safeParse(snapshotToInput(current!.snapshot));
      expect(parsed.success ? [] : parsed.error.issues, `statement ${id}`).toEqual([]);
      if (parsed.success) expect(parsed.data.saidOn).toBe(current!.snapshot.saidOn);
    }
  });
});

describe("POST /api/statements/{id}/retract", () => {
  it("takes a statement off the timeline but keeps its permalink, with the reason", async () => {
    const { json: created } = await create(newStatementBody({ saidOn: "2024-04-04" }), { token: editor.token });
    const filters = parseFiltersStrict({ actor: "sergey-lavrov", limit: "100" });
    if (!filters.success) throw filters.error;
    const timeline = async () => (await listStatements(filters.data)).items.map((s) => s.id);
    expect(await timeline()).toContain(created.id);

    const { res, json } = await retract(created.id, { reason: "The source withdrew the interview", version: 1 }, { token: editor.token });
    expect(res.status).toBe(200);
    expect(json).toMatchObject({ id: created.id, version: 2, retracted: { reason: "The source withdrew the interview" } });

    expect(await timeline()).not.toContain(created.id);
    const kept = await getStatement(created.id);
    expect(kept?.retracted?.reason).toBe("The source withdrew the interview");
    expect((await listRevisions(created.id))[0]).toMatchObject({ kind: "retract", changedFields: ["retracted"] });

    await refused(409, () => retract(created.id, { reason: "Again" }, { token: editor.token }));
    await refused(409, () => patch(created.id, { version: 2, reason: "Edit after", venue: "x" }, { token: editor.token }));
  });

  it("requires a reason (400), refuses an old version (409) and an unknown statement (404)", async () => {
    const { json: created } = await create(newStatementBody(), { token: editor.token });
    await refused(400, () => retract(created.id, {}, { token: editor.token }));
    await refused(400, () => retract("abc", { reason: "Because" }, { token: editor.token }));
    await patch(created.id, { version: 1, reason: "Venue", venue: "Moscow" }, { token: editor.token });
    await refused(409, () => retract(created.id, { reason: "Stale", version: 1 }, { token: editor.token }));
    await refused(404, () => retract(876_543, { reason: "Because" }, { token: editor.token }));
    await refused(401, () => retract(created.id, { reason: "Because" }));
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After once an editor's writes per minute are spent, changing nothing", async () => {
    const busy = await createTestEditor("editor");
    for (let i = 0; i < 60; i++) {
      const { res } = await create("{}", { token: busy.token });
      expect(res.status).toBe(400);
    }
    const before = await countRows();
    const res = await createRoute(apiRequest("/api/statements", { body: newStatementBody(), token: busy.token }));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await countRows()).toEqual(before);
    // Other editors are not held up.
    expect((await create(newStatementBody(), { token: editor.token })).res.status).toBe(201);
  });

  // On a PostgreSQL server the counts are in the database, so another app
  // server (here: this process with a new database client and new limiters)
  // does not grant the editor a fresh allowance.
  it.runIf(process.env.DATABASE_URL)("shares an editor's spent write limit between app servers on one PostgreSQL", async () => {
    const busy = await createTestEditor("editor");
    for (let i = 0; i < 60; i++) expect((await create("{}", { token: busy.token })).res.status).toBe(400);
    await closeDb();
    const res = await createRoute(apiRequest("/api/statements", { body: newStatementBody(), token: busy.token }));
    expect(res.status).toBe(429);
  });
});

describe("what editors typed is data, never markup", () => {
  it("stores a quote containing <script> exactly as given and renders it as text", async () => {
    const quote = `<script>alert("x")</script> & <b>bold</b> words`;
    const { res, json } = await create(newStatementBody({ quote }), { token: editor.token });
    expect(res.status).toBe(201);
    expect(json.quote).toBe(quote);
    expect((await getStatement(json.id))?.quote).toBe(quote);

    const { renderToString } = await import("react-dom/server");
    const { createElement } = await import("react");
    const { StatementWords } = await import("@/components/statements/statement-words");
    const html = renderToString(createElement(StatementWords, { quote, paraphrase: null }));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; words");
  });
});
