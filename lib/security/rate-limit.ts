import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getPgPool } from "../db";

// On a PostgreSQL server (DATABASE_URL) the counters live in its "RateLimit"
// table, so several app servers behind a balancer share one limit per editor
// and per address instead of each granting the full allowance. Should that
// table be unreachable, each process falls back to counting in its own memory
// rather than refusing every sign-in. The embedded database is one process by
// construction, and counts in memory.

export const rateLimits = {
  /** Writes (create, correct, retract) by one editor. */
  write: { points: 60, duration: 60 },
  /** Failed sign-ins for one email address: guessing one editor's password. */
  signInEmail: { points: 5, duration: 15 * 60 },
  /** Failed sign-ins from one address: guessing many editors' passwords. */
  signInIp: { points: 20, duration: 15 * 60 },
  /** Requests with a wrong API token from one address. */
  badToken: { points: 30, duration: 15 * 60 },
} as const;

export type RateLimitKind = keyof typeof rateLimits;

export type RateLimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

type Limiters = { pool: unknown; byKind: Record<RateLimitKind, RateLimiterAbstract> };

const store = globalThis as unknown as { positionsLimiters?: Limiters };

async function limiter(kind: RateLimitKind): Promise<RateLimiterAbstract> {
  const pool = await getPgPool();
  // Rebuilt when the database client is reopened (scripts and tests close it).
  if (store.positionsLimiters?.pool !== pool) {
    const make = (k: RateLimitKind): RateLimiterAbstract => {
      const options = { ...rateLimits[k], keyPrefix: k };
      if (!pool) return new RateLimiterMemory(options);
      return new RateLimiterPostgres({
        ...options,
        storeClient: pool,
        storeType: "pool",
        tableName: "RateLimit",
        // Created by the migrations, like every other table.
        tableCreated: true,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    };
    store.positionsLimiters = {
      pool,
      byKind: Object.fromEntries(Object.keys(rateLimits).map((k) => [k, make(k as RateLimitKind)])) as Limiters["byKind"],
    };
  }
  return store.positionsLimiters.byKind[kind];
}

/** The stored key: an address header can be as long as a client makes it, and the table's key is 255 characters. */
const storedKey = (key: string) => (key.length <= 200 ? key : createHash("sha256").update(key).digest("hex"));

function refused(res: RateLimiterRes): RateLimitOutcome {
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

/** Counts one attempt; refused once the limit for the window is spent. */
export async function consume(kind: RateLimitKind, key: string): Promise<RateLimitOutcome> {
  try {
    await (await limiter(kind)).consume(storedKey(key));
    return { ok: true };
  } catch (rejection) {
    // A spent limit rejects with a RateLimiterRes; a store error has gone to the in-memory insurance first.
    if (rejection instanceof RateLimiterRes) return refused(rejection);
    throw rejection;
  }
}

/** Whether the limit is already spent, without counting an attempt (failures are counted after the fact). */
export async function check(kind: RateLimitKind, key: string): Promise<RateLimitOutcome> {
  const res = await (await limiter(kind)).get(storedKey(key));
  if (res && res.consumedPoints >= rateLimits[kind].points) return refused(res);
  return { ok: true };
}

export async function reset(kind: RateLimitKind, key: string): Promise<void> {
  await (await limiter(kind)).delete(storedKey(key));
}

/**
 * The client's address as the nearest proxy reports it. Only as trustworthy as
 * that proxy: without one, X-Forwarded-For is whatever the client sent, so the
 * per-address limits are a brake, and the per-account limits the real guard.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
