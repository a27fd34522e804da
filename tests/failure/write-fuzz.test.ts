import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { POST as retractRoute } from "@/app/api/statements/[id]/retract/route";
import { PATCH as patchRoute } from "@/app/api/statements/[id]/route";
import { POST as createRoute } from "@/app/api/statements/route";
import { getStatementForEditing } from "@/lib/revisions/queries";
import { reset } from "@/lib/security/rate-limit";
import { statementInputSchema } from "@/lib/statements/input-schema";
import { snapshotToInput } from "@/lib/statements/snapshot";
import { countRows, createTestEditor, newStatementBody, ORIGIN, type TestEditor } from "../support/editors";

// Every write endpoint, fed random and hostile requests: wrong types, huge and
// odd Unicode strings, SQL and HTML fragments, prototype keys, broken JSON,
// wrong headers. Whatever arrives, the answer is never a 5xx; a refused write
// changes nothing; an accepted one stores a statement that passes the schema.

const RUNS = Number(process.env.FUZZ_RUNS || 120);

let editor: TestEditor;

beforeAll(async () => {
  editor = await createTestEditor("editor");
});

const hostileText = fc.constantFrom(
  "",
  "   ",
  "\u0000",
  "quote with a \u0000 null byte",
  "\uD800",
  "lone \uDFFF surrogate",
  "\u202Eright-to-left override",
  "\uFEFFbyte order mark",
  "zero\u200Bwidth\u200Djoiners",
  "e\u0301\u0301\u0301 combining",
  "👩‍👩‍👧‍👦 🇺🇦 🏳️‍🌈",
  "Ǆ İ ß ﬁ",
  "'; DROP TABLE \"Statement\"; --",
  "\" OR 1=1 --",
  "$1 $2 %s %n ${7*7} {{7*7}}",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "https://example.org/\u0000",
  "http://[::1",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "NaN",
  "1e309",
  "9007199254740993",
  "2024-02-30",
  "0000-01-01",
  "9999-12-31",
  "x".repeat(5_001),
  "y".repeat(70_000),
);

/** Characters that have broken text handling somewhere: control and null, lone surrogates, direction marks, quoting. */
const hostileChar = fc.constantFrom(
  ..."\u0000\u0007\u001b\u200B\u200D\u202E\uFEFF'\"<>&\\%${}aéж".split(""),
  "\uD800",
  "\uDFFF",
  "😀",
);

