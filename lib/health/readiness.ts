import "server-only";
import { getDb } from "../db";

/** Long enough for a cold connection, short enough for a load balancer's probe (they time out at 5 s or so). */
export const READINESS_TIMEOUT_MS = 2000;

/**
 * Whether this instance can serve requests that need the database: one
 * `SELECT 1` through the app's own client, given up after `timeoutMs` so a
 * database that accepts connections but never answers counts as down.
 * The cause is logged here, never sent to the caller.
 */
export async function isDatabaseReady(timeoutMs = READINESS_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([getDb().then((db) => db.$queryRaw`SELECT 1`), timeout]);
    return true;
  } catch (error) {
    console.error("Readiness check failed: the database is unavailable.", error);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
