/**
 * The opening words of a statement for a short label. A quote keeps its
 * quotation marks and a paraphrase is named as one, so a label never dresses
 * a paraphrase as someone's words.
 */
export function statementExcerpt(
  { quote, paraphrase }: { quote: string | null; paraphrase: string | null },
  maxWords = 12,
): string {
  const text = quote ?? paraphrase;
  if (!text) return "No words recorded";
  const words = text.trim().split(/\s+/);
  const opening = words.slice(0, maxWords).join(" ") + (words.length > maxWords ? "…" : "");
  return quote ? `“${opening}”` : `Paraphrase: ${opening}`;
}
