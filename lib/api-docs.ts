import { openApiDocument } from "./openapi";

// Isomorphic and pure: reads the OpenAPI document into what the /api-docs page
// shows, so the page and /api/openapi.json can never say different things.

/** The parts of a JSON Schema (OpenAPI 3.1 dialect) the docs page shows. */
export type SchemaNode = {
  $ref?: string;
  type?: string | string[];
  description?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: SchemaNode | boolean;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
};

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: SchemaNode };
type MediaType = { schema?: SchemaNode; example?: unknown };
type Response = { description: string; content?: Record<string, MediaType> };
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, MediaType> };
  security?: Record<string, string[]>[];
  responses?: Record<string, Response>;
};
type Document = {
  info: { title: string; version: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths?: Record<string, Record<string, Operation>>;
  components?: {
    schemas?: Record<string, SchemaNode>;
    securitySchemes?: Record<string, { type?: string; scheme?: string }>;
  };
};

export type ParameterDoc = {
  name: string;
  in: string;
  required: boolean;
  type: string;
  description: string | null;
  constraints: string[];
  example: string | null;
};

export type ResponseDoc = {
  status: string;
  description: string;
  content: { mediaType: string; type: string; schemaName: string | null; description: string | null }[];
};

export type RequestBodyDoc = {
  mediaType: string;
  required: boolean;
  type: string;
  schemaName: string | null;
  /** The top-level fields only; the named schema below describes the rest. */
  fields: PropertyDoc[];
  /** The document's example body, as JSON text. */
  example: string | null;
};

export type OperationDoc = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string | null;
  tag: string;
  parameters: ParameterDoc[];
  requestBody: RequestBodyDoc | null;
  /** Sent with an API token as Authorization: Bearer. */
  needsToken: boolean;
  responses: ResponseDoc[];
  /** Path with example values filled in and example query parameters: "/api/statements?actor=…". */
  examplePath: string;
};

export type PropertyDoc = {
  name: string;
  type: string;
  required: boolean;
  description: string | null;
  /** The named schema the value is (or holds), to link to. */
  schemaName: string | null;
  /** Fields of an object described in place rather than by name. */
  children: PropertyDoc[];
};

export type SchemaDoc = { name: string; description: string | null; properties: PropertyDoc[] };

export type ApiDocsView = {
  title: string;
  version: string;
  description: string | null;
  groups: { tag: string; description: string | null; operations: OperationDoc[] }[];
  schemas: SchemaDoc[];
};

const refName = (ref: string) => ref.split("/").pop() ?? ref;

/** A schema in a few words: "string (date)", "array of Statement", "integer or null". */
export function describeType(schema: SchemaNode | undefined): string {
  if (!schema) return "any";
  if (schema.$ref) return refName(schema.$ref);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return [...new Set(alternatives.map(describeType))].join(" or ");
  if (schema.allOf?.length === 1) return describeType(schema.allOf[0]);
  if (schema.enum) return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const described = types.map((t) => {
    if (t === "array") return `array of ${describeType(schema.items)}`;
    if (t === "string" && schema.format) return `string (${schema.format})`;
    if (t === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object") {
      return `map of ${describeType(schema.additionalProperties)}`;
    }
    return t;
  });
  return described.join(" or ") || "any";
}

/** The named schema a value refers to, directly or as the items of an array or a nullable. */
function schemaName(schema: SchemaNode | undefined): string | null {
  if (!schema) return null;
  if (schema.$ref) return refName(schema.$ref);
  if (schema.items) return schemaName(schema.items);
  for (const s of schema.anyOf ?? schema.oneOf ?? []) {
    const name = schemaName(s);
    if (name) return name;
  }
  return null;
}

function constraints(schema: SchemaNode | undefined): string[] {
  if (!schema) return [];
  const out: string[] = [];
  if (schema.minimum !== undefined && schema.maximum !== undefined) out.push(`${schema.minimum}–${schema.maximum}`);
  else if (schema.minimum !== undefined) out.push(`at least ${schema.minimum}`);
  else if (schema.maximum !== undefined) out.push(`at most ${schema.maximum}`);
  if (schema.maxLength !== undefined) out.push(`up to ${schema.maxLength} characters`);
  if (schema.maxItems !== undefined) out.push(`up to ${schema.maxItems} values`);
  if (schema.items?.pattern) out.push("slugs: lowercase letters, digits and hyphens");
  if (schema.default !== undefined) out.push(`default ${JSON.stringify(schema.default)}`);
  return out;
}

