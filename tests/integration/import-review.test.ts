import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { highlightSegments } from "@/lib/import/highlight";
import { acceptCandidate } from "@/lib/import/mutations";
import { reviewArticle } from "@/lib/import/queries";
import {
  acceptFormDataToInput,
  acceptFormDataToValues,
  candidateToFormValues,
  candidateToStatementData,
  importFormDataToValues,
  type ReviewCandidate,
} from "@/lib/import/review";
import { acceptCandidateSchema, importArticleSchema } from "@/lib/import/schema";
import { DEMO_DATA_DIR } from "@/lib/seed/demo-data";
import { formValuesToInput } from "@/lib/statements/form-values";
import { statementInputSchema } from "@/lib/statements/input-schema";
import { getStatement } from "@/lib/statements/queries";
import { countRows, createTestEditor, type TestEditor } from "../support/editors";

// The review screen's round trips, without a browser: the paste form, the
// accept form each candidate card sends, and the statement form an edit opens.

let editor: TestEditor;
let article: string;
let review: ReviewCandidate[];

/** The paste form as a browser sends it: a textarea's line breaks as CRLF. */
function pasteForm(text: string): FormData {
  const form = new FormData();
  form.set("text", text.replace(/\n/g, "\r\n"));
  form.set("title", "The US, Kiev and allies reject Putin’s cease-fire offer");
  form.set("outlet", "RKS NEWS");
  form.set("url", "");
  form.set("publishedOn", "2024-06-14");
  form.set("kind", "newspaper");
  return form;
}

beforeAll(async () => {
  editor = await createTestEditor("editor");
  article = await readFile(path.join(DEMO_DATA_DIR, "articles", "004_5d2c1e2cb9a5aebb.txt"), "utf8");
  review = await reviewArticle({ text: article, outlet: "RKS NEWS", publishedOn: "2024-06-14" });
});

describe("the paste form", () => {
  it("reads the article with LF line breaks, so evidence offsets point into the text the review shows", async () => {
    const parsed = importArticleSchema.parse(importFormDataToValues(pasteForm(article)));
    expect(parsed.text).toBe(article);
    expect(parsed).toMatchObject({ url: null, outlet: "RKS NEWS", publishedOn: "2024-06-14", kind: "newspaper" });
  });

  it("requires the text, the headline and the outlet, and refuses binary text", () => {
    const form = pasteForm("\u0000\u0001\u0002 binary");
    form.set("title", " ");
    form.set("outlet", "");
    const parsed = importArticleSchema.safeParse(importFormDataToValues(form));
    expect(parsed.success).toBe(false);
    const paths = new Set(parsed.error!.issues.map((i) => i.path.join(".")));
    expect([...paths].sort()).toEqual(["outlet", "text", "title"]);
  });
});

describe("the accept form of a candidate card", () => {
  it("carries the candidate and its article as hidden JSON and saves the statement they describe", async () => {
    const fresh = review.find((c) => c.candidate.speaker.slug && c.candidate.saidOn && c.duplicates.length === 0)!;
    const parsed = importArticleSchema.parse(importFormDataToValues(pasteForm(article)));
    const sourceFields = { url: parsed.url, outlet: parsed.outlet, title: parsed.title, publishedOn: parsed.publishedOn, kind: parsed.kind };
    const form = new FormData();
    form.set("candidate", JSON.stringify(fresh.candidate));
    form.set("source", JSON.stringify(sourceFields));
    form.set("speakerMode", "resolved");
    const input = acceptCandidateSchema.parse(acceptFormDataToInput(form, acceptFormDataToValues(form)));
    const result = await acceptCandidate(input, { id: editor.id, via: "form" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect((await getStatement(result.id))!.sources).toEqual([{ ...sourceFields }]);
  });

  it("refuses hidden fields that were tampered with, before anything is saved", async () => {
    const before = await countRows();
    const form = new FormData();
    form.set("candidate", JSON.stringify({ ...review[0].candidate, saidOnPrecision: "century" }));
    form.set("source", "{not json");
    expect(acceptCandidateSchema.safeParse(acceptFormDataToInput(form, acceptFormDataToValues(form))).success).toBe(false);
    expect(await countRows()).toEqual(before);
  });

  it("reads the speaker the editor chose only from the chosen option", () => {
    const form = new FormData();
    form.set("speakerMode", "new");
    form.set("actor", "sergey-lavrov");
    form.set("newActor.name", "Western allies");
    form.set("newActor.kind", "organisation");
    const input = acceptFormDataToInput(form, acceptFormDataToValues(form));
    expect(input).toMatchObject({ actor: null, newActor: { name: "Western allies", kind: "organisation" } });
  });
});

describe("editing a candidate", () => {
  it("opens the statement form filled with what accepting would have saved", () => {
    const source = { url: "https://example.org/a", outlet: "RKS NEWS", title: "Headline", publishedOn: "2024-06-14", kind: "newspaper" as const };
    for (const { candidate } of review.filter((c) => c.candidate.speaker.slug && c.candidate.saidOn)) {
      const viaForm = statementInputSchema.parse(formValuesToInput(candidateToFormValues(candidate, source)));
      const viaAccept = statementInputSchema.parse(candidateToStatementData({ candidate, source }));
      expect(viaForm).toEqual(viaAccept);
    }
  });
});

describe("highlighting the evidence", () => {
  it("covers every evidence span, numbers each candidate where its runs start, and keeps the text whole", () => {
    const segments = highlightSegments(
      article.length,
      review.map((c) => ({ number: c.number, evidence: c.candidate.evidence })),
    );
    expect(segments.map((s) => article.slice(s.start, s.end)).join("")).toBe(article);
    for (const c of review) {
      for (const e of c.candidate.evidence) {
        const inside = segments.filter((s) => s.start >= e.start && s.end <= e.end);
        expect(inside.every((s) => s.numbers.includes(c.number))).toBe(true);
      }
      expect(segments.some((s) => s.starts.includes(c.number))).toBe(true);
    }
  });

  it("merges overlapping spans of one candidate and marks text two candidates share with both", () => {
    const segments = highlightSegments(20, [
      { number: 1, evidence: [{ start: 2, end: 8 }, { start: 5, end: 10 }] },
      { number: 2, evidence: [{ start: 8, end: 12 }, { start: 30, end: 40 }] },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, numbers: [], starts: [] },
      { start: 2, end: 8, numbers: [1], starts: [1] },
      { start: 8, end: 10, numbers: [1, 2], starts: [2] },
      { start: 10, end: 12, numbers: [2], starts: [] },
      { start: 12, end: 20, numbers: [], starts: [] },
    ]);
  });
});
