import { randomBytes } from "node:crypto";
import { Pool } from "pg";
import { afterAll, beforeAll } from "vitest";
import { closeDb, getDb } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrate";
import { pgPoolRunner } from "@/lib/db/sql-runner";
import { loadDemoData } from "@/lib/seed/load-demo-data";

// Each test file gets a throwaway database on the server at DATABASE_URL,
// migrated and filled with the demo data, and dropped afterwards.
const serverUrl = new URL(process.env.DATABASE_URL!);
const name = `positions_test_${process.pid}_${randomBytes(4).toString("hex")}`;
const admin = new Pool({ connectionString: serverUrl.toString(), max: 1 });
const testUrl = new URL(serverUrl);
testUrl.pathname = `/${name}`;
process.env.DATABASE_URL = testUrl.toString();

beforeAll(async () => {
  await admin.query(`CREATE DATABASE "${name}"`);
  const pool = new Pool({ connectionString: testUrl.toString(), max: 1 });
  try {
    await applyMigrations(pgPoolRunner(pool));
  } finally {
    await pool.end();
  }
  await loadDemoData(await getDb());
});

afterAll(async () => {
  await closeDb();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});
