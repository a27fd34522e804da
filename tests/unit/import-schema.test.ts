import { describe, expect, it } from "vitest";
import { z } from "zod";
import { extractRequestSchema, MAX_ARTICLE_BYTES } from "@/lib/import/schema";

const errorsOf = (body: unknown) => {
  const parsed = extractRequestSchema.safeParse(body);
  return parsed.success ? null : z.flattenError(parsed.error).fieldErrors;
};

describe("extract request", () => {
  it("accepts an article with its metadata", () => {
    expect(errorsOf({ text: "Blinken said Friday…", url: "https://example.org/a", outlet: "AP", publishedOn: "2023-06-02" })).toBeNull();
    expect(errorsOf({ text: "Tabs\tand\nnew lines\r\nare fine." })).toBeNull();
  });

  it("rejects empty, oversized and binary text with a clear message", () => {
    expect(errorsOf({ text: "   \n " })?.text?.[0]).toMatch(/Paste the article/);
    expect(errorsOf({})?.text?.[0]).toMatch(/Paste the article/);
    expect(errorsOf({ text: "a".repeat(MAX_ARTICLE_BYTES + 1) })?.text?.[0]).toMatch(/larger than 200 KB/);
    // Multibyte text counts in bytes, as it travels.
    expect(errorsOf({ text: "ї".repeat(MAX_ARTICLE_BYTES / 2 + 1) })?.text?.[0]).toMatch(/larger than/);
    expect(errorsOf({ text: "PK\u0003\u0004\u0000\u0000binary" })?.text?.[0]).toMatch(/does not look like text/);
    expect(errorsOf({ text: `${"\u0001\u0002\u0003\u0004\u0005\u0006".repeat(4)}abc` })?.text?.[0]).toMatch(/does not look like text/);
  });

  it("rejects a bad date or address", () => {
    expect(errorsOf({ text: "x", publishedOn: "2023-02-30" })?.publishedOn).toBeDefined();
    expect(errorsOf({ text: "x", url: "not a url" })?.url).toBeDefined();
  });
});
