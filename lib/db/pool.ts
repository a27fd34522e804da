import pg from "pg";
import type { SqlRunner } from "./sql-runner";

/** pg-pool's error when a request waited connectionTimeoutMillis for a free connection. */
const POOL_WAIT_TIMEOUT = "timeout exceeded when trying to connect";

/** How long a probe of the database may take before it counts as unreachable. */
const PROBE_TIMEOUT_MS = 3_000;

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

/**
 * A pg pool that tells saturation from an outage. pg-pool gives up on a
 * request that waited connectionTimeoutMillis for a free connection with the
 * same kind of error as a database that does not answer, and that error is
 * answered 503 (lib/db/errors.ts). Under load every connection is simply busy:
 * when the wait runs out, a probe on a connection of its own asks the database,
 * and while it answers the request goes back to waiting its turn. Only when
 * the probe fails too does the error reach the caller.
 */
export class WaitingPool extends pg.Pool {
  private probe?: Promise<boolean>;

  connect(): Promise<pg.PoolClient>;
  connect(callback: ConnectCallback): void;
  connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const attempt = async (): Promise<pg.PoolClient> => {
      for (;;) {
        try {
          return await super.connect();
        } catch (error) {
          if (!(error instanceof Error && error.message === POOL_WAIT_TIMEOUT) || !(await this.databaseAnswers())) throw error;
        }
      }
    };
    if (!callback) return attempt();
    attempt().then(
      (client) => callback(undefined, client, (release) => client.release(release as Error | undefined)),
      (error: Error) => callback(error, undefined, () => {}),
    );
  }

  /** One probe shared by every request whose wait ran out at about the same time. */
  private databaseAnswers(): Promise<boolean> {
    this.probe ??= probeDatabase(this.options).finally(() => {
      this.probe = undefined;
    });
    return this.probe;
  }
}

async function probeDatabase(options: pg.PoolConfig): Promise<boolean> {
  const client = new pg.Client({ ...options, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    void client.end().catch(() => {});
  }
}

/**
 * One connection of its own, opened on first use and again after it fails:
 * for the small query every cached read makes (lib/db/ledger.ts), which must
 * not queue behind a saturated pool. query_timeout bounds a database that
 * accepts the connection but never answers.
 */
export function singleConnection(options: pg.ClientConfig): Pick<SqlRunner, "query"> & { end: () => Promise<void> } {
  let client: Promise<pg.Client> | undefined;
  const open = async () => {
    const c = new pg.Client(options);
    // A dropped connection is noticed by the next query, which opens another.
    c.on("error", () => {
      if (client && current === c) client = undefined;
    });
    await c.connect();
    return c;
  };
  let current: pg.Client | undefined;
  return {
    async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      const opening = (client ??= open().then((c) => (current = c)));
      try {
        return (await (await opening).query(sql, params)).rows as T[];
      } catch (error) {
        if (client === opening) client = undefined;
        void opening.then((c) => c.end()).catch(() => {});
        throw error;
      }
    },
    async end() {
      const c = client;
      client = undefined;
      if (c) await (await c.catch(() => undefined))?.end();
    },
  };
}
