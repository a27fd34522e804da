import type { Instrumentation } from "next";

/** A page or route that failed because the database is away raises the flag proxy.ts answers 503 from. */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  // Next also compiles this file for the Edge runtime, which cannot load the
  // database client; NEXT_RUNTIME is fixed at build time, so that copy drops the import.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportDatabaseError } = await import("./lib/health/database");
  reportDatabaseError(error);
};
