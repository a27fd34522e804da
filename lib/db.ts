import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";
import { applyMigrations } from "./db/migrate";
import { singleConnection, WaitingPool } from "./db/pool";
import { pgliteRunner, pgPoolRunner, type SqlRunner } from "./db/sql-runner";

export type Db = PrismaClient;

type Opened = {
  db: PrismaClient;
  /** Raw SQL on the same connections as `db`, for the hot reads where Prisma's own work costs more than the query. */
  sql: SqlRunner;
  /** A connection that never waits for the pool, for the ledger version every cached read checks. */
  ledger: Pick<SqlRunner, "query">;
  /** The pg pool behind `db` when on a PostgreSQL server; null for the embedded database. */
  pool: WaitingPool | null;
  close: () => Promise<void>;
};

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

/** Raw SQL on the database getDb() opens, through the same pool. */
export async function getSql(): Promise<SqlRunner> {
  await getDb();
  return (await store.positionsDb!).sql;
}

/** The connection for reading the ledger version (lib/db/ledger.ts). */
export async function getLedgerConnection(): Promise<Pick<SqlRunner, "query">> {
  await getDb();
  return (await store.positionsDb!).ledger;
}

/**
 * The pg pool on DATABASE_URL, for libraries that take one (the shared rate
 * limits); null on the embedded database, which one process holds alone.
 */
export async function getPgPool(): Promise<WaitingPool | null> {
  await getDb();
  return (await store.positionsDb!).pool;
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
    // pg waits forever for a connection by default: a database that is down or
    // unreachable must fail the request quickly (answered as a 503). A request
    // that only waits its turn in a busy pool keeps waiting (see WaitingPool).
    const connection = { connectionString: DATABASE_URL, connectionTimeoutMillis: 5_000, keepAlive: true };
    const pool = new WaitingPool(connection);
    // An idle connection the server drops is replaced on next use; unheard, the error would end the process.
    pool.on("error", (error) => console.warn("An idle database connection failed:", error.message));
    const db = new PrismaClient({ adapter: new PrismaPg(pool) });
    const ledger = singleConnection({ ...connection, query_timeout: 5_000 });
    return {
      db,
      sql: pgPoolRunner(pool),
      ledger,
      pool,
      close: async () => {
        await db.$disconnect();
        await ledger.end();
        await pool.end();
      },
    };
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
    const sql = pgliteRunner(pg);
    if (SEED_DEMO_DATA) {
      const { loadDemoData } = await import("./seed/load-demo-data");
      await loadDemoData(db);
    }
    return {
      db,
      sql,
      ledger: sql,
      pool: null,
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
