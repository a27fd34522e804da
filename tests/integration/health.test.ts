import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { closeDb, getDb } from "@/lib/db";

describe("GET /api/health", () => {
  it("answers a constant, uncached ok", async () => {
    const res = health();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/ready", () => {
  it("is ready when the database answers", async () => {
    // Opening a fresh embedded database (migrations, demo data) takes longer than a probe
    // waits; until it has opened, 503 is the right answer.
    await getDb();
    const res = await ready();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ready" });
  });
});

// The app reads DATABASE_URL once per process, so these load fresh copies of the
// modules with DATABASE_URL pointing at a server that refuses or never answers.
describe("GET /api/ready without a database", () => {
  const original = process.env.DATABASE_URL;
  let silent: Server | undefined;
  const sockets: Socket[] = [];

  const withDatabaseAt = async (url: string) => {
    await closeDb();
    vi.resetModules();
    process.env.DATABASE_URL = url;
    vi.spyOn(console, "error").mockImplementation(() => {});
    const route = await import("@/app/api/ready/route");
    const readiness = await import("@/lib/health/readiness");
    const db = await import("@/lib/db");
    return { ready: route.GET, isDatabaseReady: readiness.isDatabaseReady, closeDb: db.closeDb };
  };

  afterEach(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => (silent ? silent.close(() => resolve()) : resolve()));
    silent = undefined;
    const { closeDb: closeFresh } = await import("@/lib/db");
    await closeFresh();
    if (original === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = original;
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it("is unavailable, with Retry-After, when the database refuses connections", async () => {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    const fresh = await withDatabaseAt("postgresql://postgres@127.0.0.1:1/positions");
    const res = await fresh.ready();
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "unavailable" });
    expect(console.error).toHaveBeenCalled();
  });

  it("gives up on a database that accepts connections but never answers", async () => {
    silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent!.listen(0, "127.0.0.1", resolve));
    const address = silent.address();
    if (!address || typeof address === "string") throw new Error("no port");
    const fresh = await withDatabaseAt(`postgresql://postgres@127.0.0.1:${address.port}/positions`);
    const startedAt = Date.now();
    expect(await fresh.isDatabaseReady(300)).toBe(false);
    expect(Date.now() - startedAt).toBeLessThan(2000);
  });
});
