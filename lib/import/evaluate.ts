import type { DatePrecision } from "../dates";
import type { CeasefireStance, ConditionPosition, ConditionScope, TalksStance } from "../statements/schema";
import { extractStatements, QUOTE_JOINER, type ExtractInput } from "./extract";
import type { Candidate, ImportKnowledge } from "./schema";

/*
 * Scores the extractor against statements recorded by hand from the same
 * articles. Pure: the caller supplies the articles and the record.
 */

export type ExpectedStatement = {
  key: string;
  actor: string;
  quote?: string | null;
  paraphrase?: string | null;
  saidOn: string;
  saidOnPrecision: DatePrecision;
  background: boolean;
  ceasefireStance: CeasefireStance;
  talksStance: TalksStance;
  conditions: { slug: string; appliesTo: ConditionScope; position: ConditionPosition }[];
};

export type EvaluationCase = { name: string; input: ExtractInput; expected: ExpectedStatement[] };

type Pair = { expected: ExpectedStatement; candidate: Candidate; overlap: number };

export type CaseResult = {
  name: string;
  quoteCandidates: number;
  quoteCandidatesKnownSpeaker: number;
  quoteCandidatesMatched: number;
  expectedQuotes: number;
  expectedQuotesFound: number;
  expectedParaphrases: number;
  expectedParaphrasesFound: number;
  pairs: Pair[];
  missed: ExpectedStatement[];
  unmatchedQuoteCandidates: Candidate[];
};

export type Ratio = { hits: number; total: number; value: number };

export type EvaluationReport = {
  cases: CaseResult[];
  quotePrecision: Ratio;
  /** Precision over quote candidates whose speaker resolved to a known actor. */
  quotePrecisionKnownSpeaker: Ratio;
  quoteRecall: Ratio;
  paraphraseRecall: Ratio;
  /** Same saidOn and precision, over matched pairs. */
  dateAccuracy: Ratio;
  backgroundAccuracy: Ratio;
  /** Condition slugs, over matched pairs. */
  conditionPrecision: Ratio;
  conditionRecall: Ratio;
  /** Slug, stage (appliesTo) and position all the same, over matched pairs. */
  conditionStrictPrecision: Ratio;
  conditionStrictRecall: Ratio;
  ceasefireStanceAccuracy: Ratio;
  talksStanceAccuracy: Ratio;
};

/** Threshold of token overlap (overlap coefficient) for two texts to be the same words. */
export const OVERLAP_THRESHOLD = 0.5;

const STOPWORDS = new Set(
  "a an the and or but of to in on at for with by from as is are was were be been has have had it its this that these those which who what will would could should can not no than then there their they he she his her him we our us you your i me my".split(
    " ",
  ),
);

/** Lowercase words without accents; hyphens inside a word are dropped ("cease-fire" is "ceasefire"). */
export function wordsOf(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/(\p{L})[-‐‑](?=\p{L})/gu, "$1")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** |A ∩ B| / min(|A|, |B|) over word sets: 1 when one text's words are all in the other. */
export function overlapCoefficient(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return shared / Math.min(sa.size, sb.size);
}

/** Best overlap between any fragment of one quote and any fragment of the other. */
export function quoteOverlap(candidateQuote: string, expectedQuote: string): number {
  let best = 0;
  for (const c of candidateQuote.split(QUOTE_JOINER)) {
    for (const e of expectedQuote.split(QUOTE_JOINER)) best = Math.max(best, overlapCoefficient(wordsOf(c), wordsOf(e)));
  }
  return best;
}

function paraphraseOverlap(candidate: Candidate, expectedParaphrase: string): number {
  const content = (t: string) => wordsOf(t).filter((w) => !STOPWORDS.has(w));
  const text = [candidate.paraphrase, candidate.quote].filter(Boolean).join(" ");
  return overlapCoefficient(content(text), content(expectedParaphrase));
}

const ratio = (hits: number, total: number): Ratio => ({ hits, total, value: total === 0 ? 1 : hits / total });

