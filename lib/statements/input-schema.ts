import { z } from "zod";
import { startOfPrecision } from "../dates";

export { statementOrigins } from "./schema";
import {
  ceasefireStances,
  conditionPositions,
  conditionScopes,
  datePrecisions,
  isoDateSchema,
  slugSchema,
  sourceKinds,
  statementOrigins,
  statementIdSchema,
  talksStances,
  NUL_MESSAGE,
  textSchema,
} from "./schema";

// Isomorphic: one schema for a statement as an editor writes it, checked in
// the browser before the form is sent, again in the server action, and by
// the write API. What only the database can know (does this slug exist?) is
// checked by the mutations and reported as field errors of the same shape.

export const statementLimits = {
  quote: 5_000,
  paraphrase: 5_000,
  speaker: 300,
  venue: 300,
  translationPath: 500,
  actorName: 200,
  aliases: 20,
  affiliation: 200,
  topics: 20,
  conditions: 40,
  sources: 20,
  links: 20,
  url: 2_000,
  outlet: 200,
  sourceTitle: 500,
  reason: 1_000,
} as const;

export const actorKinds = ["person", "organisation"] as const;

/** Trimmed text; empty becomes null so "" and a missing field mean the same. */
function optionalText(max: number, what: string) {
  return textSchema(`${what} must be text`)
    .trim()
    .max(max, { error: `Keep ${what.toLowerCase()} under ${max.toLocaleString("en")} characters` })
    .nullish()
    .transform((v) => (v ? v : null));
}

function requiredText(max: number, what: string) {
  return textSchema(`Enter ${what.toLowerCase()}`)
    .trim()
    .min(1, { error: `Enter ${what.toLowerCase()}` })
    .max(max, { error: `Keep ${what.toLowerCase()} under ${max.toLocaleString("en")} characters` });
}

const optionalDate = z
  .union([z.literal(""), isoDateSchema])
  .nullish()
  .transform((v) => (v ? v : null));

const unique = <T,>(list: T[]) => [...new Set(list)];

export const newActorInputSchema = z.strictObject({
  name: requiredText(statementLimits.actorName, "The actor's name").refine((v) => v.length >= 2, {
    error: "Enter the actor's full name",
  }),
  aliases: z
    .array(requiredText(statementLimits.actorName, "Each other spelling"))
    .max(statementLimits.aliases, { error: `At most ${statementLimits.aliases} other spellings` })
    .default([])
    .transform(unique),
  affiliation: optionalText(statementLimits.affiliation, "Affiliation"),
  kind: z.enum(actorKinds, { error: "Choose person or organisation" }).default("person"),
});

export const sourceInputSchema = z.strictObject({
  url: z
    .union([
      z.literal(""),
      z
        .string()
        .trim()
        .max(statementLimits.url, { error: `Keep the address under ${statementLimits.url} characters` })
        .pipe(z.url({ protocol: /^https?$/, error: "Use a full http:// or https:// address" }))
        // After the pipe, so that this branch's own message reaches the field
        // (an issue before it would make the union answer "Invalid input").
        .refine((v) => !v.includes("\u0000"), { error: NUL_MESSAGE }),
    ])
    .nullish()
    .transform((v) => (v ? v : null)),
  outlet: requiredText(statementLimits.outlet, "The outlet"),
  title: requiredText(statementLimits.sourceTitle, "The title"),
  publishedOn: optionalDate,
  kind: z.enum(sourceKinds, { error: "Choose the kind of source" }).default("other"),
});

export const conditionInputSchema = z.strictObject({
  slug: slugSchema,
  appliesTo: z.enum(conditionScopes, { error: "Choose what the condition applies to" }),
  position: z.enum(conditionPositions, { error: "Choose the position taken" }),
});

const statementIds = z
  .array(statementIdSchema)
  .max(statementLimits.links, { error: `At most ${statementLimits.links} statements` })
  .default([])
  .transform((ids) => unique(ids).sort((a, b) => a - b));

const statementObject = z.strictObject({
  /** An existing actor: their slug (or a name or spelling recorded for them). */
  actor: optionalText(statementLimits.actorName, "Actor"),
  /** Or a new actor, recorded together with the statement. */
  newActor: newActorInputSchema.nullish().transform((v) => v ?? null),
  speakerAsWritten: optionalText(statementLimits.speaker, "Speaker as written"),
  saidOn: z.string({ error: "Enter the date said" }).trim().min(1, { error: "Enter the date said" }).pipe(isoDateSchema),
  saidOnPrecision: z.enum(datePrecisions, { error: "Choose how precisely the date is known" }).default("day"),
  publishedOn: optionalDate,
  quote: optionalText(statementLimits.quote, "The quote"),
  paraphrase: optionalText(statementLimits.paraphrase, "The paraphrase"),
  language: z
    .union([
      z.literal(""),
      z
        .string()
        .trim()
        .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: "Use a language code such as ru, uk, en or de" })
        .max(35),
    ])
    .nullish()
    .transform((v) => (v ? v : null)),
  translationPath: optionalText(statementLimits.translationPath, "Translation path"),
  venue: optionalText(statementLimits.venue, "Venue"),
  ceasefireStance: z.enum(ceasefireStances, { error: "Choose a ceasefire stance" }).default("none"),
  talksStance: z.enum(talksStances, { error: "Choose a talks stance" }).default("none"),
  background: z.boolean({ error: "Must be true or false" }).default(false),
  topics: z
    .array(slugSchema)
    .max(statementLimits.topics, { error: `At most ${statementLimits.topics} topics` })
    .default([])
    .transform((slugs) => unique(slugs).sort()),
  conditions: z
    .array(conditionInputSchema)
    .max(statementLimits.conditions, { error: `At most ${statementLimits.conditions} conditions` })
    .default([]),
  sources: z
    .array(sourceInputSchema, { error: "Add at least one source" })
    .min(1, { error: "Add at least one source" })
    .max(statementLimits.sources, { error: `At most ${statementLimits.sources} sources` }),
  respondsTo: statementIds,
  restates: statementIds,
  origin: z.enum(statementOrigins, { error: "Choose manual or imported" }).default("manual"),
});

