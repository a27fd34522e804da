import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { getDb, type Db } from "../db";
import { authBaseUrl, authSecret } from "../env";

export const MIN_PASSWORD_LENGTH = 12;

function build(db: Db) {
  return betterAuth({
    appName: "Positions",
    secret: authSecret(),
    baseURL: authBaseUrl(),
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      // Accounts are created by an administrator (npm run editor -- create), never by visitors.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, input: false, defaultValue: "editor" },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Sign-in goes through a server action, not better-auth's HTTP router, so
    // its limiter would never see it; lib/security/rate-limit.ts limits it.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Sets the session cookie from server actions; must be the last plugin.
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof build>;

// One instance per database client: tests close and reopen the database, and
// `next dev` re-evaluates modules on every change.
const store = globalThis as unknown as { positionsAuth?: { db: Db; auth: Auth } };

export async function getAuth(): Promise<Auth> {
  const db = await getDb();
  if (store.positionsAuth?.db !== db) store.positionsAuth = { db, auth: build(db) };
  return store.positionsAuth.auth;
}
