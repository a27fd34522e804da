import { afterAll } from "vitest";
import { routeDatabaseThroughRelay } from "./database-relay";

// Runs after setup-postgres.ts has chosen this file's throwaway database and
// before anything connects to it, so every connection goes through the relay.
const relay = await routeDatabaseThroughRelay();

afterAll(async () => {
  await relay.stop();
});
