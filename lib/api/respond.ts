import { reportDatabaseError } from "@/lib/health/database";
import { databaseUnavailableJson } from "@/lib/health/unavailable";

/**
 * Wraps a route handler so that "the database cannot be reached" is answered
 * with a JSON 503 and a Retry-After instead of a bare 500. Other errors are
 * rethrown untouched and reach Next's error logging as before.
 */
export function withDatabaseErrors<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (reportDatabaseError(error)) return databaseUnavailableJson();
      throw error;
    }
  };
}
