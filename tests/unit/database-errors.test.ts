import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/errors";

// The shapes below are the ones observed from Prisma 7 with @prisma/adapter-pg
// and from pg when the database went away (see tests/failure/); the others must
// stay ordinary errors, answered 4xx or 500, never 503.

const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error(`Prisma ${code}`), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: { driverAdapterError: Object.assign(new Error("DriverAdapterError"), { cause }) },
  });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["pg: the server closed the connection", new Error("Connection terminated unexpectedly")],
    [
      "pg: no connection within connectionTimeoutMillis",
      Object.assign(new Error("Connection terminated due to connection timeout"), {
        cause: new Error("Connection terminated unexpectedly"),
      }),
    ],
    ["pg-pool: no free connection in time", new Error("timeout exceeded when trying to connect")],
    ["pg.Client: no connection within connectionTimeoutMillis", new Error("timeout expired")],
    ["pg.Client: no answer within query_timeout", new Error("Query read timeout")],
    ["Prisma P1001: server not reachable", prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["Prisma P1017: connection closed", prismaError("P1017", { kind: "ConnectionClosed" })],
    ["socket: refused", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect" })],
    [
      "socket: refused on every address (AggregateError)",
      new AggregateError([Object.assign(new Error("refused"), { code: "ECONNREFUSED" })], "connect failed"),
    ],
    ["PostgreSQL shutting down (57P01)", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["PostgreSQL starting up (57P03)", Object.assign(new Error("the database system is starting up"), { code: "57P03" })],
    ["PostgreSQL connection failure (class 08)", Object.assign(new Error("connection failure"), { code: "08006" })],
  ])("%s: unavailable", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["unique violation", prismaError("P2002", { kind: "UniqueConstraintViolation", originalCode: "23505" })],
    ["NUL in text (22021)", prismaError("P2010", { kind: "postgres", originalCode: "22021" })],
    ["missing table", prismaError("P2021", { kind: "TableDoesNotExist" })],
    ["a bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
    ["not an error at all", "Connection terminated"],
    ["nothing", undefined],
  ])("%s: not unavailable", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("stops on a cause that points back at itself", () => {
    const error: Error & { cause?: unknown } = new Error("loop");
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
