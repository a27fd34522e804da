import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GET } from "@/app/api/openapi.json/route";
import { readJsonBody } from "@/lib/api/json-body";
import { failureResponse, invalidHeader, invalidStatement } from "@/lib/api/statement-writes";
import { extractRequestSchema } from "@/lib/import/schema";
import { openApiDocument } from "@/lib/openapi";
import {
  apiErrorJsonSchema,
  duplicateErrorJsonSchema,
  editConflictJsonSchema,
  validationErrorJsonSchema,
} from "@/lib/statements/api-schema";
import { statementFiltersShape } from "@/lib/statements/filters";
import {
  idempotencyKeySchema,
  retractionInputSchema,
  statementFieldNames,
  statementInputSchema,
  statementPatchSchema,
} from "@/lib/statements/input-schema";

// No OpenAPI validator is installed, so these are the structural rules of
// OpenAPI 3.1 that a broken document would most likely violate.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const jsonSchemaTypes = ["null", "boolean", "object", "array", "number", "string", "integer"];

async function served(): Promise<Obj> {
  const res = GET();
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return (await res.json()) as Obj;
}

const isObj = (v: Json | undefined): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function walk(node: Json, visit: (obj: Obj, path: string) => void, path = "#") {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, visit, `${path}/${i}`));
  else if (isObj(node)) {
    visit(node, path);
    for (const [k, v] of Object.entries(node)) walk(v, visit, `${path}/${k}`);
  }
}

function resolvePointer(doc: Obj, ref: string): Json | undefined {
  if (!ref.startsWith("#/")) return undefined;
  let node: Json | undefined = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    node = isObj(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  return node;
}

const operations = (doc: Obj) =>
  Object.entries(doc.paths as Obj).flatMap(([path, item]) =>
    Object.entries(item as Obj)
      .filter(([method]) => methods.includes(method))
      .map(([method, op]) => ({ path, method, op: op as Obj })),
  );

describe("OpenAPI document", () => {
  it("is served as JSON and is an OpenAPI 3.1 document with info and paths", async () => {
    const doc = await served();
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument)));
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    const info = doc.info as Obj;
    expect(typeof info.title).toBe("string");
    expect(typeof info.version).toBe("string");
    expect(Object.keys(doc.paths as Obj).every((p) => p.startsWith("/"))).toBe(true);
  });

  it("describes every public endpoint", async () => {
    const doc = await served();
    expect(Object.keys(doc.paths as Obj)).toEqual(
      expect.arrayContaining([
        "/api/statements",
        "/api/statements/{id}",
        "/api/statements/{id}/retract",
        "/api/import/extract",
        "/api/actors",
        "/api/actors/{slug}",
        "/api/conditions",
        "/api/topics",
        "/feed.xml",
      ]),
    );
  });

  it("gives every operation a unique id and described responses", async () => {
    const doc = await served();
    const ids = new Set<string>();
    for (const { path, method, op } of operations(doc)) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(typeof op.operationId, where).toBe("string");
      expect(ids.has(op.operationId as string), where).toBe(false);
      ids.add(op.operationId as string);
      const responses = op.responses as Obj;
      expect(Object.keys(responses).length, where).toBeGreaterThan(0);
      for (const [code, response] of Object.entries(responses)) {
        expect(code, where).toMatch(/^([1-5]\d\d|[1-5]XX|default)$/);
        expect(typeof (response as Obj).description, `${where} ${code}`).toBe("string");
      }
    }
  });

  it("declares each path template variable as a required path parameter, and each parameter fully", async () => {
    const doc = await served();
    for (const { path, method, op } of operations(doc)) {
      const params = ((op.parameters ?? []) as Obj[]).map((p) => (p.$ref ? (resolvePointer(doc, p.$ref as string) as Obj) : p));
      for (const p of params) {
        expect(typeof p.name, `${method} ${path}`).toBe("string");
        expect(["query", "header", "path", "cookie"], `${method} ${path} ${p.name}`).toContain(p.in);
        expect(isObj(p.schema) || isObj(p.content), `${method} ${path} ${p.name}`).toBe(true);
        if (p.in === "path") expect(p.required, `${path} ${p.name}`).toBe(true);
      }
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
        expect(params.some((p) => p.in === "path" && p.name === name), `${path} declares {${name}}`).toBe(true);
      }
    }
  });

  it("lists every timeline filter, paging and the format as query parameters of GET /api/statements", async () => {
    const doc = await served();
    const op = operations(doc).find((o) => o.path === "/api/statements" && o.method === "get")!.op;
    const params = op.parameters as Obj[];
    expect(params.map((p) => p.name).sort()).toEqual([...Object.keys(statementFiltersShape), "format"].sort());
    expect(params.every((p) => p.in === "query" && p.required !== true)).toBe(true);
    const limit = params.find((p) => p.name === "limit")!.schema as Obj;
    expect(limit).toMatchObject({ type: "integer", minimum: 1, maximum: 100 });
    expect((params.find((p) => p.name === "format")!.schema as Obj).enum).toEqual(["json", "csv"]);
    for (const p of params) expect(typeof p.description, p.name as string).toBe("string");
    const ok = (op.responses as Obj)["200"] as Obj;
    expect(Object.keys(ok.content as Obj).sort()).toEqual(["application/json", "text/csv"]);
  });

  it("resolves every $ref and uses only JSON Schema types", async () => {
    const doc = await served();
    const broken: string[] = [];
    walk(doc, (obj, path) => {
      if (typeof obj.$ref === "string" && resolvePointer(doc, obj.$ref) === undefined) broken.push(`${path}: ${obj.$ref}`);
      if (path.includes("/schema") || path.startsWith("#/components/schemas")) {
        const types = Array.isArray(obj.type) ? obj.type : obj.type === undefined ? [] : [obj.type];
        for (const t of types) if (typeof t === "string" && !jsonSchemaTypes.includes(t)) broken.push(`${path}: type ${t}`);
      }
    });
    expect(broken).toEqual([]);
    expect(Object.keys((doc.components as Obj).schemas as Obj)).toEqual(
      expect.arrayContaining([
        "Statement",
        "StatementPage",
        "StatementDetail",
        "Error",
        "StatementInput",
        "StatementCorrection",
        "StatementRetraction",
        "ValidationError",
        "DuplicateError",
        "EditConflict",
      ]),
    );
  });
});

