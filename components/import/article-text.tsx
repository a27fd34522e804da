import { Fragment } from "react";
import { highlightSegments } from "@/lib/import/highlight";
import type { ReviewCandidate } from "@/lib/import/review";

const markColors = [
  "bg-amber-100",
  "bg-sky-100",
  "bg-emerald-100",
  "bg-rose-100",
  "bg-violet-100",
  "bg-lime-100",
] as const;

/** The mark colour of a candidate, shared by its highlights and its card. */
export function candidateColor(number: number): string {
  return markColors[(number - 1) % markColors.length];
}

/**
 * The article as pasted, with each candidate's evidence marked and numbered.
 * Every piece of it is rendered as text: nothing from the article is ever
 * read as markup.
 */
export function ArticleText({ text, candidates }: { text: string; candidates: ReviewCandidate[] }) {
  const segments = highlightSegments(
    text.length,
    candidates.map((c) => ({ number: c.number, evidence: c.candidate.evidence })),
  );
  return (
    <div className="whitespace-pre-wrap break-words font-serif text-[0.95rem] leading-relaxed text-stone-900">
      {segments.map((s) => {
        const words = text.slice(s.start, s.end);
        if (s.numbers.length === 0) return <Fragment key={s.start}>{words}</Fragment>;
        return (
          <mark
            key={s.start}
            className={`${candidateColor(s.numbers[0])} rounded-sm text-inherit ${s.numbers.length > 1 ? "underline decoration-stone-500 decoration-2 underline-offset-4" : ""}`}
          >
            {s.starts.map((n) => (
              <a
                key={n}
                id={`evidence-${n}-${s.start}`}
                href={`#candidate-${n}`}
                aria-label={`Candidate ${n}`}
                className="mr-0.5 inline-block rounded bg-stone-800 px-1 align-text-top font-sans text-[0.65rem] font-semibold leading-4 text-white no-underline hover:bg-blue-800"
              >
                {n}
              </a>
            ))}
            {words}
          </mark>
        );
      })}
    </div>
  );
}
