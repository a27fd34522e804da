import { z } from "zod";
import { newActorInputSchema, sourceInputSchema } from "../statements/input-schema";
import {
  ceasefireStances,
  conditionPositions,
  conditionScopes,
  datePrecisions,
  isoDateSchema,
  talksStances,
} from "../statements/schema";

// Isomorphic: the extractor, the import API and the review screen share these.

/** Articles are text; anything larger than this is not a news story. */
export const MAX_ARTICLE_BYTES = 200 * 1024;

/**
 * The largest JSON body the extract API reads: an article at the limit, even
 * from an encoder that escapes every non-ASCII character (\uXXXX is up to
 * three times its UTF-8 bytes), and its other fields. Larger is a 413.
 */
export const MAX_EXTRACT_BODY_BYTES = 3 * MAX_ARTICLE_BYTES + 16 * 1024;

function looksLikeText(text: string): boolean {
  if (text.includes("\u0000")) return false;
  let unprintable = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // Controls other than tab, newline and carriage return, and U+FFFD (what a
    // decoder leaves behind for bytes that were not UTF-8).
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f || code === 0xfffd) unprintable++;
  }
  return unprintable <= text.length * 0.05;
}

export const extractRequestSchema = z.object({
  text: z
    .string({ error: "Paste the article's text" })
    .refine((t) => t.trim().length > 0, { error: "Paste the article's text" })
    .refine((t) => new TextEncoder().encode(t).length <= MAX_ARTICLE_BYTES, {
      error: `The text is larger than ${MAX_ARTICLE_BYTES / 1024} KB; paste one article at a time`,
    })
    .refine(looksLikeText, { error: "This does not look like text (binary or unprintable characters)" })
    .describe("The article: headline and body as plain text"),
  url: z.url({ error: "Enter a full web address" }).nullish().describe("Where the article was published"),
  outlet: z.string().trim().max(200).nullish().describe("Who published it"),
  publishedOn: isoDateSchema
    .nullish()
    .describe("The day it was published (YYYY-MM-DD): relative dates in the text are counted from it"),
});
export type ExtractRequest = z.infer<typeof extractRequestSchema>;

/** The paste form of the review screen: the article and what it is, as the source every accepted statement cites. */
export const importArticleSchema = sourceInputSchema.extend({ text: extractRequestSchema.shape.text });
export type ImportArticle = z.output<typeof importArticleSchema>;

const spanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type TextSpan = z.infer<typeof spanSchema>;

export const candidateSchema = z.object({
  speaker: z.object({ slug: z.string().nullable(), asWritten: z.string() }),
  /** Verbatim fragments of the article joined by " [...] "; each fragment is an exact substring. */
  quote: z.string().nullable(),
  /** Reported speech as printed, without quotation marks: a paraphrase, never shown as a quote. */
  paraphrase: z.string().nullable(),
  saidOn: isoDateSchema.nullable(),
  saidOnPrecision: z.enum(datePrecisions).nullable(),
  /** The words that dated it ("Friday", "last week"), or null when the publication date was assumed. */
  dateTrigger: z.string().nullable(),
  ceasefireStance: z.enum(ceasefireStances),
  talksStance: z.enum(talksStances),
  stanceTriggers: z.object({ ceasefire: z.string().optional(), talks: z.string().optional() }),
  conditions: z.array(
    z.object({
      slug: z.string(),
      appliesTo: z.enum(conditionScopes),
      position: z.enum(conditionPositions),
      trigger: z.string(),
    }),
  ),
  topics: z.array(z.object({ slug: z.string(), trigger: z.string() })),
  /** Character offsets into the submitted text: each quote fragment and each attribution. */
  evidence: z.array(spanSchema),
  background: z.boolean(),
});
export type Candidate = z.infer<typeof candidateSchema>;
export type CandidateCondition = Candidate["conditions"][number];

/** What the extractor knows: the actors, conditions and topics of the database. */
export type ImportKnowledge = {
  actors: {
    slug: string;
    name: string;
    kind?: string;
    aliases: string[];
    roles: { title: string; startOn: string; endOn?: string | null }[];
  }[];
  conditions: { slug: string; label: string; group: string; definition: string }[];
  topics: { slug: string; label: string }[];
};

/**
 * Accepting a candidate: the candidate as the extractor gave it, the article
 * it came from (its source), and who said it when the extractor could not
 * tell: an actor already recorded (slug or recorded spelling) or a new one.
 */
export const acceptCandidateSchema = z.object({
  candidate: candidateSchema,
  source: sourceInputSchema,
  actor: z.string().trim().max(200).nullish(),
  newActor: newActorInputSchema.nullish(),
});
export type AcceptCandidateInput = z.output<typeof acceptCandidateSchema>;