const operation = (doc: Obj, method: string, path: string) => ((doc.paths as Obj)[path] as Obj)[method] as Obj;
const component = (doc: Obj, ref: Json | undefined) => resolvePointer(doc, ref as string) as Obj;
const bodySchemaRef = (op: Obj) => ((((op.requestBody as Obj).content as Obj)["application/json"] as Obj).schema as Obj).$ref;
const bodyExample = (op: Obj) => (((op.requestBody as Obj).content as Obj)["application/json"] as Obj).example as Obj;

/** The named schema of an answer's JSON body, as the document gives it. */
function answerSchemaName(op: Obj, status: number): string {
  const response = (op.responses as Obj)[String(status)] as Obj | undefined;
  expect(response, `status ${status} is documented`).toBeDefined();
  const ref = (((response!.content as Obj)["application/json"] as Obj).schema as Obj).$ref as string;
  return ref.split("/").pop()!;
}

const answerSchemas: Record<string, z.ZodObject> = {
  Error: apiErrorJsonSchema,
  ValidationError: validationErrorJsonSchema,
  DuplicateError: duplicateErrorJsonSchema,
  EditConflict: editConflictJsonSchema,
};

/** The answer's status is documented for the operation, and its body has exactly the documented shape. */
async function expectDocumented(op: Obj, response: Response) {
  const schema = answerSchemas[answerSchemaName(op, response.status)];
  expect(schema, `a known schema for ${response.status}`).toBeDefined();
  const parsed = schema.strict().safeParse(await response.json());
  expect(parsed.error?.issues ?? [], `${op.operationId} ${response.status}`).toEqual([]);
}

