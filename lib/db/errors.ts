// Errors that mean "the database cannot be reached right now" rather than "this
// request is wrong": the app answers them with 503 and a Retry-After, and
// recovers by itself when the database is back. They reach us in three shapes:
// Prisma errors with a P1xxx code (the driver adapter's error in meta), raw
// errors from `pg` that Prisma passes through unchanged ("Connection terminated
// unexpectedly"), and Node socket errors, sometimes inside an AggregateError.

/** Prisma codes for an unreachable or vanishing server and for an exhausted pool. */
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);

/** Driver adapter error kinds behind those codes. */
const adapterKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

const socketCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
]);

/**
 * PostgreSQL SQLSTATEs: shutting down or starting up, too many connections.
 * Class 08 (connection exception) is matched as a whole below.
 */
const sqlStates = new Set(["57P01", "57P02", "57P03", "53300"]);

const messages = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /can't reach database server/i,
  /server has closed the connection/i,
  /client has encountered a connection error/i,
  // A lone pg.Client (the ledger version's connection) past connectionTimeoutMillis.
  /^timeout expired$/i,
  // The same connection connected, but the one-row version query got no answer within its query_timeout.
  /^query read timeout$/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  return visit(error, 0);
}

function visit(value: unknown, depth: number): boolean {
  if (depth > 6 || typeof value !== "object" || value === null) return false;
  const e = value as Record<string, unknown>;
  const code = typeof e.code === "string" ? e.code : undefined;
  if (code && (prismaCodes.has(code) || socketCodes.has(code) || sqlStates.has(code) || /^08[0-9A-Z]{3}$/.test(code))) {
    return true;
  }
  if (typeof e.kind === "string" && adapterKinds.has(e.kind)) return true;
  if (typeof e.originalCode === "string" && (sqlStates.has(e.originalCode) || /^08/.test(e.originalCode))) return true;
  if (typeof e.message === "string" && messages.some((m) => m.test(e.message as string))) return true;

  const meta = e.meta as Record<string, unknown> | undefined;
  const nested = [e.cause, meta?.driverAdapterError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((n) => visit(n, depth + 1));
}
