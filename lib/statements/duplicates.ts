import { endOfPrecision, startOfPrecision, type DatePrecision } from "../dates";

// Pure: what makes a new statement a likely duplicate of one recorded. The
// same words reach the ledger through several outlets, with different cuts
// ("[...]"), punctuation and quotation marks, so texts are compared as runs
// of words rather than as strings.

const SHINGLE = 4;

export function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function shingles(list: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= list.length; i++) out.add(list.slice(i, i + SHINGLE).join(" "));
  return out;
}

/**
 * True when two texts share enough wording to be the same words reported
 * twice: one contains the other, or at least a third of the shorter one's
 * four-word runs appear in the other.
 */
export function textsOverlap(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const longText = ` ${long.join(" ")} `;
  if (longText.includes(` ${short.join(" ")} `)) return short.length >= 3 || short.length === long.length;
  if (short.length < SHINGLE) return false;
  const shortRuns = shingles(short);
  const longRuns = shingles(long);
  let shared = 0;
  for (const run of shortRuns) if (longRuns.has(run)) shared++;
  return shared >= Math.max(1, Math.ceil(shortRuns.size / 3));
}

/** True when two dates, each read at its precision, can be the same day. */
export function periodsOverlap(
  a: { saidOn: string; saidOnPrecision: DatePrecision },
  b: { saidOn: string; saidOnPrecision: DatePrecision },
): boolean {
  const aFrom = startOfPrecision(a.saidOn, a.saidOnPrecision);
  const aTo = endOfPrecision(a.saidOn, a.saidOnPrecision);
  const bFrom = startOfPrecision(b.saidOn, b.saidOnPrecision);
  const bTo = endOfPrecision(b.saidOn, b.saidOnPrecision);
  return aFrom <= bTo && bFrom <= aTo;
}

type Candidate = {
  saidOn: string;
  saidOnPrecision: DatePrecision;
  quote: string | null;
  paraphrase: string | null;
};

/**
 * A new statement duplicates a recorded one of the same actor when their
 * dates can coincide and their quotes overlap (paraphrases, where one of the
 * two has no quote).
 */
export function isLikelyDuplicate(incoming: Candidate, recorded: Candidate): boolean {
  if (!periodsOverlap(incoming, recorded)) return false;
  if (incoming.quote && recorded.quote) return textsOverlap(incoming.quote, recorded.quote);
  const a = incoming.quote ?? incoming.paraphrase;
  const b = recorded.quote ?? recorded.paraphrase;
  return Boolean(a && b && textsOverlap(a, b));
}
