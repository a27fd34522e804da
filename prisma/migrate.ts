// Applies the committed migrations to DATABASE_URL, or to the embedded database without it.
// Usage: npm run db:migrate
import { Pool } from "pg";
import { closeDb, getDb } from "../lib/db";
import { applyMigrations } from "../lib/db/migrate";
import { pgPoolRunner } from "../lib/db/sql-runner";
import { env } from "../lib/env";

const { DATABASE_URL } = env();
if (DATABASE_URL) {
  const pool = new Pool({ connectionString: DATABASE_URL });
  try {
    const applied = await applyMigrations(pgPoolRunner(pool));
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
  } finally {
    await pool.end();
  }
} else {
  // Opening the embedded database applies its migrations.
  await getDb();
  await closeDb();
  console.log(`Embedded database in ${env().PGLITE_DATA_DIR} is up to date.`);
}
