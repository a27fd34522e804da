import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { authBaseUrl, authSecret } from "@/lib/env";
import { startApp, type AppServer } from "../support/app-server";
import { createTestEditor, newStatementBody, sessionCookie, type TestEditor } from "../support/editors";

// Readers' pages are answered from a cache of their HTML (lib/pages/page-cache.ts)
// by `next start`, against PostgreSQL. Its promises: every answer has a nonce
// of its own, a statement an editor saves is on the very next page, and a
// signed-in editor's page is never the cached one.

let app: AppServer;
let editor: TestEditor;

beforeAll(async () => {
  // The server reads sessions as this process makes them: same secret, same cookie names.
  const auth = { AUTH_SECRET: authSecret(), AUTH_URL: authBaseUrl() ?? "" };
  app = await startApp({ port: 3322, env: { DATABASE_URL: process.env.DATABASE_URL!, ...auth } });
  editor = await createTestEditor("editor");
});

afterAll(async () => {
  await app?.stop();
});

type Page = { status: number; cache: string | null; nonce: string; html: string };

async function get(path: string, headers: Record<string, string> = {}): Promise<Page> {
  const res = await fetch(`${app.url}${path}`, { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
  const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1] ?? "";
  return { status: res.status, cache: res.headers.get("x-positions-cache"), nonce, html: await res.text() };
}

/** Every nonce attribute in the page, deduplicated. */
const nonceAttributes = (html: string) => new Set([...html.matchAll(/nonce="([^"]*)"/g)].map((m) => m[1]));

async function record(quote: string): Promise<void> {
  const res = await fetch(`${app.url}/api/statements`, {
    method: "POST",
    headers: { authorization: `Bearer ${editor.token}`, "content-type": "application/json" },
    body: JSON.stringify(newStatementBody({ saidOn: new Date().toISOString().slice(0, 10) }, quote)),
  });
  expect(res.status).toBe(201);
}

describe("the page cache", () => {
  test("answers a repeated timeline from the cache, with a fresh nonce in the policy and on every script", async () => {
    const first = await get("/");
    expect(first.status).toBe(200);
    const second = await get("/");
    expect(second).toMatchObject({ status: 200, cache: "hit" });
    expect(second.nonce).toMatch(/^[A-Za-z0-9+/=]{24}$/);
    expect(second.nonce).not.toBe(first.nonce);
    expect(nonceAttributes(second.html)).toEqual(new Set([second.nonce]));
    expect(nonceAttributes(first.html)).toEqual(new Set([first.nonce]));
    expect(second.html).not.toContain(first.nonce);
    // Apart from the nonce, the reader gets the page as rendered.
    expect(second.html.replaceAll(second.nonce, "")).toBe(first.html.replaceAll(first.nonce, ""));
  });

  test("has a statement saved through the API on the very next timeline, though the timeline was a hit", async () => {
    await get("/");
    expect((await get("/")).cache).toBe("hit");
    const quote = `Saved while the timeline was cached ${randomUUID()}`;
    await record(quote);
    const next = await get("/");
    expect(next).toMatchObject({ status: 200, cache: "miss" });
    expect(next.html).toContain(quote);
    expect((await get("/")).cache).toBe("hit");
  });

  test("keeps each query and host apart", async () => {
    await get("/actors/sergey-lavrov?topic=sanctions");
    const filtered = await get("/actors/sergey-lavrov?topic=sanctions");
    expect(filtered.cache).toBe("hit");
    expect((await get("/actors/sergey-lavrov")).cache).toBe("miss");
    const statement = (await (await fetch(`${app.url}/api/statements?limit=1`)).json()) as { items: { id: number }[] };
    const path = `/statements/${statement.items[0].id}`;
    await get(path);
    expect((await get(path)).html).toContain(`${app.url}${path}`);
    const elsewhere = await get(path, { "x-forwarded-host": "positions.example.org", "x-forwarded-proto": "https" });
    expect(elsewhere.cache).toBe("miss");
    expect(elsewhere.html).toContain(`https://positions.example.org${path}`);
    expect(elsewhere.html).not.toContain(`${app.url}${path}`);
  });

  test("never answers a signed-in editor, a client navigation or a form from the cache", async () => {
    await get("/");
    expect((await get("/")).cache).toBe("hit");
    const cookie = await sessionCookie(editor);
    const signedIn = await get("/", { cookie });
    expect(signedIn.status).toBe(200);
    expect(signedIn.cache).toBeNull();
    expect(signedIn.html).toContain("Sign out");
    expect(nonceAttributes(signedIn.html)).toEqual(new Set([signedIn.nonce]));
    // And the editor's page was not kept for readers.
    const reader = await get("/");
    expect(reader.cache).toBe("hit");
    expect(reader.html).not.toContain("Sign out");

    expect((await get("/", { rsc: "1" })).cache).toBeNull();
    expect((await get("/?_rsc=abc")).cache).toBeNull();
    for (const path of ["/sign-in", "/statements/new", "/api-docs"]) {
      await get(path);
      expect((await get(path)).cache, path).toBeNull();
    }
  });
});
