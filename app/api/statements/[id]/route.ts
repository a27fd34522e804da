import { cachedResponse } from "@/lib/api/cached-response";
import { readJsonBody } from "@/lib/api/json-body";
import { withDatabaseErrors } from "@/lib/api/respond";
import { conflictResponse, failureResponse, invalidStatement, statementIdParam, statementResponse } from "@/lib/api/statement-writes";
import { authorizeWrite } from "@/lib/api/write-auth";
import { getStatementForEditing, listRevisions } from "@/lib/revisions/queries";
import { statementInputSchema, statementPatchSchema } from "@/lib/statements/input-schema";
import { toStatementDetailJson } from "@/lib/statements/json";
import { updateStatement } from "@/lib/statements/mutations";
import { snapshotToInput } from "@/lib/statements/snapshot";
import { getStatement } from "@/lib/statements/queries";
import { statementIdSchema } from "@/lib/statements/schema";

export const GET = withDatabaseErrors(async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = statementIdSchema.safeParse((await params).id);
  if (!id.success) {
    return Response.json({ error: "Invalid statement id", fieldErrors: { id: ["Must be a positive whole number"] } }, { status: 400 });
  }
  return cachedResponse(`statement ${id.data}`, async () => {
    const statement = await getStatement(id.data);
    if (!statement) return Response.json({ error: "Statement not found" }, { status: 404 });
    return Response.json(toStatementDetailJson(statement));
  });
});

/**
 * Corrects a statement: `{ version, reason, ...fields to change }`. The
 * version is the one the change was based on; if the statement has changed
 * since, 409 with the current statement and what changed.
 */
export const PATCH = withDatabaseErrors(async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await authorizeWrite(request);
  if (!auth.ok) return auth.response;
  const id = await statementIdParam(params);
  if (!id.ok) return id.response;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const patch = statementPatchSchema.safeParse(body.value);
  if (!patch.success) return invalidStatement(patch.error);
  const { version, reason, ...fields } = patch.data;

  const current = await getStatementForEditing(id.id);
  if (!current) return Response.json({ error: "Statement not found" }, { status: 404 });
  if (current.snapshot.retracted) return failureResponse(id.id, { ok: false, reason: "retracted", currentVersion: current.version });
  if (current.version !== version) {
    const since = (await listRevisions(id.id)).filter((r) => r.version > version).reverse();
    return conflictResponse(id.id, current.version, since);
  }
  const merged: Record<string, unknown> = { ...snapshotToInput(current.snapshot), ...fields };
  // Naming a new actor replaces the recorded one.
  if (fields.newActor && !("actor" in fields)) merged.actor = null;
  const parsed = statementInputSchema.safeParse(merged);
  if (!parsed.success) return invalidStatement(parsed.error);

  const result = await updateStatement(id.id, { version, reason, input: parsed.data }, { id: auth.editor.id, via: "api" });
  if (!result.ok) return failureResponse(id.id, result);
  return statementResponse(result.id, 200);
});
