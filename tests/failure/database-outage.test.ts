import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sleep, startApp, type AppServer } from "../support/app-server";
import { databaseRelay } from "../support/database-relay";
import type { TcpProxy } from "../support/tcp-proxy";

// The production server talks to this test's PostgreSQL database through a
// relay the test cuts and restores: the database "stops" mid-run while the app
// keeps running, then comes back, with no restart in between.

let relay: TcpProxy;
let app: AppServer;
let statementPath: string;

beforeAll(async () => {
  relay = databaseRelay();
  app = await startApp({ port: 3320, env: { DATABASE_URL: process.env.DATABASE_URL! } });
  const { items } = (await (await get("/api/statements?limit=1")).json()) as { items: { id: number }[] };
  statementPath = `/statements/${items[0].id}`;
});

afterAll(async () => {
  await app?.stop();
});

function get(path: string): Promise<Response> {
  return fetch(`${app.url}${path}`, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
}

async function expectHealthy() {
  const page = await get("/");
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("Timeline");
  const api = await get("/api/statements?limit=3");
  expect(api.status).toBe(200);
  expect(((await api.json()) as { items: unknown[] }).items).toHaveLength(3);
}

async function expectApiUnavailable(path: string) {
  const res = await get(path);
  expect(res.status, path).toBe(503);
  expect(Number(res.headers.get("retry-after")), path).toBeGreaterThan(0);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(((await res.json()) as { error: string }).error).toMatch(/temporarily unavailable/i);
}

async function expectPageUnavailable(path: string) {
  const res = await get(path);
  expect(res.status, path).toBe(503);
  expect(Number(res.headers.get("retry-after")), path).toBeGreaterThan(0);
  expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  const html = await res.text();
  expect(html).toContain("Temporarily unavailable");
  expect(html).not.toMatch(/ECONNREFUSED|Connection terminated|prisma|stack/i);
}

/** Polls until `path` answers 200 again: the app must notice the database is back by itself. */
async function waitUntilServing(path: string, withinMs = 15_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const res = await get(path);
    await res.arrayBuffer();
    if (res.status === 200) return Date.now() - started;
    expect(res.status, `${path} while recovering`).toBe(503);
    if (Date.now() - started > withinMs) throw new Error(`${path} still answers ${res.status} after ${withinMs} ms`);
    await sleep(250);
  }
}

describe("the database stops while the app runs", () => {
  test("pages answer a friendly 503 and the API a JSON 503 with Retry-After; both recover without a restart", async () => {
    await expectHealthy();
    const pid = app.pid;

    await relay.cut("refuse");
    // The first API request after the cut already answers 503 (its route handler maps the error).
    await expectApiUnavailable("/api/statements?limit=3");
    await expectApiUnavailable(`/api${statementPath}`);
    await expectPageUnavailable("/");
    await expectPageUnavailable(statementPath);
    await expectPageUnavailable("/?q=ceasefire");
    // Liveness stays up (no restart wanted); readiness reports the database.
    expect((await get("/api/health")).status).toBe(200);
    expect((await get("/api/ready")).status).toBe(503);

    await relay.restore();
    const recoveredIn = await waitUntilServing("/");
    expect(recoveredIn).toBeLessThan(10_000);
    await expectHealthy();
    expect((await get("/api/ready")).status).toBe(200);
    expect(app.process.exitCode).toBeNull();
    expect(app.pid).toBe(pid);
  });

  test("a page that meets the outage first raises the flag: the next requests get the 503 page", async () => {
    await expectHealthy();
    await relay.cut("refuse");
    // This request discovers the outage while rendering, past the point where
    // the proxy could still answer 503: it gets a 500 and Next's error
    // document (the error page is drawn in the browser), without the
    // database's error text. Every later one gets the 503 page.
    const first = await get(statementPath);
    expect(first.status).toBe(500);
    expect(await first.text()).not.toMatch(/ECONNREFUSED|Connection terminated|prisma/i);
    await expectPageUnavailable("/");
    await expectApiUnavailable("/api/statements");

    await relay.restore();
    await waitUntilServing(statementPath);
    await expectHealthy();
  });

  test("a database that accepts connections but never answers fails fast into a 503, not a hung request", async () => {
    await expectHealthy();
    await relay.cut("hang");
    // Let the pool notice its connections are gone, so the request needs a new one.
    await sleep(1_000);
    const started = Date.now();
    await expectApiUnavailable("/api/statements?limit=2");
    // pg's connection timeout (lib/db.ts, 5 s) bounds the wait.
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(4_000);
    expect(waited).toBeLessThan(10_000);
    await expectPageUnavailable("/");

    await relay.restore();
    await waitUntilServing("/");
    await expectHealthy();
  });

  test("the server logged the outage and its end, without crashing", () => {
    expect(app.output()).toMatch(/database is unreachable/i);
    expect(app.output()).toMatch(/database answers again/i);
    expect(app.output()).not.toMatch(/uncaughtException|unhandledRejection/i);
  });
});
