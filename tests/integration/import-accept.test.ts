import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { acceptCandidate } from "@/lib/import/mutations";
import { reviewArticle } from "@/lib/import/queries";
import type { ReviewCandidate } from "@/lib/import/review";
import { listRevisions } from "@/lib/revisions/queries";
import { DEMO_DATA_DIR } from "@/lib/seed/demo-data";
import { parseFiltersStrict } from "@/lib/statements/filters";
import { getStatement, listStatements } from "@/lib/statements/queries";
import { countRows, createTestEditor, type TestEditor } from "../support/editors";

const source = {
  url: "https://example.org/putin-ceasefire-offer",
  outlet: "RKS NEWS",
  title: "The US, Kiev and allies reject Putin’s cease-fire offer",
  publishedOn: "2024-06-14",
  kind: "newspaper" as const,
};

let editor: TestEditor;
let article: string;
let review: ReviewCandidate[];

beforeAll(async () => {
  editor = await createTestEditor("editor");
  article = await readFile(path.join(DEMO_DATA_DIR, "articles", "004_5d2c1e2cb9a5aebb.txt"), "utf8");
  review = await reviewArticle({ text: article, url: source.url, outlet: source.outlet, publishedOn: source.publishedOn });
});

const asEditor = () => ({ id: editor.id, via: "form" as const });

describe("reviewing an article", () => {
  it("numbers the candidates and flags one already recorded as a likely duplicate", async () => {
    expect(review.map((c) => c.number)).toEqual(review.map((_, i) => i + 1));
    expect(review.every((c) => c.unverifiedFragments.length === 0)).toBe(true);
    // The demo data records Putin's terms of 14 June 2024 from this very article.
    const putin = review.find((c) => c.candidate.speaker.slug === "vladimir-putin")!;
    expect(putin.duplicates.length).toBeGreaterThan(0);
    const db = await getDb();
    const seeded = await db.statement.findUniqueOrThrow({
      where: { seedKey: "putin-2024-06-14-foreign-ministry-ceasefire-terms" },
      select: { id: true },
    });
    expect(putin.duplicates.map((d) => d.id)).toContain(seeded.id);

    const before = await countRows();
    const result = await acceptCandidate({ candidate: putin.candidate, source }, asEditor());
    expect(result).toMatchObject({ ok: false, reason: "duplicate" });
    expect(await countRows()).toEqual(before);
  });
});

