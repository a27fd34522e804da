import { afterAll } from "vitest";
import { closeDb } from "@/lib/db";

// Each test file gets its own in-memory embedded database, migrated and
// filled with the demo data the way a fresh install is.
delete process.env.DATABASE_URL;
process.env.PGLITE_DATA_DIR = "memory://";
process.env.SEED_DEMO_DATA = "true";

afterAll(async () => {
  await closeDb();
});