const anyText = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.string({ unit: hostileChar, minLength: 1, maxLength: 20 }) },
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** Text a URL path can carry (lone surrogates cannot be percent-encoded). */
const urlSafeText = anyText.filter((t) => t.isWellFormed());

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: anyText },
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(anyText, { maxLength: 3 }),
  fc.dictionary(anyText, anyText, { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Where in a statement to put a hostile value: every field, nested ones, and keys that are not fields. */
const statementPaths = [
  "actor",
  "newActor",
  "newActor.name",
  "newActor.aliases",
  "speakerAsWritten",
  "saidOn",
  "saidOnPrecision",
  "publishedOn",
  "quote",
  "paraphrase",
  "language",
  "translationPath",
  "venue",
  "ceasefireStance",
  "talksStance",
  "background",
  "topics",
  "topics.0",
  "conditions",
  "conditions.0",
  "conditions.0.slug",
  "conditions.0.appliesTo",
  "sources",
  "sources.0",
  "sources.0.url",
  "sources.0.outlet",
  "sources.0.title",
  "sources.0.publishedOn",
  "sources.0.kind",
  "sources.1",
  "respondsTo",
  "respondsTo.0",
  "restates",
  "origin",
  "allowDuplicate",
  "version",
  "reason",
  "unknownField",
];

/** The free-text fields, where any text within the length limits is valid. */
const textPaths = ["quote", "paraphrase", "speakerAsWritten", "venue", "translationPath", "sources.0.outlet", "sources.0.title", "reason"];

/** A copy of `base` with `value` at a dotted path, creating objects and arrays on the way. */
function withValueAt(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  const keys = path.split(".");
  let node: Record<string, unknown> = copy;
  for (const [i, key] of keys.slice(0, -1).entries()) {
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
  return copy;
}

/** A request body: valid-looking statements with hostile parts, random JSON, or text that is not JSON. */
function bodies(base: () => Record<string, unknown>): fc.Arbitrary<string> {
  const mutated = fc
    .array(fc.tuple(fc.constantFrom(...statementPaths), hostileValue), { minLength: 1, maxLength: 4 })
    .map((changes) => JSON.stringify(changes.reduce((body, [path, value]) => withValueAt(body, path, value), base())));
  const prototypeKeys = fc
    .constantFrom('"__proto__": {"role": "admin", "allowDuplicate": true}', '"constructor": {"prototype": {"x": 1}}', '"__proto__": null')
    .map((extra) => JSON.stringify(base()).replace(/^\{/, `{${extra},`));
  // Well-formed statements whose free text is hostile: these get past validation to the database.
  const hostileWords = fc
    .array(fc.tuple(fc.constantFrom(...textPaths), anyText), { minLength: 1, maxLength: 3 })
    .map((changes) => JSON.stringify(changes.reduce((body, [path, value]) => withValueAt(body, path, value), base())));
  const randomJson = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v));
  const notJson = fc.oneof(anyText, fc.constantFrom("{", '{"quote": "unterminated', "[1,2,", "\u0000", "{}{}", "null", "true"));
  return fc
    .oneof({ weight: 4, arbitrary: mutated }, { weight: 3, arbitrary: hostileWords }, prototypeKeys, randomJson, notJson);
}

/** Mostly a well-formed request, so that the body is what gets tested; sometimes not. */
const headerVariants = fc.record({
  contentType: fc.oneof(
    { weight: 8, arbitrary: fc.constant("application/json") },
    fc.constantFrom("application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", ""),
  ),
  auth: fc.oneof(
    { weight: 8, arbitrary: fc.constant("token") },
    fc.constantFrom("none", "garbage", "Bearer ", "Basic dXNlcjpwYXNz"),
  ),
  idempotencyKey: fc.option(fc.oneof(fc.uuid(), hostileText), { nil: undefined, freq: 3 }),
});

type HeaderChoice = { contentType: string; auth: string; idempotencyKey?: string };

function request(path: string, method: string, body: string, h: HeaderChoice): Request {
  const headers = new Headers();
  if (h.contentType) headers.set("content-type", h.contentType);
  if (h.auth === "token") headers.set("authorization", `Bearer ${editor.token}`);
  else if (h.auth !== "none") headers.set("authorization", h.auth === "garbage" ? "Bearer not-a-token" : h.auth);
  // Header values cannot hold every character; a client could not send those either.
  if (h.idempotencyKey !== undefined && /^[\t\x20-\x7e\x80-\xff]*$/.test(h.idempotencyKey)) {
    headers.set("idempotency-key", h.idempotencyKey);
  }
  return new Request(`${ORIGIN}${path}`, { method, headers, body });
}

const json: HeaderChoice = { contentType: "application/json", auth: "token" };

async function freshStatement(): Promise<number> {
  await reset("write", editor.id);
  const res = await createRoute(
    request("/api/statements", "POST", JSON.stringify({ ...newStatementBody(), allowDuplicate: true }), json),
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

/** Sends one request and checks the three promises; returns the statement an accepted write touched. */
async function checkWrite(send: () => Promise<Response>, what: string): Promise<number | null> {
  await reset("write", editor.id);
  await reset("badToken", "unknown");
  const before = await countRows();
  let res: Response;
  try {
    res = await send();
  } catch (error) {
    throw new Error(`${what}: the handler threw (a 500 in production): ${String(error)}`, { cause: error });
  }
  const text = await res.text();
  expect(res.status, `${what}: ${text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 300) {
    expect(await countRows(), `${what}: refused with ${res.status} but the database changed`).toEqual(before);
    return null;
  }
  const { id } = JSON.parse(text) as { id: number };
  const stored = await getStatementForEditing(id);
  expect(stored, what).not.toBeNull();
  const reparsed = statementInputSchema.safeParse(snapshotToInput(stored!.snapshot));
  expect(reparsed.success, `${what}: stored statement ${id} fails the schema: ${JSON.stringify(reparsed.error?.issues)}`).toBe(true);
  return id;
}

describe("hostile requests to the write API", () => {
  // PostgreSQL cannot store NUL in text: the schema must refuse it before the database does.
  test("a NUL character in a text field is refused with a 400, not a 500", async () => {
    const target = await freshStatement();
    const version = (await getStatementForEditing(target))!.version;
    const sends: [string, () => Promise<Response>][] = [
      ["create", () => createRoute(request("/api/statements", "POST", JSON.stringify(newStatementBody({}, "a\u0000b")), json))],
      [
        "correct",
        () =>
          patchRoute(request(`/api/statements/${target}`, "PATCH", JSON.stringify({ version, reason: "Fix", quote: "a\u0000b" }), json), {
            params: Promise.resolve({ id: String(target) }),
          }),
      ],
      [
        "retract",
        () =>
          retractRoute(request(`/api/statements/${target}/retract`, "POST", JSON.stringify({ reason: "Wrong\u0000" }), json), {
            params: Promise.resolve({ id: String(target) }),
          }),
      ],
    ];
    for (const [what, send] of sends) {
      await reset("write", editor.id);
      const res = await send().catch(() => new Response(null, { status: 500 }));
      expect(res.status, what).toBe(400);
    }
  });

  test("POST /api/statements", async () => {
    await fc.assert(
      fc.asyncProperty(bodies(() => newStatementBody()), headerVariants, async (body, headers) => {
        await checkWrite(
          () => createRoute(request("/api/statements", "POST", body, headers)),
          `POST ${body.slice(0, 200)} ${JSON.stringify(headers)}`,
        );
      }),
      { numRuns: RUNS },
    );
  });

  test("PATCH /api/statements/{id}", async () => {
    let target = await freshStatement();
    const ids = fc.oneof({ weight: 8, arbitrary: fc.constant("target") }, urlSafeText, fc.integer().map(String));
    await fc.assert(
      fc.asyncProperty(
        bodies(() => ({ version: 1, reason: "Checked against the transcript" })),
        headerVariants,
        ids,
        fc.boolean(),
        async (body, headers, idParam, currentVersion) => {
          const current = await getStatementForEditing(target);
          if (!current || current.snapshot.retracted) target = await freshStatement();
          // Mostly the version the statement is at, so that the body itself is what gets checked.
          const sent = currentVersion ? body.replace(/"version":1([,}])/, `"version":${current?.version ?? 1}$1`) : body;
          const id = idParam === "target" ? String(target) : idParam;
          await checkWrite(
            () =>
              patchRoute(request(`/api/statements/${encodeURIComponent(id)}`, "PATCH", sent, headers), {
                params: Promise.resolve({ id }),
              }),
            `PATCH ${id} ${sent.slice(0, 200)} ${JSON.stringify(headers)}`,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("POST /api/statements/{id}/retract", async () => {
    let target = await freshStatement();
    const ids = fc.oneof({ weight: 8, arbitrary: fc.constant("target") }, urlSafeText, fc.integer().map(String));
    const retractions = fc.oneof(
      bodies(() => ({ reason: "Misattributed in the first report" })),
      hostileValue.map((reason) => JSON.stringify({ reason })),
    );
    await fc.assert(
      fc.asyncProperty(retractions, headerVariants, ids, async (body, headers, idParam) => {
        const current = await getStatementForEditing(target);
        if (!current || current.snapshot.retracted) target = await freshStatement();
        const id = idParam === "target" ? String(target) : idParam;
        await checkWrite(
          () =>
            retractRoute(request(`/api/statements/${encodeURIComponent(id)}/retract`, "POST", body, headers), {
              params: Promise.resolve({ id }),
            }),
          `retract ${id} ${body.slice(0, 200)} ${JSON.stringify(headers)}`,
        );
      }),
      { numRuns: RUNS },
    );
  });
});