describe("accepting a candidate", () => {
  it("records it once: origin imported, the article as its source, a revision by the editor, on the timeline", async () => {
    const fresh = review.find((c) => c.candidate.speaker.slug && c.candidate.saidOn && c.duplicates.length === 0)!;
    expect(fresh).toBeDefined();
    const { candidate } = fresh;

    const before = await countRows();
    const result = await acceptCandidate({ candidate, source }, asEditor());
    if (!result.ok) throw new Error(JSON.stringify(result));
    const after = await countRows();
    expect(after.statements).toBe(before.statements + 1);
    expect(after.revisions).toBe(before.revisions + 1);

    const statement = (await getStatement(result.id))!;
    expect(statement).toMatchObject({
      origin: "imported",
      actor: { slug: candidate.speaker.slug },
      speakerAsWritten: candidate.speaker.asWritten,
      quote: candidate.quote,
      paraphrase: candidate.paraphrase,
      saidOnPrecision: candidate.saidOnPrecision,
      background: candidate.background,
      ceasefireStance: candidate.ceasefireStance,
      talksStance: candidate.talksStance,
      sources: [source],
    });
    expect(statement.topics.map((t) => t.slug).sort()).toEqual([...new Set(candidate.topics.map((t) => t.slug))].sort());

    const [revision] = await listRevisions(result.id);
    expect(revision).toMatchObject({ version: 1, kind: "create", editor: { name: editor.name } });
    const db = await getDb();
    expect(await db.revision.findFirst({ where: { statementId: result.id }, select: { editorId: true } })).toEqual({
      editorId: editor.id,
    });
    expect(await db.auditEntry.findFirst({ where: { statementId: result.id }, select: { userId: true, via: true } })).toEqual({
      userId: editor.id,
      via: "form",
    });

    const filters = parseFiltersStrict({ actor: candidate.speaker.slug!, limit: "100" });
    if (!filters.success) throw filters.error;
    expect((await listStatements(filters.data)).items.map((s) => s.id)).toContain(result.id);
    // Readers can tell machine-suggested statements from those typed by an editor.
    const byOrigin = async (origin: string) => {
      const parsed = parseFiltersStrict({ actor: candidate.speaker.slug!, origin, limit: "100" });
      if (!parsed.success) throw parsed.error;
      return (await listStatements(parsed.data)).items.map((s) => s.id);
    };
    expect(await byOrigin("imported")).toEqual([result.id]);
    const typed = await byOrigin("manual");
    expect(typed).not.toContain(result.id);
    expect(typed.length).toBeGreaterThan(0);

    // Accepting the same candidate again is refused as a likely duplicate, naming the first.
    const again = await acceptCandidate({ candidate, source }, asEditor());
    expect(again).toMatchObject({ ok: false, reason: "duplicate" });
    if (again.ok || again.reason !== "duplicate") throw new Error("expected a duplicate");
    expect(again.duplicates.map((d) => d.id)).toContain(result.id);
    expect(await countRows()).toEqual(after);

    // And a new review of the article flags it before anyone presses accept.
    const reread = await reviewArticle({ text: article, publishedOn: source.publishedOn });
    const same = reread.find((c) => JSON.stringify(c.candidate) === JSON.stringify(candidate))!;
    expect(same.duplicates.map((d) => d.id)).toContain(result.id);
  });

  it("needs an actor chosen for a speaker the extractor could not resolve", async () => {
    const unresolved = review.find((c) => c.candidate.speaker.slug === null && c.candidate.saidOn)!;
    expect(unresolved).toBeDefined();
    const before = await countRows();
    const refused = await acceptCandidate({ candidate: unresolved.candidate, source }, asEditor());
    expect(refused).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { actor: [expect.any(String)] } });
    expect(await countRows()).toEqual(before);

    const chosen = await acceptCandidate({ candidate: unresolved.candidate, source, actor: "ukrainian-government" }, asEditor());
    if (!chosen.ok) throw new Error(JSON.stringify(chosen));
    expect((await getStatement(chosen.id))!).toMatchObject({
      origin: "imported",
      actor: { slug: "ukrainian-government" },
      speakerAsWritten: unresolved.candidate.speaker.asWritten,
    });
  });

  it("records a new actor with the statement when the editor adds one", async () => {
    const unresolved = review.find((c) => c.candidate.speaker.slug === null && c.candidate.saidOn)!;
    const result = await acceptCandidate(
      { candidate: unresolved.candidate, source, newActor: { name: "Western allies of Ukraine", aliases: [], affiliation: null, kind: "organisation" } },
      asEditor(),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const statement = (await getStatement(result.id))!;
    expect(statement.actor.name).toBe("Western allies of Ukraine");
    expect(statement.origin).toBe("imported");
  });

  it("refuses a candidate without a date, and one whose quote was emptied, without recording anything", async () => {
    const { candidate } = review[0];
    const before = await countRows();
    const undated = await acceptCandidate(
      { candidate: { ...candidate, saidOn: null, saidOnPrecision: null }, source, actor: "ukrainian-government" },
      asEditor(),
    );
    expect(undated).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { saidOn: [expect.any(String)] } });
    const wordless = await acceptCandidate(
      { candidate: { ...candidate, quote: null, paraphrase: null }, source, actor: "ukrainian-government" },
      asEditor(),
    );
    expect(wordless).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { quote: [expect.any(String)] } });
    expect(await countRows()).toEqual(before);
  });
});
