import { describe, expect, it } from "vitest";
import { fieldErrorsByPath, statementInputSchema } from "@/lib/statements/input-schema";

const valid = {
  actor: "sergey-lavrov",
  saidOn: "2024-03-05",
  quote: "We are ready for talks.",
  sources: [{ url: "https://example.org/a", outlet: "Wire", title: "Report" }],
};

const errorsOf = (value: unknown) => {
  const parsed = statementInputSchema.safeParse(value);
  if (parsed.success) throw new Error("expected errors");
  return fieldErrorsByPath(parsed.error);
};

describe("statementInputSchema", () => {
  it("fills the defaults an editor need not choose", () => {
    expect(statementInputSchema.parse(valid)).toMatchObject({
      saidOnPrecision: "day",
      ceasefireStance: "none",
      talksStance: "none",
      background: false,
      origin: "manual",
      paraphrase: null,
      topics: [],
      conditions: [],
      respondsTo: [],
      sources: [{ kind: "other", publishedOn: null }],
    });
  });

  it("refuses a NUL character in any text, the source's address included, beside its field", () => {
    const nul = "a\u0000b";
    expect(errorsOf({ ...valid, quote: nul }).quote?.[0]).toMatch(/NUL/);
    expect(errorsOf({ ...valid, venue: nul }).venue?.[0]).toMatch(/NUL/);
    expect(errorsOf({ ...valid, sources: [{ ...valid.sources[0], url: `https://example.org/${nul}` }] })["sources.0.url"]?.[0]).toMatch(/NUL/);
    expect(errorsOf({ ...valid, sources: [{ ...valid.sources[0], outlet: nul }] })["sources.0.outlet"]?.[0]).toMatch(/NUL/);
  });

  it("wants a quote, a paraphrase or both, and treats blank text as none", () => {
    expect(errorsOf({ ...valid, quote: "  " }).quote).toEqual(["Give the verbatim quote, a paraphrase, or both"]);
    expect(statementInputSchema.parse({ ...valid, quote: null, paraphrase: "He said talks were possible." }).quote).toBeNull();
  });

  it("stores a date at the start of what is known (month → the 1st, week → its Monday, year → 1 January)", () => {
    const at = (saidOn: string, saidOnPrecision: string) => statementInputSchema.parse({ ...valid, saidOn, saidOnPrecision }).saidOn;
    expect(at("2023-06-17", "month")).toBe("2023-06-01");
    expect(at("2023-09-07", "week")).toBe("2023-09-04");
    expect(at("2023-09-07", "year")).toBe("2023-01-01");
    expect(at("2023-09-07", "day")).toBe("2023-09-07");
  });

  it("refuses impossible dates, dates to come, and a publication before the words were said", () => {
    expect(errorsOf({ ...valid, saidOn: "2023-02-30" }).saidOn).toBeDefined();
    expect(errorsOf({ ...valid, saidOn: "2999-01-01" }).saidOn).toEqual(["The date said cannot be in the future"]);
    expect(errorsOf({ ...valid, publishedOn: "2024-03-04" }).publishedOn).toBeDefined();
    // Published within the month a month-precise statement stands for is fine.
    expect(statementInputSchema.safeParse({ ...valid, saidOn: "2024-03-20", saidOnPrecision: "month", publishedOn: "2024-03-02" }).success).toBe(true);
  });

  it("accepts only http and https source addresses, and at least one source", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "ftp://example.org/x", "example.org"]) {
      expect(errorsOf({ ...valid, sources: [{ ...valid.sources[0], url }] })["sources.0.url"]).toBeDefined();
    }
    expect(errorsOf({ ...valid, sources: [] }).sources).toEqual(["Add at least one source"]);
    expect(statementInputSchema.parse({ ...valid, sources: [{ ...valid.sources[0], url: "" }] }).sources[0].url).toBeNull();
  });

  it("refuses the same condition twice for the same stage, but not for another stage", () => {
    const c = { slug: "no-nato-membership", position: "demands" };
    expect(
      errorsOf({ ...valid, conditions: [{ ...c, appliesTo: "talks" }, { ...c, appliesTo: "talks", position: "rejects" }] })["conditions.1.slug"],
    ).toBeDefined();
    expect(statementInputSchema.safeParse({ ...valid, conditions: [{ ...c, appliesTo: "talks" }, { ...c, appliesTo: "settlement" }] }).success).toBe(true);
  });

  it("needs exactly one of an existing actor and a new one", () => {
    expect(errorsOf({ ...valid, actor: null }).actor).toBeDefined();
    expect(errorsOf({ ...valid, newActor: { name: "Recep Tayyip Erdoğan" } }).actor).toBeDefined();
    const parsed = statementInputSchema.parse({ ...valid, actor: "", newActor: { name: "Recep Tayyip Erdoğan", aliases: ["Erdogan", "Erdogan"] } });
    expect(parsed.newActor).toEqual({ name: "Recep Tayyip Erdoğan", aliases: ["Erdogan"], affiliation: null, kind: "person" });
  });

  it("refuses fields it does not know and text over its limit", () => {
    expect(errorsOf({ ...valid, quotee: "x" }).form).toBeDefined();
    expect(errorsOf({ ...valid, quote: "x".repeat(5_001) }).quote).toBeDefined();
    expect(errorsOf({ ...valid, respondsTo: [1, 2], restates: [2] }).restates).toBeDefined();
  });
});
