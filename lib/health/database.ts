import { isDatabaseUnavailable } from "@/lib/db/errors";
import { isDatabaseReady } from "./readiness";

/** While the database is away, at most one probe per this many milliseconds. */
const PROBE_INTERVAL_MS = 1_000;
/** A probe that has not answered by then counts as "still away". */
const PROBE_TIMEOUT_MS = 3_000;

type State = { down: boolean; downSince: number; probedAt: number; probe?: Promise<boolean> };

// Kept on globalThis: proxy.ts, instrumentation.ts and the route handlers are
// bundled separately but run in one process and must see the same flag.
const store = globalThis as unknown as { positionsDatabaseHealth?: State };

function state(): State {
  return (store.positionsDatabaseHealth ??= { down: false, downSince: 0, probedAt: 0 });
}

/**
 * Raises the "database unavailable" flag when `error` means the database cannot
 * be reached. Returns whether it did, so callers can answer 503 instead of 500.
 */
export function reportDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  const s = state();
  if (!s.down) {
    s.down = true;
    s.downSince = Date.now();
    s.probedAt = Date.now();
    console.error("The database is unreachable; answering 503 until it is back.", error);
  }
  return true;
}

/**
 * False while the flag is raised and the database still does not answer. The
 * flag is only raised by a failing query, so while all is well this costs
 * nothing; while it is raised, a probe (shared by concurrent callers, at most
 * one a second) lowers it as soon as the database answers again.
 */
export async function databaseAvailable(): Promise<boolean> {
  const s = state();
  if (!s.down) return true;
  if (s.probe) return s.probe;
  if (Date.now() - s.probedAt < PROBE_INTERVAL_MS) return false;
  s.probedAt = Date.now();
  s.probe = isDatabaseReady(PROBE_TIMEOUT_MS)
    .then((ok) => {
      if (ok) {
        console.info(`The database answers again after ${Math.round((Date.now() - s.downSince) / 1000)} s.`);
        s.down = false;
      }
      return ok;
    })
    .finally(() => {
      s.probe = undefined;
      s.probedAt = Date.now();
    });
  return s.probe;
}