/** The object a schema describes, looking through arrays and "or null". */
function inlineObject(schema: SchemaNode | undefined): SchemaNode | null {
  if (!schema || schema.$ref) return null;
  if (schema.properties) return schema;
  if (schema.items) return inlineObject(schema.items);
  for (const s of schema.anyOf ?? schema.oneOf ?? schema.allOf ?? []) {
    const found = inlineObject(s);
    if (found) return found;
  }
  return null;
}

function propertiesOf(schema: SchemaNode): PropertyDoc[] {
  const object = inlineObject(schema);
  if (!object) return [];
  return Object.entries(object.properties ?? {}).map(([name, s]) => ({
    name,
    type: describeType(s),
    required: object.required?.includes(name) ?? false,
    description: s.description ?? null,
    schemaName: schemaName(s),
    children: propertiesOf(s),
  }));
}

/** The schema itself, or the component a $ref names. */
function resolve(doc: Document, schema: SchemaNode | undefined): SchemaNode | undefined {
  if (!schema?.$ref) return schema;
  return doc.components?.schemas?.[refName(schema.$ref)];
}

function requestBodyDoc(doc: Document, body: Operation["requestBody"]): RequestBodyDoc | null {
  const [mediaType, media] = Object.entries(body?.content ?? {})[0] ?? [];
  if (!mediaType || !media) return null;
  const resolved = resolve(doc, media.schema);
  return {
    mediaType,
    required: body?.required === true,
    type: describeType(media.schema),
    schemaName: schemaName(media.schema),
    fields: resolved ? propertiesOf(resolved).map((f) => ({ ...f, children: [] })) : [],
    example: media.example === undefined ? null : JSON.stringify(media.example, null, 2),
  };
}

/**
 * A request to paste into a shell: the method, the token as $TOKEN where one
 * is needed, and the example body, quoted for a POSIX shell.
 */
export function curlExample(op: OperationDoc, origin: string): string {
  const parts = [`curl${op.method === "GET" ? "" : ` -X ${op.method}`} '${origin}${op.examplePath}'`];
  if (op.needsToken) parts.push(`-H "Authorization: Bearer $TOKEN"`);
  if (op.requestBody) {
    parts.push(`-H "Content-Type: ${op.requestBody.mediaType}"`);
    if (op.requestBody.example) parts.push(`-d '${op.requestBody.example.replace(/'/g, "'\\''")}'`);
  }
  return parts.join(" \\\n  ");
}

const exampleText = (value: unknown) =>
  value === undefined ? null : Array.isArray(value) ? value.join(",") : String(value);

export function apiDocsView(doc: Document = openApiDocument as unknown as Document): ApiDocsView {
  const bearerSchemes = new Set(
    Object.entries(doc.components?.securitySchemes ?? {})
      .filter(([, scheme]) => scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer")
      .map(([name]) => name),
  );
  const operations: OperationDoc[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      const parameters = (op.parameters ?? []).map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required === true,
        type: describeType(p.schema),
        description: p.description ?? p.schema?.description ?? null,
        constraints: constraints(p.schema),
        example: exampleText(p.schema?.example),
      }));
      let examplePath = path;
      const query = new URLSearchParams();
      for (const p of parameters) {
        if (p.example === null) continue;
        if (p.in === "path") examplePath = examplePath.replace(`{${p.name}}`, encodeURIComponent(p.example));
        else if (p.in === "query") query.set(p.name, p.example);
      }
      operations.push({
        id: op.operationId ?? `${method}-${path}`,
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? path,
        description: op.description ?? null,
        tag: op.tags?.[0] ?? "Other",
        parameters,
        requestBody: requestBodyDoc(doc, op.requestBody),
        needsToken: (op.security ?? []).some((requirement) => Object.keys(requirement).some((n) => bearerSchemes.has(n))),
        responses: Object.entries(op.responses ?? {})
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([status, r]) => ({
            status,
            description: r.description,
            content: Object.entries(r.content ?? {}).map(([mediaType, media]) => ({
              mediaType,
              type: describeType(media.schema),
              schemaName: schemaName(media.schema),
              description: media.schema?.description ?? null,
            })),
          })),
        examplePath: query.size > 0 ? `${examplePath}?${query.toString().replace(/%2C/g, ",")}` : examplePath,
      });
    }
  }
  const tags = doc.tags ?? [];
  const groupNames = [...new Set([...tags.map((t) => t.name), ...operations.map((o) => o.tag)])];
  return {
    title: doc.info.title,
    version: doc.info.version,
    description: doc.info.description ?? null,
    groups: groupNames
      .map((tag) => ({
        tag,
        description: tags.find((t) => t.name === tag)?.description ?? null,
        operations: operations.filter((o) => o.tag === tag),
      }))
      .filter((g) => g.operations.length > 0),
    schemas: Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => ({
      name,
      description: schema.description ?? null,
      properties: propertiesOf(schema),
    })),
  };
}
