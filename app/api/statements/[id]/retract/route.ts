import { readJsonBody } from "@/lib/api/json-body";
import { withDatabaseErrors } from "@/lib/api/respond";
import { failureResponse, invalidStatement, statementIdParam, statementResponse } from "@/lib/api/statement-writes";
import { authorizeWrite } from "@/lib/api/write-auth";
import { retractionInputSchema } from "@/lib/statements/input-schema";
import { retractStatement } from "@/lib/statements/mutations";

/**
 * Retracts a statement: `{ reason, version? }`. It leaves the timeline but its
 * permalink keeps answering, with the reason. Nothing is deleted.
 */
export const POST = withDatabaseErrors(async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await authorizeWrite(request);
  if (!auth.ok) return auth.response;
  const id = await statementIdParam(params);
  if (!id.ok) return id.response;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = retractionInputSchema.safeParse(body.value);
  if (!parsed.success) return invalidStatement(parsed.error);
  const result = await retractStatement(id.id, parsed.data, { id: auth.editor.id, via: "api" });
  if (!result.ok) return failureResponse(id.id, result);
  return statementResponse(result.id, 200);
});
