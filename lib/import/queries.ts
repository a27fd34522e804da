import "server-only";
import { fromDbDate } from "../dates";
import { getDb } from "../db";
import { listLikelyDuplicates, type DuplicateView } from "../statements/queries";
import { extractStatements, QUOTE_JOINER } from "./extract";
import type { ReviewCandidate } from "./review";
import { candidateSchema, type Candidate, type ExtractRequest, type ImportKnowledge } from "./schema";

const candidateListSchema = candidateSchema.array();

/**
 * What the extractor matches an article against, read at request time so an
 * actor or a spelling an editor added a minute ago is recognised.
 */
export async function getImportKnowledge(): Promise<ImportKnowledge> {
  const db = await getDb();
  const [actors, conditions, topics] = await Promise.all([
    db.actor.findMany({
      select: {
        slug: true,
        name: true,
        kind: true,
        aliases: { select: { alias: true }, orderBy: { id: "asc" } },
        roles: { select: { title: true, startOn: true, endOn: true }, orderBy: { startOn: "asc" } },
      },
      orderBy: { id: "asc" },
    }),
    db.condition.findMany({
      select: { slug: true, label: true, group: true, definition: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
    db.topic.findMany({ select: { slug: true, label: true }, orderBy: { id: "asc" } }),
  ]);
  return {
    actors: actors.map((a) => ({
      slug: a.slug,
      name: a.name,
      kind: a.kind,
      // The name is stored as an alias too (so lookups find it); the extractor reads it from `name`.
      aliases: a.aliases.map((x) => x.alias).filter((alias) => alias !== a.name),
      roles: a.roles.map((r) => ({ title: r.title, startOn: fromDbDate(r.startOn), endOn: r.endOn ? fromDbDate(r.endOn) : null })),
    })),
    conditions,
    topics,
  };
}

/**
 * The extractor's candidates for an article. Each is checked against the
 * candidate schema on the way out: a candidate that does not fit is a bug in
 * the extractor and must fail loudly, not reach an editor half-formed.
 */
export async function extractCandidates(request: ExtractRequest): Promise<Candidate[]> {
  const knowledge = await getImportKnowledge();
  const { candidates } = extractStatements(request, knowledge);
  return candidateListSchema.parse(candidates);
}

/** The candidates of an article as the review screen shows them: numbered, checked, with likely duplicates. */
export async function reviewArticle(request: ExtractRequest): Promise<ReviewCandidate[]> {
  const candidates = await extractCandidates(request);
  const duplicates = await findRecordedDuplicates(candidates);
  return candidates.map((candidate, i) => ({
    number: i + 1,
    candidate,
    duplicates: duplicates[i],
    // The extractor copies quotes out of the text; this is the check that it
    // did, since a quote that is not in the article must never look verbatim.
    unverifiedFragments: (candidate.quote?.split(QUOTE_JOINER) ?? []).filter((f) => !request.text.includes(f)),
  }));
}

/**
 * For each candidate, the statements already recorded that it likely repeats:
 * the same actor, a date that can be the same day, overlapping words (the
 * rule createStatement applies before saving). A candidate whose speaker is
 * not a recorded actor, or that has no date, has none to compare with.
 */
export async function findRecordedDuplicates(candidates: Candidate[]): Promise<DuplicateView[][]> {
  return Promise.all(
    candidates.map(async (c) => {
      if (!c.speaker.slug || !c.saidOn || !c.saidOnPrecision) return [];
      const { saidOn, saidOnPrecision, quote, paraphrase } = c;
      return listLikelyDuplicates({ slug: c.speaker.slug }, { saidOn, saidOnPrecision, quote, paraphrase });
    }),
  );
}
