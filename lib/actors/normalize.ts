/**
 * The form of a name that lookups compare: lowercase, without diacritics,
 * punctuation or repeated spaces ("Zelenskyy" and "ZELENSKYY." match; the
 * transliterations themselves stay distinct and are listed as aliases).
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
