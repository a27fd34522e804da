import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { RevisionView } from "../revisions/queries";
import { fieldErrorsByPath, type FieldErrors } from "../statements/input-schema";
import { toStatementDetailJson } from "../statements/json";
import type { WriteFailure } from "../statements/mutations";
import { getStatement } from "../statements/queries";
import { statementIdSchema } from "../statements/schema";
import { jsonError } from "./json-body";

// The answers of the write API, shared by POST /api/statements, PATCH
// /api/statements/{id} and POST /api/statements/{id}/retract.

/** Field errors both by field (as every 400 of this API gives them) and by full path ("sources.1.url"). */
function errorBody(byPath: FieldErrors) {
  const fieldErrors: FieldErrors = {};
  for (const [path, messages] of Object.entries(byPath)) (fieldErrors[path.split(".")[0]] ??= []).push(...messages);
  return { fieldErrors, pathErrors: byPath };
}

export function invalidStatement(error: z.ZodError | FieldErrors): Response {
  const byPath = error instanceof z.ZodError ? fieldErrorsByPath(error) : error;
  return jsonError(400, "The statement is not valid", errorBody(byPath));
}

export function invalidHeader(name: string, error: z.ZodError): Response {
  return jsonError(400, `Invalid ${name} header`, { fieldErrors: { [name]: error.issues.map((i) => i.message) } });
}

/** The {id} of a statement route, or the 400 to answer. */
export async function statementIdParam(
  params: Promise<{ id: string }>,
): Promise<{ ok: true; id: number } | { ok: false; response: Response }> {
  const id = statementIdSchema.safeParse((await params).id);
  if (id.success) return { ok: true, id: id.data };
  return { ok: false, response: jsonError(400, "Invalid statement id", { fieldErrors: { id: ["Must be a positive whole number"] } }) };
}

/** A SHA-256 of the request as validated: what an Idempotency-Key is bound to. */
export function requestFingerprint(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

/** The statement as GET /api/statements/{id} returns it, with the given status. */
export async function statementResponse(id: number, status: number, headers: HeadersInit = {}): Promise<Response> {
  const statement = await getStatement(id);
  if (!statement) return jsonError(404, "Statement not found");
  return Response.json(toStatementDetailJson(statement), { status, headers });
}

function changeJson(r: RevisionView) {
  return {
    version: r.version,
    kind: r.kind,
    at: r.at,
    editor: r.editor.name,
    reason: r.reason,
    changedFields: r.changedFields,
  };
}

/** A 409 for an edit based on an old version: the current statement and what changed since. */
export async function conflictResponse(id: number, currentVersion: number, changes: RevisionView[]): Promise<Response> {
  const statement = await getStatement(id);
  return jsonError(409, "The statement was changed since the version you edited: review the changes and send the current version", {
    currentVersion,
    current: statement ? toStatementDetailJson(statement) : null,
    changes: changes.map(changeJson),
  });
}

export async function failureResponse(id: number | null, failure: WriteFailure): Promise<Response> {
  switch (failure.reason) {
    case "invalid":
      return invalidStatement(failure.fieldErrors);
    case "not_found":
      return jsonError(404, "Statement not found");
    case "duplicate":
      return jsonError(409, 'This looks like a statement already recorded. Check it; to record it anyway, send "allowDuplicate": true', {
        duplicates: failure.duplicates.map((d) => ({ ...d, url: `/statements/${d.id}` })),
      });
    case "conflict":
      return conflictResponse(id!, failure.currentVersion, failure.changes);
    case "retracted":
      return jsonError(409, "The statement is retracted and can no longer be changed", {
        currentVersion: failure.currentVersion,
      });
    case "idempotency_mismatch":
      return jsonError(422, "This Idempotency-Key was already used for a different request");
  }
}