/** A statement as an editor records it (create, or the full result of an edit). */
export const statementInputSchema = statementObject
  .superRefine((s, ctx) => {
    if (!s.actor && !s.newActor) {
      ctx.addIssue({ code: "custom", path: ["actor"], message: "Choose who said it, or add a new actor" });
    }
    if (s.actor && s.newActor) {
      ctx.addIssue({ code: "custom", path: ["actor"], message: "Choose an existing actor or add a new one, not both" });
    }
    if (!s.quote && !s.paraphrase) {
      ctx.addIssue({
        code: "custom",
        path: ["quote"],
        message: "Give the verbatim quote, a paraphrase, or both",
      });
    }
    const latest = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
    if (s.saidOn > latest) {
      ctx.addIssue({ code: "custom", path: ["saidOn"], message: "The date said cannot be in the future" });
    }
    const saidFrom = startOfPrecision(s.saidOn, s.saidOnPrecision);
    if (s.publishedOn && s.publishedOn < saidFrom) {
      ctx.addIssue({
        code: "custom",
        path: ["publishedOn"],
        message: "First published cannot be before the statement was said",
      });
    }
    const seen = new Set<string>();
    s.conditions.forEach((c, i) => {
      const key = `${c.slug}|${c.appliesTo}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: ["conditions", i, "slug"],
          message: "This condition is already listed for the same stage",
        });
      }
      seen.add(key);
    });
    const sourceKeys = new Set<string>();
    s.sources.forEach((src, i) => {
      const key = JSON.stringify([src.url, src.outlet, src.title, src.publishedOn, src.kind]);
      if (sourceKeys.has(key)) {
        ctx.addIssue({ code: "custom", path: ["sources", i, "title"], message: "This source is already listed" });
      }
      sourceKeys.add(key);
    });
    const both = s.restates.filter((id) => s.respondsTo.includes(id));
    if (both.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["restates"],
        message: `Statement ${both.join(", ")} is listed both as answered and as restated`,
      });
    }
  })
  // A date known only to the month is stored as the 1st (to the week, as its
  // Monday; to the year, as 1 January), never as a day that was not known.
  .transform((s) => ({ ...s, saidOn: startOfPrecision(s.saidOn, s.saidOnPrecision) }));

export type StatementInput = z.output<typeof statementInputSchema>;
export type StatementInputData = z.input<typeof statementInputSchema>;
export type NewActorInput = z.output<typeof newActorInputSchema>;
export type SourceInput = z.output<typeof sourceInputSchema>;
export type ConditionInput = z.output<typeof conditionInputSchema>;

/** The fields of a statement that an edit can change, by name. */
export const statementFieldNames = Object.keys(statementObject.shape) as (keyof StatementInput)[];

export const reasonSchema = textSchema("Say why you are making this change")
  .trim()
  .min(3, { error: "Say why you are making this change" })
  .max(statementLimits.reason, { error: `Keep the reason under ${statementLimits.reason} characters` });

export const versionSchema = z.coerce
  .number({ error: "The version being edited is missing" })
  .int({ error: "The version being edited is missing" })
  .positive({ error: "The version being edited is missing" });

/**
 * An edit through the API: the version it was based on, why, and only the
 * fields that change. The result is checked as a whole with statementInputSchema.
 */
export const statementPatchSchema = z.looseObject({ version: versionSchema, reason: reasonSchema });

export const retractionInputSchema = z.strictObject({
  reason: reasonSchema,
  version: versionSchema.optional(),
});
export type RetractionInput = z.output<typeof retractionInputSchema>;

/** Idempotency-Key header: printable ASCII, as the IETF draft and Stripe use it. */
export const idempotencyKeySchema = z
  .string()
  .min(1, { error: "Idempotency-Key must not be empty" })
  .max(200, { error: "Idempotency-Key must be at most 200 characters" })
  .regex(/^[\x21-\x7e]+$/, { error: "Idempotency-Key must be printable ASCII without spaces" });

export type FieldErrors = Record<string, string[]>;

/**
 * Errors by full path ("sources.1.url"), so a form can put each message beside
 * the field it is about, even in the second of several source rows.
 */
export function fieldErrorsByPath(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