function evaluateCase(c: EvaluationCase, candidates: Candidate[]): CaseResult {
  const quoteCandidates = candidates.filter((k) => k.quote);
  const expectedQuotes = c.expected.filter((e) => e.quote);
  const expectedParaphrases = c.expected.filter((e) => !e.quote && e.paraphrase);

  const quoteMatch = (k: Candidate, e: ExpectedStatement) =>
    k.speaker.slug === e.actor && k.quote && e.quote ? quoteOverlap(k.quote, e.quote) : 0;

  const matchedCandidates = quoteCandidates.filter((k) => expectedQuotes.some((e) => quoteMatch(k, e) >= OVERLAP_THRESHOLD));
  const pairs: Pair[] = [];
  const missed: ExpectedStatement[] = [];
  for (const e of expectedQuotes) {
    const best = quoteCandidates
      .map((k) => ({ expected: e, candidate: k, overlap: quoteMatch(k, e) }))
      .sort((a, b) => b.overlap - a.overlap)[0];
    if (best && best.overlap >= OVERLAP_THRESHOLD) pairs.push(best);
    else missed.push(e);
  }
  let paraphrasesFound = 0;
  for (const e of expectedParaphrases) {
    const best = candidates
      .filter((k) => k.speaker.slug === e.actor)
      .map((k) => ({ expected: e, candidate: k, overlap: paraphraseOverlap(k, e.paraphrase!) }))
      .sort((a, b) => b.overlap - a.overlap)[0];
    if (best && best.overlap >= OVERLAP_THRESHOLD) {
      pairs.push(best);
      paraphrasesFound++;
    } else missed.push(e);
  }
  return {
    name: c.name,
    quoteCandidates: quoteCandidates.length,
    quoteCandidatesKnownSpeaker: quoteCandidates.filter((k) => k.speaker.slug !== null).length,
    quoteCandidatesMatched: matchedCandidates.length,
    expectedQuotes: expectedQuotes.length,
    expectedQuotesFound: expectedQuotes.length - missed.filter((m) => m.quote).length,
    expectedParaphrases: expectedParaphrases.length,
    expectedParaphrasesFound: paraphrasesFound,
    pairs,
    missed,
    unmatchedQuoteCandidates: quoteCandidates.filter((k) => !matchedCandidates.includes(k)),
  };
}

