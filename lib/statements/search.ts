// Isomorphic and pure: turns what a user types in the search box into a
// structure the data layer compiles to a PostgreSQL tsquery.
//
// The syntax is the one people know from web search engines (and PostgreSQL's
// websearch_to_tsquery): words, "quoted phrases", OR, and -exclusions. It is
// parsed here rather than handed to websearch_to_tsquery because sources spell
// names differently and each spelling must match the others, also inside a
// phrase, which websearch_to_tsquery cannot express (it ignores parentheses).

/** One word or phrase; matches when any of its spellings occurs. */
export type SearchTerm = { negated: boolean; phrase: boolean; variants: string[] };

/** Statements match when every term of at least one group matches. */
export type SearchQuery = SearchTerm[][];

// Sources spell the same names differently; a search for one spelling finds all.
export const SPELLING_GROUPS: readonly (readonly string[])[] = [
  ["zelensky", "zelenskyy", "zelenskiy", "zelenskii", "zelenski"],
  ["kyiv", "kiev"],
  ["ceasefire", "cease-fire"],
  ["kharkiv", "kharkov"],
  ["luhansk", "lugansk"],
  ["zaporizhzhia", "zaporozhye", "zaporizhia"],
  ["donbas", "donbass"],
  ["odesa", "odessa"],
];

// A phrase naming several variant-spelled places would otherwise multiply out.
const MAX_VARIANTS = 16;

const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** Every spelling of a text: "talks in Kiev" → ["talks in Kiev", "talks in kyiv"]. */
export function spellingVariants(text: string): string[] {
  let variants = [""];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const before = text.slice(last, match.index);
    const group = SPELLING_GROUPS.find((g) => g.includes(match[0].toLowerCase()));
    const spellings = group ? [match[0], ...group.filter((s) => s !== match[0].toLowerCase())] : [match[0]];
    variants = variants.flatMap((v) => spellings.map((s) => v + before + s)).slice(0, MAX_VARIANTS);
    last = match.index + match[0].length;
  }
  return variants.map((v) => v + text.slice(last));
}

/**
 * Parses a search: `"freezing the lines" kiev -crimea`, `putin OR lavrov`.
 * OR binds looser than the implicit AND between terms, as in web search.
 * Returns an empty query when nothing searchable is left.
 */
export function parseSearch(input: string): SearchQuery {
  const tokens: { text: string; phrase: boolean; negated: boolean }[] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const m of input.matchAll(pattern)) {
    if (m[2] !== undefined) {
      tokens.push({ text: m[2], phrase: true, negated: m[1] === "-" });
    } else {
      const raw = m[3];
      const negated = raw.startsWith("-");
      tokens.push({ text: negated ? raw.slice(1) : raw, phrase: false, negated });
    }
  }

  const groups: SearchQuery = [[]];
  for (const token of tokens) {
    if (!token.phrase && !token.negated && token.text.toLowerCase() === "or") {
      if (groups.at(-1)!.length > 0) groups.push([]);
      continue;
    }
    // Punctuation alone ("-", "&", "!") has nothing to search for.
    if (!/[\p{L}\p{N}]/u.test(token.text)) continue;
    groups.at(-1)!.push({
      negated: token.negated,
      phrase: token.phrase,
      variants: spellingVariants(token.text.trim()),
    });
  }
  return groups.filter((g) => g.length > 0);
}