describe("OpenAPI document: the write API", () => {
  const writeRefusals = ["401", "403", "413", "415", "429"];

  it("describes recording, correcting and retracting with every answer the handlers give", async () => {
    const doc = await served();
    const expected = {
      "post /api/statements": ["201", "400", "409", "422", ...writeRefusals],
      "patch /api/statements/{id}": ["200", "400", "404", "409", ...writeRefusals],
      "post /api/statements/{id}/retract": ["200", "400", "404", "409", ...writeRefusals],
    };
    for (const [where, statuses] of Object.entries(expected)) {
      const [method, path] = where.split(" ");
      const op = operation(doc, method, path);
      expect(Object.keys(op.responses as Obj).sort(), where).toEqual(statuses.sort());
      expect(op.security, where).toEqual([{ bearerToken: [] }]);
      expect((op.requestBody as Obj).required, where).toBe(true);
      expect(component(doc, bodySchemaRef(op)), where).toBeDefined();
      const responses = op.responses as Obj;
      const ok = (responses["201"] ?? responses["200"]) as Obj;
      expect(((ok.content as Obj)["application/json"] as Obj).schema, where).toEqual({ $ref: "#/components/schemas/StatementDetail" });
      expect(Object.keys((responses["429"] as Obj).headers as Obj), where).toEqual(["Retry-After"]);
      expect(Object.keys((responses["401"] as Obj).headers as Obj), where).toEqual(["WWW-Authenticate"]);
    }
    const create = operation(doc, "post", "/api/statements");
    expect(Object.keys(((create.responses as Obj)["201"] as Obj).headers as Obj)).toEqual(["Location", "Idempotent-Replayed"]);
    expect(create.parameters).toEqual([
      expect.objectContaining({ in: "header", name: "Idempotency-Key", schema: expect.objectContaining({ maxLength: 200 }) }),
    ]);
    expect(answerSchemaName(create, 409)).toBe("DuplicateError");
    expect(answerSchemaName(operation(doc, "patch", "/api/statements/{id}"), 409)).toBe("EditConflict");
  });

  it("has one bearer scheme, shared by the import and the write operations", async () => {
    const doc = await served();
    expect((doc.components as Obj).securitySchemes).toEqual({
      bearerToken: expect.objectContaining({ type: "http", scheme: "bearer" }),
    });
    expect(operation(doc, "post", "/api/import/extract").security).toEqual([{ bearerToken: [] }]);
  });

  it("describes the request bodies with the fields the input schemas take", async () => {
    const doc = await served();
    const create = component(doc, bodySchemaRef(operation(doc, "post", "/api/statements")));
    expect(Object.keys(create.properties as Obj).sort()).toEqual([...statementFieldNames, "allowDuplicate"].sort());
    expect((create.required as string[]).sort()).toEqual(["saidOn", "sources"]);
    expect(create.additionalProperties).toBe(false);

    const correction = component(doc, bodySchemaRef(operation(doc, "patch", "/api/statements/{id}")));
    expect(Object.keys(correction.properties as Obj).sort()).toEqual(["version", "reason", ...statementFieldNames].sort());
    expect(correction.required).toEqual(["version", "reason"]);
    // A correction keeps what it does not send: a new statement's defaults would mislead here.
    for (const [name, field] of Object.entries(correction.properties as Obj)) expect((field as Obj).default, name).toBeUndefined();
    expect(((create.properties as Obj).ceasefireStance as Obj).default).toBe("none");

    const retraction = component(doc, bodySchemaRef(operation(doc, "post", "/api/statements/{id}/retract")));
    expect(Object.keys(retraction.properties as Obj).sort()).toEqual(Object.keys(retractionInputSchema.shape).sort());
    expect(retraction.required).toEqual(["reason"]);
  });

  it("gives request examples that the handlers' schemas accept", async () => {
    const doc = await served();
    const created = statementInputSchema.safeParse(bodyExample(operation(doc, "post", "/api/statements")));
    expect(created.error?.issues ?? []).toEqual([]);
    const patchExample = bodyExample(operation(doc, "patch", "/api/statements/{id}"));
    const patch = statementPatchSchema.safeParse(patchExample);
    expect(patch.error?.issues ?? []).toEqual([]);
    const { version, reason, ...fields } = patchExample;
    expect([version, reason].every((v) => v !== undefined)).toBe(true);
    expect(statementFieldNames).toEqual(expect.arrayContaining(Object.keys(fields)));
    const retraction = retractionInputSchema.safeParse(bodyExample(operation(doc, "post", "/api/statements/{id}/retract")));
    expect(retraction.error?.issues ?? []).toEqual([]);
    const extract = extractRequestSchema.safeParse(bodyExample(operation(doc, "post", "/api/import/extract")));
    expect(extract.error?.issues ?? []).toEqual([]);
    const key = (create: Obj) => ((create.parameters as Obj[])[0].schema as Obj).example;
    expect(idempotencyKeySchema.safeParse(key(operation(doc, "post", "/api/statements"))).success).toBe(true);
  });

  it("documents the error answers the write handlers give, status and shape", async () => {
    const doc = await served();
    const create = operation(doc, "post", "/api/statements");
    const update = operation(doc, "patch", "/api/statements/{id}");
    const retract = operation(doc, "post", "/api/statements/{id}/retract");

    const invalid = statementInputSchema.safeParse({ sources: [{ outlet: "" }] });
    for (const op of [create, update, retract]) await expectDocumented(op, invalidStatement(invalid.error!));
    await expectDocumented(create, invalidHeader("Idempotency-Key", idempotencyKeySchema.safeParse("two words").error!));
    const duplicate = { id: 7, saidOn: "2023-05-05", saidOnPrecision: "day" as const, quote: "words", paraphrase: null };
    await expectDocumented(create, await failureResponse(null, { ok: false, reason: "duplicate", duplicates: [duplicate] }));
    await expectDocumented(create, await failureResponse(null, { ok: false, reason: "idempotency_mismatch" }));
    for (const op of [update, retract]) {
      await expectDocumented(op, await failureResponse(7, { ok: false, reason: "retracted", currentVersion: 3 }));
      await expectDocumented(op, await failureResponse(7, { ok: false, reason: "not_found" }));
    }

    const post = (headers: Record<string, string>, body: string) =>
      new Request("http://localhost/api/statements", { method: "POST", headers, body });
    const answers = await Promise.all([
      readJsonBody(post({ "content-type": "text/plain" }, "{}")),
      readJsonBody(post({ "content-type": "application/json" }, `"${"x".repeat(70_000)}"`)),
      readJsonBody(post({ "content-type": "application/json" }, "{not json")),
    ]);
    expect(answers.map((a) => (a.ok ? 200 : a.response.status))).toEqual([415, 413, 400]);
    for (const op of [create, update, retract]) {
      for (const a of answers) if (!a.ok) await expectDocumented(op, a.response.clone());
    }
  });
});