export function evaluateExtraction(
  cases: EvaluationCase[],
  knowledge: ImportKnowledge,
  extract: typeof extractStatements = extractStatements,
): EvaluationReport {
  const results = cases.map((c) => evaluateCase(c, extract(c.input, knowledge).candidates));
  const sum = (f: (r: CaseResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const pairs = results.flatMap((r) => r.pairs);

  let conditionTp = 0;
  let conditionFp = 0;
  let conditionFn = 0;
  let strictTp = 0;
  let strictFp = 0;
  let strictFn = 0;
  for (const { expected, candidate } of pairs) {
    const want = new Set(expected.conditions.map((c) => c.slug));
    const got = new Set(candidate.conditions.map((c) => c.slug));
    for (const slug of got) {
      if (want.has(slug)) conditionTp++;
      else conditionFp++;
    }
    for (const slug of want) if (!got.has(slug)) conditionFn++;
    const key = (c: { slug: string; appliesTo: string; position: string }) => `${c.slug}|${c.appliesTo}|${c.position}`;
    const wantStrict = new Set(expected.conditions.map(key));
    const gotStrict = new Set(candidate.conditions.map(key));
    for (const k of gotStrict) {
      if (wantStrict.has(k)) strictTp++;
      else strictFp++;
    }
    for (const k of wantStrict) if (!gotStrict.has(k)) strictFn++;
  }

  return {
    cases: results,
    quotePrecision: ratio(sum((r) => r.quoteCandidatesMatched), sum((r) => r.quoteCandidates)),
    quotePrecisionKnownSpeaker: ratio(sum((r) => r.quoteCandidatesMatched), sum((r) => r.quoteCandidatesKnownSpeaker)),
    quoteRecall: ratio(sum((r) => r.expectedQuotesFound), sum((r) => r.expectedQuotes)),
    paraphraseRecall: ratio(sum((r) => r.expectedParaphrasesFound), sum((r) => r.expectedParaphrases)),
    dateAccuracy: ratio(
      pairs.filter((p) => p.candidate.saidOn === p.expected.saidOn && p.candidate.saidOnPrecision === p.expected.saidOnPrecision).length,
      pairs.length,
    ),
    backgroundAccuracy: ratio(pairs.filter((p) => p.candidate.background === p.expected.background).length, pairs.length),
    conditionPrecision: ratio(conditionTp, conditionTp + conditionFp),
    conditionRecall: ratio(conditionTp, conditionTp + conditionFn),
    conditionStrictPrecision: ratio(strictTp, strictTp + strictFp),
    conditionStrictRecall: ratio(strictTp, strictTp + strictFn),
    ceasefireStanceAccuracy: ratio(pairs.filter((p) => p.candidate.ceasefireStance === p.expected.ceasefireStance).length, pairs.length),
    talksStanceAccuracy: ratio(pairs.filter((p) => p.candidate.talksStance === p.expected.talksStance).length, pairs.length),
  };
}

const pct = (r: Ratio) => `${(r.value * 100).toFixed(1).padStart(5)}%  (${r.hits}/${r.total})`;

/** The report as a small plain-text table, for the terminal. */
export function formatEvaluation(report: EvaluationReport, verbose = false): string {
  const lines: string[] = [];
  const header = ["article", "quote cand.", "matched", "demo quotes", "found", "demo paraphr.", "found"];
  const rows = report.cases.map((r) => [
    r.name,
    String(r.quoteCandidates),
    String(r.quoteCandidatesMatched),
    String(r.expectedQuotes),
    String(r.expectedQuotesFound),
    String(r.expectedParaphrases),
    String(r.expectedParaphrasesFound),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  lines.push(line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), "");
  const metrics: [string, Ratio][] = [
    ["speaker+quote precision", report.quotePrecision],
    ["  (known speakers only)", report.quotePrecisionKnownSpeaker],
    ["speaker+quote recall", report.quoteRecall],
    ["paraphrase recall", report.paraphraseRecall],
    ["date (day+precision)", report.dateAccuracy],
    ["background flag", report.backgroundAccuracy],
    ["condition precision", report.conditionPrecision],
    ["condition recall", report.conditionRecall],
    ["  strict precision", report.conditionStrictPrecision],
    ["  strict recall", report.conditionStrictRecall],
    ["ceasefire stance", report.ceasefireStanceAccuracy],
    ["talks stance", report.talksStanceAccuracy],
  ];
  const labelWidth = Math.max(...metrics.map(([label]) => label.length));
  for (const [label, r] of metrics) lines.push(`${label.padEnd(labelWidth)}  ${pct(r)}`);
  if (verbose) {
    for (const r of report.cases) {
      lines.push("", `## ${r.name}`);
      for (const m of r.missed) lines.push(`  missed      ${m.key}`);
      for (const k of r.unmatchedQuoteCandidates) {
        lines.push(`  unmatched   ${k.speaker.slug ?? "?"} (${k.speaker.asWritten}): ${k.quote?.slice(0, 90)}`);
      }
      for (const p of r.pairs) {
        const dateOk = p.candidate.saidOn === p.expected.saidOn && p.candidate.saidOnPrecision === p.expected.saidOnPrecision;
        if (!dateOk) {
          lines.push(
            `  date        ${p.expected.key}: got ${p.candidate.saidOn} ${p.candidate.saidOnPrecision}, want ${p.expected.saidOn} ${p.expected.saidOnPrecision}`,
          );
        }
        const want = p.expected.conditions.map((c) => c.slug).sort().join(",");
        const got = p.candidate.conditions.map((c) => c.slug).filter((s, i, a) => a.indexOf(s) === i).sort().join(",");
        if (want !== got) lines.push(`  conditions  ${p.expected.key}: got [${got}], want [${want}]`);
        if (p.candidate.ceasefireStance !== p.expected.ceasefireStance || p.candidate.talksStance !== p.expected.talksStance) {
          lines.push(
            `  stances     ${p.expected.key}: got ${p.candidate.ceasefireStance}/${p.candidate.talksStance}, want ${p.expected.ceasefireStance}/${p.expected.talksStance}`,
          );
        }
      }
    }
  }
  return lines.join("\n");
}
