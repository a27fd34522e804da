import { describe, expect, it } from "vitest";
import { isLikelyDuplicate, periodsOverlap, textsOverlap } from "@/lib/statements/duplicates";

describe("textsOverlap", () => {
  it("sees the same words through different punctuation, quotation marks and cuts", () => {
    const a = "We are ready for negotiations, but not on the basis of wishful thinking.";
    expect(textsOverlap(a, "“We are ready for negotiations, but not on the basis of wishful thinking,” he said.")).toBe(true);
    expect(textsOverlap(a, "We are ready for negotiations [...] not on the basis of wishful thinking")).toBe(true);
    expect(textsOverlap("Zelenskyy: peace through strength", "ZELENSKYY — peace through strength!")).toBe(true);
  });

  it("does not match texts that merely share a few common words", () => {
    expect(textsOverlap("We are ready for talks.", "Talks are impossible while the strikes continue.")).toBe(false);
    expect(textsOverlap("no", "There is no question of a ceasefire now.")).toBe(false);
  });
});

describe("periodsOverlap and isLikelyDuplicate", () => {
  it("compares dates at their precision", () => {
    expect(periodsOverlap({ saidOn: "2023-06-14", saidOnPrecision: "day" }, { saidOn: "2023-06-01", saidOnPrecision: "month" })).toBe(true);
    expect(periodsOverlap({ saidOn: "2023-07-01", saidOnPrecision: "day" }, { saidOn: "2023-06-01", saidOnPrecision: "month" })).toBe(false);
    expect(periodsOverlap({ saidOn: "2024-01-02", saidOnPrecision: "day" }, { saidOn: "2024-01-01", saidOnPrecision: "week" })).toBe(true);
  });

  it("needs both a coinciding date and overlapping words", () => {
    const quote = "The conditions are well known: withdrawal of troops from the four regions.";
    const day = { saidOn: "2024-06-14", saidOnPrecision: "day" as const, paraphrase: null };
    expect(isLikelyDuplicate({ ...day, quote }, { ...day, quote: `He said: ${quote}` })).toBe(true);
    expect(isLikelyDuplicate({ ...day, quote }, { ...day, saidOn: "2024-06-15", quote })).toBe(false);
    expect(isLikelyDuplicate({ ...day, quote }, { ...day, quote: "Something else entirely, about grain exports." })).toBe(false);
    expect(isLikelyDuplicate({ ...day, quote: null, paraphrase: quote }, { ...day, quote })).toBe(true);
  });
});