describe("API docs page content", () => {
  it("shows every operation of the document with its parameters and a runnable example", async () => {
    const { apiDocsView } = await import("@/lib/api-docs");
    const view = apiDocsView();
    const ops = view.groups.flatMap((g) => g.operations);
    expect(ops.map((o) => `${o.method} ${o.path}`).sort()).toEqual(
      operations(JSON.parse(JSON.stringify(openApiDocument)) as Obj)
        .map((o) => `${o.method.toUpperCase()} ${o.path}`)
        .sort(),
    );
    const list = ops.find((o) => o.path === "/api/statements")!;
    expect(list.parameters.map((p) => p.name)).toContain("q");
    expect(list.examplePath).toBe(
      "/api/statements?actor=sergey-lavrov&condition=no-nato-membership&from=2023-01-01&q=negotiations",
    );
    expect(ops.find((o) => o.path === "/api/actors/{slug}")!.examplePath).toBe("/api/actors/sergey-lavrov");
    const create = ops.find((o) => o.id === "createStatement")!;
    expect(create.requestBody).toMatchObject({ mediaType: "application/json", required: true, schemaName: "StatementInput" });
    const fields = Object.fromEntries(create.requestBody!.fields.map((f) => [f.name, f]));
    expect(fields.saidOn).toMatchObject({ required: true, type: "string (date)" });
    expect(fields.sources.required).toBe(true);
    expect(fields.actor.required).toBe(false);
    expect(fields.sources.children).toEqual([]);
    expect(ops.find((o) => o.id === "updateStatement")!.requestBody!.fields.filter((f) => f.required).map((f) => f.name)).toEqual([
      "version",
      "reason",
    ]);
    expect(ops.filter((o) => o.needsToken).map((o) => o.id).sort()).toEqual(
      ["createStatement", "extractFromArticle", "retractStatement", "updateStatement"],
    );
    expect(create.responses.map((r) => r.status)).toEqual(["201", "400", "401", "403", "409", "413", "415", "422", "429"]);
    const statement = view.schemas.find((s) => s.name === "Statement")!;
    expect(statement.properties.find((p) => p.name === "conditions")!.children.map((c) => c.name)).toEqual(
      expect.arrayContaining(["slug", "appliesTo", "position"]),
    );
  });
});

