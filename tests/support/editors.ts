import { randomUUID } from "node:crypto";
import { getAuth } from "@/lib/auth/auth";
import { createEditor } from "@/lib/auth/mutations";
import type { UserRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";

export type TestEditor = { id: string; email: string; name: string; password: string; token: string };

/** An account made the way `npm run editor -- create` makes one: password and API token. */
export async function createTestEditor(role: UserRole = "editor"): Promise<TestEditor> {
  const email = `${role}-${randomUUID().slice(0, 8)}@positions.test`;
  const result = await createEditor(email, { role, name: `Test ${role}` });
  if (!result.ok) throw new Error(`Could not create ${email}`);
  const { editor, password, apiToken } = result.created;
  return { id: editor.id, email, name: editor.name, password, token: apiToken };
}

/** A signed-in browser's Cookie header for an editor, from a real sign-in. */
export async function sessionCookie(editor: TestEditor): Promise<string> {
  const auth = await getAuth();
  const response = await auth.api.signInEmail({
    body: { email: editor.email, password: editor.password },
    asResponse: true,
  });
  if (!response.ok) throw new Error(`Sign-in failed with ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

export const ORIGIN = "http://positions.test";

/** A JSON request to the API as a client would send it. */
export function apiRequest(
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Request {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  if (init.body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  return new Request(`${ORIGIN}${path}`, {
    method: init.method ?? "POST",
    headers,
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
}

/** Row counts of everything a write could touch: an invalid write must leave them all as they were. */
export async function countRows(): Promise<Record<string, number>> {
  const db = await getDb();
  const [statements, revisions, auditEntries, sources, statementSources, statementTopics, statementConditions, links, actors, aliases, idempotencyKeys] =
    await Promise.all([
      db.statement.count(),
      db.revision.count(),
      db.auditEntry.count({ where: { action: { in: ["statement_created", "statement_updated", "statement_retracted"] } } }),
      db.source.count(),
      db.statementSource.count(),
      db.statementTopic.count(),
      db.statementCondition.count(),
      db.statementLink.count(),
      db.actor.count(),
      db.actorAlias.count(),
      db.idempotencyKey.count(),
    ]);
  const retracted = await db.statement.count({ where: { retractedAt: { not: null } } });
  const versions = await db.statement.aggregate({ _sum: { version: true } });
  return {
    statements,
    retracted,
    versionSum: versions._sum.version ?? 0,
    revisions,
    auditEntries,
    sources,
    statementSources,
    statementTopics,
    statementConditions,
    links,
    actors,
    aliases,
    idempotencyKeys,
  };
}

/** A valid new statement, different each call unless `text` is given. */
export function newStatementBody(overrides: Record<string, unknown> = {}, text = `Test words ${randomUUID()}`): Record<string, unknown> {
  return {
    actor: "sergey-lavrov",
    speakerAsWritten: "Russian Foreign Minister Sergey Lavrov",
    saidOn: "2024-03-05",
    saidOnPrecision: "day",
    quote: text,
    language: "ru",
    ceasefireStance: "conditional",
    talksStance: "open",
    topics: [],
    conditions: [],
    sources: [{ url: "https://example.org/report", outlet: "Example Wire", title: "Lavrov on talks", kind: "wire", publishedOn: "2024-03-05" }],
    ...overrides,
  };
}
