import { z } from "zod";
import {
  ceasefireStances,
  conditionPositions,
  conditionScopes,
  datePrecisions,
  sourceKinds,
  talksStances,
} from "./schema";

// Isomorphic: the JSON shapes of GET /api/statements and GET /api/statements/{id},
// and the answers of the write API, described in the OpenAPI document and
// checked against real responses in the tests, so the document cannot drift
// from the data.

/** Formats the statements list can be had in. */
export const statementListFormats = ["json", "csv"] as const;

export const statementListFormatSchema = z
  .enum(statementListFormats, { error: `Use one of: ${statementListFormats.join(", ")}` })
  .default("json")
  .describe(
    "json: one page (see cursor and limit). csv: every matching statement in one file (cursor and limit are ignored), newest first",
  );

/** The CSV export stops here; the API docs say so. */
export const MAX_EXPORT_ROWS = 100_000;

const isoDate = z.iso.date().describe("Calendar date, YYYY-MM-DD");
const instant = z.iso.datetime().describe("Instant, ISO 8601 in UTC");

export const statementActorJsonSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    role: z.string().nullable().describe("The office the actor held on the day said, where recorded"),
  })
  .meta({ id: "StatementActor" });

export const statementJsonSchema = z
  .object({
    id: z.int().positive().describe("Stable id; the permalink is /statements/{id}"),
    url: z.string().describe("Permalink path of the statement, relative to the site"),
    actor: statementActorJsonSchema,
    speakerAsWritten: z.string().nullable().describe("The speaker exactly as the source names them"),
    saidOn: isoDate.describe(
      "Said on; read it at saidOnPrecision (a month-precise date is stored as the 1st and means the whole month)",
    ),
    saidOnPrecision: z.enum(datePrecisions),
    publishedOn: isoDate.nullable().describe("First published, where that differs from the day said"),
    quote: z.string().nullable().describe("Verbatim words; [...] marks a cut"),
    paraphrase: z.string().nullable().describe("The source's account of what was said; never a quote"),
    language: z.string().nullable().describe("Language the words were said in (BCP 47)"),
    translationPath: z.string().nullable().describe("How the words reached English"),
    venue: z.string().nullable(),
    ceasefireStance: z.enum(ceasefireStances),
    talksStance: z.enum(talksStances),
    background: z.boolean().describe("Reported by its source as an earlier statement recalled, not news of the day"),
    origin: z.enum(["manual", "imported"]),
    conditions: z
      .array(
        z.object({
          slug: z.string(),
          label: z.string(),
          group: z.string(),
          appliesTo: z.enum(conditionScopes).describe("The stage the condition is set for"),
          position: z.enum(conditionPositions),
        }),
      )
      .describe("Conditions named, in the taxonomy's order"),
    topics: z.array(z.object({ slug: z.string(), label: z.string() })),
    sources: z
      .array(
        z.object({
          url: z.string().nullable().describe("Null when no link is recorded"),
          outlet: z.string(),
          title: z.string(),
          kind: z.enum(sourceKinds),
          publishedOn: isoDate.nullable(),
        }),
      )
      .describe("Ranked: the first is the primary source"),
    version: z.int().positive().describe("Incremented on every edit"),
    retracted: z
      .object({ at: instant, reason: z.string().nullable() })
      .nullable()
      .describe("Set when the statement was withdrawn from the record"),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: "Statement" });

export const statementPageJsonSchema = z
  .object({
    items: z.array(statementJsonSchema).describe("Newest said first, then highest id"),
    nextCursor: z.string().nullable().describe("Pass as cursor for the next page; null on the last page"),
  })
  .meta({ id: "StatementPage" });

const statementLinkJsonSchema = z
  .object({
    kind: z.enum(["responds_to", "restates"]),
    id: z.int().positive(),
    actor: z.object({ slug: z.string(), name: z.string() }),
    saidOn: isoDate,
    saidOnPrecision: z.enum(datePrecisions),
  })
  .meta({ id: "StatementLink" });

export const statementDetailJsonSchema = statementJsonSchema
  .extend({
    linksTo: z.array(statementLinkJsonSchema).describe("Statements this one answers or restates"),
    linkedFrom: z.array(statementLinkJsonSchema).describe("Statements that answer or restate this one"),
  })
  .meta({ id: "StatementDetail" });

export const apiErrorJsonSchema = z
  .object({
    error: z.string(),
    fieldErrors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe("What was wrong with each parameter, by name"),
  })
  .meta({ id: "Error" });

const messagesByName = z.record(z.string(), z.array(z.string()));

/** A 400 of the write API: an invalid id, header or body, or a statement that does not pass the input schema. */
export const validationErrorJsonSchema = z
  .object({
    error: z.string(),
    fieldErrors: messagesByName
      .optional()
      .describe("What was wrong, by top-level field (or by header, or id); absent when the body could not be read"),
    pathErrors: messagesByName
      .optional()
      .describe('For an invalid statement, the same messages by full path ("sources.1.url")'),
  })
  .meta({ id: "ValidationError" });

/** The 409 refusing a likely duplicate. */
export const duplicateErrorJsonSchema = z
  .object({
    error: z.string(),
    duplicates: z
      .array(
        z.object({
          id: z.int().positive(),
          url: z.string().describe("Permalink path of the recorded statement"),
          saidOn: isoDate,
          saidOnPrecision: z.enum(datePrecisions),
          quote: z.string().nullable(),
          paraphrase: z.string().nullable(),
        }),
      )
      .describe("The recorded statements of the same actor it likely repeats, newest first (at most 10)"),
  })
  .meta({ id: "DuplicateError" });

/** The 409 refusing an edit or retraction of a statement that has changed, or is retracted. */
export const editConflictJsonSchema = z
  .object({
    error: z.string(),
    currentVersion: z.int().positive().describe("The statement's version now: edit from it"),
    current: statementDetailJsonSchema
      .nullable()
      .optional()
      .describe("The statement as it is now; absent when it is retracted"),
    changes: z
      .array(
        z.object({
          version: z.int().positive(),
          kind: z.enum(["create", "update", "retract"]),
          at: instant,
          editor: z.string().describe("The editor's public name"),
          reason: z.string().nullable(),
          changedFields: z.array(z.string()),
        }),
      )
      .optional()
      .describe("The changes saved since the version sent, oldest first; absent when it is retracted"),
  })
  .meta({ id: "EditConflict" });

export type StatementJson = z.infer<typeof statementJsonSchema>;
export type StatementDetailJson = z.infer<typeof statementDetailJsonSchema>;
export type StatementPageJson = z.infer<typeof statementPageJsonSchema>;