describe("API docs curl examples", () => {
  /** What curl would be run with: each argument the shell passes it, TOKEN set. */
  function shellArguments(command: string): string[] {
    const out = execFileSync("sh", ["-c", `curl() { printf '%s\\0' "$@"; }\n${command}`], {
      env: { ...process.env, TOKEN: "t0ken" },
      encoding: "utf8",
    });
    return out.split("\0").slice(0, -1);
  }

  it("sends the method, the token, the JSON type and the example body, as a shell passes them", async () => {
    const { apiDocsView, curlExample } = await import("@/lib/api-docs");
    const ops = apiDocsView().groups.flatMap((g) => g.operations);
    const doc = JSON.parse(JSON.stringify(openApiDocument)) as Obj;
    for (const [id, method, path] of [
      ["createStatement", "post", "/api/statements"],
      ["updateStatement", "patch", "/api/statements/{id}"],
      ["retractStatement", "post", "/api/statements/{id}/retract"],
      ["extractFromArticle", "post", "/api/import/extract"],
    ]) {
      const op = ops.find((o) => o.id === id)!;
      const args = shellArguments(curlExample(op, "https://positions.example.org"));
      const url = `https://positions.example.org${path.replace("{id}", "1")}`;
      expect(args.slice(0, -1), id).toEqual([
        "-X",
        method.toUpperCase(),
        url,
        "-H",
        "Authorization: Bearer t0ken",
        "-H",
        "Content-Type: application/json",
        "-d",
      ]);
      expect(JSON.parse(args.at(-1)!), id).toEqual(bodyExample(operation(doc, method, path)));
    }
  });

  it("quotes an apostrophe in the body, and keeps a read a plain GET", async () => {
    const { apiDocsView, curlExample } = await import("@/lib/api-docs");
    const ops = apiDocsView().groups.flatMap((g) => g.operations);
    const retract = ops.find((o) => o.id === "retractStatement")!;
    const body = { reason: "Lavrov's words were misattributed; it's Peskov's" };
    const args = shellArguments(
      curlExample({ ...retract, requestBody: { ...retract.requestBody!, example: JSON.stringify(body) } }, "http://localhost:3000"),
    );
    expect(JSON.parse(args.at(-1)!)).toEqual(body);
    const get = ops.find((o) => o.id === "getStatement")!;
    expect(shellArguments(curlExample(get, "http://localhost:3000"))).toEqual(["http://localhost:3000/api/statements/1"]);
  });
});
