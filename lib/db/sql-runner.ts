import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

/**
 * The few raw-SQL operations that must run outside Prisma: applying migrations
 * and creating databases. One shape over both drivers so callers need no branch.
 */
export type SqlRunner = {
  /** Runs a script of one or more statements, no parameters. */
  exec(sql: string): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn on one connection inside BEGIN/COMMIT, rolling back if it throws. */
  transaction<R>(fn: (tx: SqlRunner) => Promise<R>): Promise<R>;
};

export function pgliteRunner(pg: Pick<PGlite, "exec" | "query" | "transaction">): SqlRunner {
  return {
    async exec(sql) {
      await pg.exec(sql);
    },
    async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await pg.query<T>(sql, params)).rows;
    },
    transaction(fn) {
      return pg.transaction((tx) =>
        fn({
          exec: async (sql) => void (await tx.exec(sql)),
          query: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
            (await tx.query<T>(sql, params)).rows,
          transaction: () => {
            throw new Error("nested transactions are not supported");
          },
        }),
      );
    },
  };
}

export function pgPoolRunner(pool: Pool): SqlRunner {
  return {
    async exec(sql) {
      await pool.query(sql);
    },
    async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async transaction(fn) {
      const client = await pool.connect();
      const tx: SqlRunner = {
        exec: async (sql) => void (await client.query(sql)),
        query: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
          (await client.query(sql, params)).rows as T[],
        transaction: () => {
          throw new Error("nested transactions are not supported");
        },
      };
      try {
        await client.query("BEGIN");
        const result = await fn(tx);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
