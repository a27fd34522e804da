import type { TextSpan } from "./schema";

// Pure: the article cut into runs of text, each knowing which candidates'
// evidence covers it, so the review can mark them without ever treating the
// article as HTML.

export type HighlightSegment = {
  start: number;
  end: number;
  /** The candidates whose evidence covers this run, in candidate order. */
  numbers: number[];
  /** The candidates whose evidence starts here: where their number is shown. */
  starts: number[];
};

/** A candidate's spans, clamped to the text and merged where they touch or overlap. */
function runs(spans: TextSpan[], length: number): TextSpan[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextSpan[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

export function highlightSegments(length: number, candidates: { number: number; evidence: TextSpan[] }[]): HighlightSegment[] {
  const byCandidate = candidates.map((c) => ({ number: c.number, runs: runs(c.evidence, length) }));
  const cuts = new Set<number>([0, length]);
  for (const c of byCandidate) for (const r of c.runs) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: HighlightSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const numbers: number[] = [];
    const starts: number[] = [];
    for (const c of byCandidate) {
      const run = c.runs.find((r) => r.start <= start && r.end >= end);
      if (!run) continue;
      numbers.push(c.number);
      if (run.start === start) starts.push(c.number);
    }
    segments.push({ start, end, numbers, starts });
  }
  return segments;
}
