import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/openapi.json/route";
import { openApiDocument } from "@/lib/openapi";
import { statementFiltersShape } from "@/lib/statements/filters";

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
      expect.arrayContaining(["Statement", "StatementPage", "StatementDetail", "Error"]),
    );
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
    const statement = view.schemas.find((s) => s.name === "Statement")!;
    expect(statement.properties.find((p) => p.name === "conditions")!.children.map((c) => c.name)).toEqual(
      expect.arrayContaining(["slug", "appliesTo", "position"]),
    );
  });
});
