import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as extractRoute } from "@/app/api/import/extract/route";
import { QUOTE_JOINER } from "@/lib/import/extract";
import { candidateSchema, MAX_EXTRACT_BODY_BYTES, type Candidate } from "@/lib/import/schema";
import { DEMO_DATA_DIR } from "@/lib/seed/demo-data";
import { apiRequest, countRows, createTestEditor, ORIGIN, sessionCookie, type TestEditor } from "../support/editors";

type Json = { error: string; fieldErrors: Record<string, string[]>; candidates: Candidate[] };

async function extract(body: unknown, init: { token?: string; headers?: Record<string, string> } = {}) {
  const res = await extractRoute(apiRequest("/api/import/extract", { body, ...init }));
  return { res, json: (await res.json()) as Json };
}

let editor: TestEditor;
let reader: TestEditor;
let article: string;

beforeAll(async () => {
  editor = await createTestEditor("editor");
  reader = await createTestEditor("reader");
  article = await readFile(path.join(DEMO_DATA_DIR, "articles", "004_5d2c1e2cb9a5aebb.txt"), "utf8");
});

describe("POST /api/import/extract", () => {
  it("answers 401 without credentials or with an unknown token, 403 for an account that may not write", async () => {
    expect((await extract({ text: article })).res.status).toBe(401);
    const unknown = await extract({ text: article }, { token: "pos_not-a-real-token" });
    expect(unknown.res.status).toBe(401);
    expect(unknown.res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await extract({ text: article }, { token: reader.token })).res.status).toBe(403);
  });

  it("accepts the session cookie from this site's pages only", async () => {
    const cookie = await sessionCookie(editor);
    expect((await extract({ text: article }, { headers: { cookie, "sec-fetch-site": "cross-site" } })).res.status).toBe(403);
    expect((await extract({ text: article }, { headers: { cookie } })).res.status).toBe(403);
    const ok = await extract({ text: article, publishedOn: "2024-06-14" }, { headers: { cookie, origin: ORIGIN } });
    expect(ok.res.status).toBe(200);
    expect(ok.json.candidates.length).toBeGreaterThan(0);
  });

  it("answers 415 for a body not declared as JSON and 413 for a body over the limit", async () => {
    const notJson = await extract(JSON.stringify({ text: article }), { token: editor.token, headers: { "content-type": "text/plain" } });
    expect(notJson.res.status).toBe(415);
    const huge = await extract({ text: "a".repeat(MAX_EXTRACT_BODY_BYTES + 1) }, { token: editor.token });
    expect(huge.res.status).toBe(413);
  });

  it("answers 400 with a field error for empty, blank, missing, oversized and binary text", async () => {
    const cases: [string, unknown][] = [
      ["empty", { text: "" }],
      ["blank", { text: " \n\t " }],
      ["missing", { publishedOn: "2024-06-14" }],
      ["not a string", { text: 42 }],
      ["over 200 KB", { text: "Peace talks. ".repeat(17_000) }],
      ["binary", { text: "PK\u0003\u0004\u0000\u0000\u0008\u0000binary\u0000\u0001\u0002" }],
    ];
    for (const [name, body] of cases) {
      const { res, json } = await extract(body, { token: editor.token });
      expect(res.status, name).toBe(400);
      expect(json.error, name).toBe("The article is not valid");
      expect(json.fieldErrors.text?.length, name).toBeGreaterThan(0);
    }
    const binary = await extract({ text: "\u0000\u0001\u0002\u0003" }, { token: editor.token });
    expect(binary.json.fieldErrors.text.join(" ")).toMatch(/does not look like text/);
    const large = await extract({ text: "x".repeat(201 * 1024) }, { token: editor.token });
    expect(large.json.fieldErrors.text.join(" ")).toMatch(/larger than 200 KB/);
  });

  it("answers 400 for a body that is not an object, and for a malformed date or address", async () => {
    const list = await extract([article], { token: editor.token });
    expect(list.res.status).toBe(400);
    expect(list.json.fieldErrors.form.length).toBe(1);
    const bad = await extract({ text: article, publishedOn: "14/06/2024", url: "not a url" }, { token: editor.token });
    expect(bad.res.status).toBe(400);
    expect(Object.keys(bad.json.fieldErrors).sort()).toEqual(["publishedOn", "url"]);
  });

  it("finds the statements of an article, with exact quotes, evidence inside the text, and records nothing", async () => {
    const before = await countRows();
    const { res, json } = await extract(
      { text: article, url: "https://example.org/putin-terms", outlet: "RKS NEWS", publishedOn: "2024-06-14" },
      { token: editor.token },
    );
    expect(res.status).toBe(200);
    expect(await countRows()).toEqual(before);
    const { candidates } = json;
    expect(candidates.length).toBeGreaterThanOrEqual(3);
    for (const c of candidates) {
      expect(candidateSchema.safeParse(c).success).toBe(true);
      for (const fragment of c.quote?.split(QUOTE_JOINER) ?? []) expect(article).toContain(fragment);
      for (const e of c.evidence) {
        expect(e.start).toBeLessThan(e.end);
        expect(e.end).toBeLessThanOrEqual(article.length);
      }
    }
    const putin = candidates.find((c) => c.speaker.slug === "vladimir-putin");
    expect(putin).toBeDefined();
    expect(putin).toMatchObject({ saidOn: "2024-06-14", saidOnPrecision: "day", dateTrigger: "Friday", background: false });
    expect(putin!.quote).toContain("ready to start negotiations without delay");
    expect(putin!.conditions.map((c) => c.slug)).toContain("no-nato-membership");
    expect(candidates.map((c) => c.speaker.slug)).toEqual(expect.arrayContaining(["volodymyr-zelensky", "jens-stoltenberg"]));
  });
});
