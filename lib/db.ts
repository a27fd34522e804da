import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";
import { applyMigrations } from "./db/migrate";
import { pgliteRunner } from "./db/sql-runner";

export type Db = PrismaClient;

type Opened = { db: PrismaClient; close: () => Promise<void> };

// One client per process. Kept on globalThis because `next dev` re-evaluates
// modules on every change and each copy would otherwise open its own pool (or,
// for the embedded database, try to open the same folder twice).
const store = globalThis as unknown as { positionsDb?: Promise<Opened> };

/**
 * The database: the PostgreSQL at DATABASE_URL, or without it the embedded one.
 * Opened on first use, never at import, so `next build` touches no database.
 */
export async function getDb(): Promise<PrismaClient> {
  store.positionsDb ??= open().catch((error: unknown) => {
    store.positionsDb = undefined;
    throw error;
  });
  return (await store.positionsDb).db;
}

/** Closes the connection (scripts and tests); the next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
  const opened = store.positionsDb;
  store.positionsDb = undefined;
  if (opened) await (await opened).close();
}

async function open(): Promise<Opened> {
  const { DATABASE_URL } = env();
  if (DATABASE_URL) {
    const db = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: DATABASE_URL,
        // pg waits forever for a connection by default: a database that is down
        // or unreachable must fail the request quickly (answered as a 503).
        connectionTimeoutMillis: 5_000,
        keepAlive: true,
      }),
    });
    return { db, close: () => db.$disconnect() };
  }
  return openEmbedded();
}

async function openEmbedded(): Promise<Opened> {
  const { PGLITE_DATA_DIR, SEED_DEMO_DATA } = env();
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
  ]);
  const inMemory = PGLITE_DATA_DIR.startsWith("memory://");
  const dataDir = inMemory ? PGLITE_DATA_DIR : path.resolve(PGLITE_DATA_DIR);
  const releaseLock = inMemory ? () => {} : lockDataDir(dataDir);
  try {
    const pg = await PGlite.create(dataDir);
    await applyMigrations(pgliteRunner(pg));
    const db = new PrismaClient({ adapter: new PrismaPGlite(pg) });
    if (SEED_DEMO_DATA) {
      const { loadDemoData } = await import("./seed/load-demo-data");
      await loadDemoData(db);
    }
    return {
      db,
      close: async () => {
        await db.$disconnect();
        await pg.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * PGlite does not lock its folder, and two processes writing one folder corrupt
 * it. A lock file holding the owner's pid keeps a second process out; a lock
 * left by a process that died is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        try {
          unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockPath, "utf8").trim());
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by process ${owner}. ` +
            "Stop that process, or set DATABASE_URL to use a PostgreSQL server.",
        );
      }
      unlinkSync(lockPath);
    }
  }
  throw new Error(`Could not lock ${lockPath}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
