import { describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/statements/route";
import { getSql } from "@/lib/db";
import { databaseAvailable } from "@/lib/health/database";

// A request that waited for one of the pool's connections longer than the
// bound used to be answered 503 as if the database were away, and raised the
// flag that answers every page 503 for a while. A busy database is not an
// outage: the requests wait their turn.

const POOL_SIZE = 10; // pg's default, which lib/db.ts keeps
const WAIT_BOUND_S = 5; // connectionTimeoutMillis in lib/db.ts

describe("more concurrent requests than the pool has connections", () => {
  it("wait their turn and are all answered 200, even when the wait outlasts the bound", async () => {
    const sql = await getSql();
    // Every connection busy for longer than a request may wait for one.
    const busy = Array.from({ length: POOL_SIZE }, () => sql.query(`SELECT pg_sleep(${WAIT_BOUND_S + 1})`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const requests = Array.from({ length: 64 }, (_, i) =>
      listRoute(new Request(`http://positions.test/api/statements?limit=${(i % 40) + 1}`)),
    );
    const responses = await Promise.all(requests);
    await Promise.all(busy);
    expect(responses.map((r) => r.status)).toEqual(Array(64).fill(200));
    const pages = await Promise.all(responses.map(async (r) => ((await r.json()) as { items: unknown[] }).items.length));
    expect(pages.slice(0, 3)).toEqual([1, 2, 3]);
    expect(await databaseAvailable()).toBe(true);
  });
});
