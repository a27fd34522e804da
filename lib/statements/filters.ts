import { z } from "zod";
import { ceasefireStances, isoDateSchema, slugSchema, statementOrigins, talksStances, textSchema } from "./schema";

// Isomorphic: the timeline page, the API, the CSV export and the feed all read
// the same URL parameters through this file.

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 100;

const cursorSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}_\d+$/, { error: "Invalid cursor" })
  .refine((c) => isoDateSchema.safeParse(c.slice(0, 10)).success, { error: "Invalid cursor" });

const listItems = {
  actor: slugSchema,
  topic: slugSchema,
  condition: slugSchema,
  ceasefire: z.enum(ceasefireStances, { error: `Use one of: ${ceasefireStances.join(", ")}` }),
  talks: z.enum(talksStances, { error: `Use one of: ${talksStances.join(", ")}` }),
  origin: z.enum(statementOrigins, { error: `Use one of: ${statementOrigins.join(", ")}` }),
};
type ListKey = keyof typeof listItems;
const isListKey = (key: string): key is ListKey => key in listItems;
const toValues = (v: unknown): unknown[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v])
    // "?actor=a,b" and "?actor=a&actor=b" mean the same.
    .flatMap((x: unknown) => (typeof x === "string" ? x.split(",") : [x]))
    .filter((x) => x !== "");

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(toValues, z.array(item).max(50, { error: "Too many values" }));

export const statementFiltersShape = {
  actor: list(listItems.actor).describe("Actor slugs; a statement by any of them matches"),
  topic: list(listItems.topic).describe("Topic slugs; a statement with any of them matches"),
  condition: list(listItems.condition).describe("Condition slugs; a statement naming any of them matches"),
  ceasefire: list(listItems.ceasefire).describe("Ceasefire stances"),
  talks: list(listItems.talks).describe("Talks stances"),
  origin: list(listItems.origin).describe(
    "How the statement was recorded: manual (entered by an editor) or imported (proposed by the article import, reviewed by an editor)",
  ),
  from: isoDateSchema.optional().describe("Said on or after (YYYY-MM-DD)"),
  to: isoDateSchema.optional().describe("Said on or before (YYYY-MM-DD)"),
  q: textSchema("Search must be text").trim().max(200, { error: "Search is limited to 200 characters" }).optional()
    .transform((v) => (v ? v : undefined))
    .describe("Full-text search over quotes and paraphrases; \"quoted phrases\", OR and -exclusions work"),
  cursor: cursorSchema.optional().describe("nextCursor from the previous page"),
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int({ error: "limit must be a whole number" })
    .min(1, { error: `limit must be between 1 and ${MAX_LIMIT}` })
    .max(MAX_LIMIT, { error: `limit must be between 1 and ${MAX_LIMIT}` })
    .default(DEFAULT_LIMIT)
    .describe(`Page size, 1–${MAX_LIMIT}`),
};

export const statementFiltersSchema = z
  .object(statementFiltersShape)
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: "from must not be after to", path: ["to"] });

export type StatementFilters = z.infer<typeof statementFiltersSchema>;
export type FilterKey = keyof typeof statementFiltersShape;

export type FilterNote = { field: FilterKey; message: string };

/** Turns URLSearchParams or Next's searchParams object into a plain record of string | string[]. */
export function paramsToRecord(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  const entries =
    params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).flatMap(([k, v]) =>
      v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x] as const) : [[k, v] as const],
    );
  for (const [key, value] of entries) {
    const prev = record[key];
    record[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return record;
}

/** Strict parse for the API: any malformed parameter is a 400 with field errors. */
export function parseFiltersStrict(record: Record<string, string | string[]>) {
  return statementFiltersSchema.safeParse(record);
}

/**
 * Lenient parse for pages: a malformed value is dropped with a note the page
 * shows, so a mistyped URL still opens the timeline.
 */
export function parseFiltersLenient(record: Record<string, string | string[]>): {
  filters: StatementFilters;
  notes: FilterNote[];
} {
  const notes: FilterNote[] = [];
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(statementFiltersShape) as FilterKey[]) {
    const raw = record[key];
    if (isListKey(key)) {
      // Keep the valid values, note each invalid one.
      const kept = new Set<unknown>();
      for (const value of toValues(raw).slice(0, 50)) {
        const parsed = listItems[key].safeParse(value);
        if (parsed.success) kept.add(parsed.data);
        else notes.push({ field: key, message: `Ignored ${key} "${value}": ${parsed.error.issues[0]?.message}` });
      }
      out[key] = [...kept];
      continue;
    }
    const single = Array.isArray(raw) ? raw[0] : raw;
    const parsed = (statementFiltersShape[key] as z.ZodType).safeParse(single === "" ? undefined : single);
    if (parsed.success) out[key] = parsed.data;
    else notes.push({ field: key, message: `Ignored ${key} "${single}": ${parsed.error.issues[0]?.message}` });
  }
  const whole = statementFiltersSchema.safeParse(out);
  if (!whole.success) {
    notes.push({ field: "to", message: "Ignored the date range: from is after to" });
    out.from = undefined;
    out.to = undefined;
  }
  return { filters: statementFiltersSchema.parse(out), notes };
}

/** The URL query for a set of filters (without cursor unless given), for links and forms. */
export function filtersToSearchParams(
  filters: Partial<StatementFilters>,
  overrides: Partial<Record<FilterKey, string | string[] | undefined>> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  const merged = { ...filters, ...overrides } as Record<string, unknown>;
  for (const key of Object.keys(statementFiltersShape)) {
    const value = merged[key];
    if (key === "limit" && (value === DEFAULT_LIMIT || value === undefined)) continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  return params;
}

export function hasActiveFilters(f: StatementFilters): boolean {
  return Boolean(
    f.actor.length ||
      f.topic.length ||
      f.condition.length ||
      f.ceasefire.length ||
      f.talks.length ||
      f.origin.length ||
      f.from ||
      f.to ||
      f.q,
  );
}

/** The filters without paging, for the CSV export and the feed, which cover every match. */
export function filtersOnlySearchParams(filters: Partial<StatementFilters>): URLSearchParams {
  return filtersToSearchParams({ ...filters, cursor: undefined, limit: undefined });
}
