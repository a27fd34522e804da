import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { pgliteRunner } from "@/lib/db/sql-runner";
import { diffMigrationsToSchema } from "@/prisma/schema-diff";

describe("migrations", () => {
  it("agree with prisma/schema.prisma", async () => {
    // Non-empty means someone changed the schema without `npm run db:migration -- <name>`.
    expect(await diffMigrationsToSchema()).toBe("");
  });

  it("are applied once and recorded the way Prisma Migrate records them", async () => {
    const pg = new PGlite();
    try {
      const runner = pgliteRunner(pg);
      const files = await readMigrations();
      expect(await applyMigrations(runner)).toEqual(files.map((f) => f.name));
      expect(await applyMigrations(runner)).toEqual([]);
      const rows = await runner.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      await pg.close();
    }
  });

  it("refuse to run when an applied migration was edited afterwards", async () => {
    const pg = new PGlite();
    try {
      const runner = pgliteRunner(pg);
      await applyMigrations(runner);
      await runner.query(`UPDATE "_prisma_migrations" SET checksum = 'edited'`);
      await expect(applyMigrations(runner)).rejects.toThrow(/edited after it was applied/);
    } finally {
      await pg.close();
    }
  });
});
