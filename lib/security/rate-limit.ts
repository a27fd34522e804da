import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// Counters live in this process's memory: right for one server (and for the
// embedded database, which is one process by construction). Several servers
// behind a balancer each count on their own, so the effective limit is
// multiplied by their number; a shared store (rate-limiter-flexible has
// Postgres and Redis ones) would be the next step.

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

const store = globalThis as unknown as { positionsLimiters?: Record<RateLimitKind, RateLimiterMemory> };

function limiter(kind: RateLimitKind): RateLimiterMemory {
  store.positionsLimiters ??= Object.fromEntries(
    Object.entries(rateLimits).map(([k, opts]) => [k, new RateLimiterMemory({ ...opts, keyPrefix: k })]),
  ) as Record<RateLimitKind, RateLimiterMemory>;
  return store.positionsLimiters[kind];
}

function refused(res: RateLimiterRes): RateLimitOutcome {
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

/** Counts one attempt; refused once the limit for the window is spent. */
export async function consume(kind: RateLimitKind, key: string): Promise<RateLimitOutcome> {
  try {
    await limiter(kind).consume(key);
    return { ok: true };
  } catch (rejection) {
    // The memory store rejects only with a RateLimiterRes; anything else is a bug.
    if (rejection instanceof RateLimiterRes) return refused(rejection);
    throw rejection;
  }
}

/** Whether the limit is already spent, without counting an attempt (failures are counted after the fact). */
export async function check(kind: RateLimitKind, key: string): Promise<RateLimitOutcome> {
  const res = await limiter(kind).get(key);
  if (res && res.consumedPoints >= rateLimits[kind].points) return refused(res);
  return { ok: true };
}

export async function reset(kind: RateLimitKind, key: string): Promise<void> {
  await limiter(kind).delete(key);
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
