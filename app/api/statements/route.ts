import { z } from "zod";
import { cachedResponse } from "@/lib/api/cached-response";
import { readJsonBody } from "@/lib/api/json-body";
import { withDatabaseErrors } from "@/lib/api/respond";
import { failureResponse, invalidHeader, invalidStatement, requestFingerprint, statementResponse } from "@/lib/api/statement-writes";
import { authorizeWrite } from "@/lib/api/write-auth";
import { idempotencyKeySchema, statementInputSchema } from "@/lib/statements/input-schema";
import { createStatement } from "@/lib/statements/mutations";
import { MAX_EXPORT_ROWS, statementListFormatSchema } from "@/lib/statements/api-schema";
import { csvFilename, statementsCsvStream } from "@/lib/statements/csv";
import { paramsToRecord, parseFiltersStrict } from "@/lib/statements/filters";
import { toStatementJson } from "@/lib/statements/json";
import {
  allStatements,
  listStatements,
  statementWhere,
  unknownFilterMessage,
  type UnknownFilterValue,
} from "@/lib/statements/queries";

export const GET = withDatabaseErrors(async function GET(request: Request) {
  const url = new URL(request.url);
  const record = paramsToRecord(url.searchParams);
  const parsed = parseFiltersStrict(record);
  const format = statementListFormatSchema.safeParse(Array.isArray(record.format) ? record.format[0] : record.format);
  if (!parsed.success || !format.success) {
    return Response.json(
      {
        error: "Invalid query parameters",
        fieldErrors: {
          ...(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors),
          ...(format.success ? {} : { format: format.error.issues.map((i) => i.message) }),
        },
      },
      { status: 400 },
    );
  }

  if (format.data === "csv") {
    // Checked before the first byte goes out: a streamed response cannot turn into a 400 later.
    const { unknown } = await statementWhere(parsed.data);
    if (unknown.length > 0) return unknownValues(unknown);
    return new Response(statementsCsvStream(allStatements(parsed.data, { max: MAX_EXPORT_ROWS }), url.origin), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${csvFilename(new Date())}"`,
      },
    });
  }

  return cachedResponse(`statements ${JSON.stringify(parsed.data)}`, async () => {
    const page = await listStatements(parsed.data);
    if (page.unknown.length > 0) return unknownValues(page.unknown);
    return Response.json({ items: page.items.map(toStatementJson), nextCursor: page.nextCursor });
  });
});

function unknownValues(unknown: UnknownFilterValue[]) {
  const fieldErrors: Record<string, string[]> = {};
  for (const u of unknown) (fieldErrors[u.field] ??= []).push(unknownFilterMessage(u));
  return Response.json({ error: "Invalid query parameters", fieldErrors }, { status: 400 });
}

const createControlsSchema = z.object({
  allowDuplicate: z.boolean({ error: "allowDuplicate must be true or false" }).optional(),
});

/**
 * Records a statement: 201 with the statement and its Location. A retry with
 * the same Idempotency-Key returns the first result and creates nothing.
 */
export const POST = withDatabaseErrors(async function POST(request: Request) {
  const auth = await authorizeWrite(request);
  if (!auth.ok) return auth.response;
  const keyHeader = request.headers.get("idempotency-key");
  const key = keyHeader === null ? null : idempotencyKeySchema.safeParse(keyHeader);
  if (key && !key.success) return invalidHeader("Idempotency-Key", key.error);
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  if (typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) {
    return invalidStatement({ form: ["Send the statement as a JSON object"] });
  }
  const { allowDuplicate, ...data } = body.value as Record<string, unknown>;
  const controls = createControlsSchema.safeParse({ allowDuplicate });
  if (!controls.success) return invalidStatement(controls.error);
  const parsed = statementInputSchema.safeParse(data);
  if (!parsed.success) return invalidStatement(parsed.error);

  const result = await createStatement(parsed.data, { id: auth.editor.id, via: "api" }, {
    allowDuplicate: controls.data.allowDuplicate,
    idempotency: key?.data ? { key: key.data, fingerprint: requestFingerprint([parsed.data, controls.data]) } : undefined,
  });
  if (!result.ok) return failureResponse(null, result);
  return statementResponse(result.id, 201, {
    Location: `/api/statements/${result.id}`,
    ...(result.replayed ? { "Idempotent-Replayed": "true" } : {}),
  });
});
