/**
 * The words of a statement: a verbatim quote in quotation marks, or a
 * paraphrase clearly marked as one and never dressed as a quote.
 */
export function StatementWords({
  quote,
  paraphrase,
  size = "md",
}: {
  quote: string | null;
  paraphrase: string | null;
  size?: "md" | "lg";
}) {
  const text = size === "lg" ? "text-xl" : "text-base";
  return (
    <div className="space-y-2">
      {quote && (
        <blockquote className={`border-l-4 border-stone-800 pl-3 font-serif ${text} leading-relaxed text-stone-900`}>
          <span aria-hidden="true">“</span>
          {quote}
          <span aria-hidden="true">”</span>
          <span className="sr-only"> (verbatim quote)</span>
        </blockquote>
      )}
      {paraphrase && (
        <p className={`${quote ? "text-sm text-stone-700" : `${text} text-stone-800`}`}>
          <span className="mr-2 rounded bg-stone-200 px-1.5 py-0.5 align-middle text-[0.7rem] font-semibold uppercase tracking-wide text-stone-700">
            Paraphrase
          </span>
          {paraphrase}
        </p>
      )}
    </div>
  );
}
