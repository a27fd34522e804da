// Loads the demo data in prisma/seed/*.json, adding only what is missing.
// Usage: npm run db:seed
import { closeDb, getDb } from "../lib/db";
import { loadDemoData } from "../lib/seed/load-demo-data";

const db = await getDb();
try {
  const { statementsAdded } = await loadDemoData(db);
  console.log(statementsAdded ? `Added ${statementsAdded} demo statements.` : "Demo data already loaded.");
} finally {
  await closeDb();
}
