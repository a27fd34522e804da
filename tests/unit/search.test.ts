import { describe, expect, it } from "vitest";
import { parseSearch, spellingVariants } from "@/lib/statements/search";

describe("search parsing", () => {
  it("reads words, quoted phrases, OR and exclusions as web search does", () => {
    expect(parseSearch('"just peace" talks OR -ultimatum')).toEqual([
      [
        { negated: false, phrase: true, variants: ["just peace"] },
        { negated: false, phrase: false, variants: ["talks"] },
      ],
      [{ negated: true, phrase: false, variants: ["ultimatum"] }],
    ]);
  });

  it("keeps an unclosed quote as a phrase to the end", () => {
    expect(parseSearch('"freezing the')).toEqual([[{ negated: false, phrase: true, variants: ["freezing the"] }]]);
  });

  it("ignores a stray OR, bare punctuation and blank input", () => {
    expect(parseSearch("OR talks OR")).toEqual([[{ negated: false, phrase: false, variants: ["talks"] }]]);
    expect(parseSearch(" - & ")).toEqual([]);
    expect(parseSearch("")).toEqual([]);
  });

  it("expands each known spelling, inside phrases too", () => {
    expect(spellingVariants("Kiev")).toEqual(["Kiev", "kyiv"]);
    expect(spellingVariants("talks in Kiev, said Zelenskiy")).toHaveLength(2 * 5);
    expect(spellingVariants("talks in Kiev, said Zelenskiy")).toContain("talks in kyiv, said zelensky");
    expect(parseSearch('"cease-fire in Kyiv"')[0][0].variants).toEqual([
      "cease-fire in Kyiv",
      "cease-fire in kiev",
      "ceasefire in Kyiv",
      "ceasefire in kiev",
    ]);
  });

  it("bounds the spellings of a phrase full of variant names", () => {
    expect(spellingVariants("Zelensky Zelensky Zelensky Kyiv Kyiv").length).toBeLessThanOrEqual(16);
  });
});
