import { z } from "zod";
import { MAX_EXPORT_ROWS, statementListFormatSchema } from "@/lib/statements/api-schema";
import { csvFilename, statementsCsvStream } from "@/lib/statements/csv";
import { paramsToRecord, parseFiltersStrict } from "@/lib/statements/filters";
import { toStatementJson } from "@/lib/statements/json";
import { allStatements, listStatements, statementWhere, type UnknownFilterValue } from "@/lib/statements/queries";

export async function GET(request: Request) {
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

  const page = await listStatements(parsed.data);
  if (page.unknown.length > 0) return unknownValues(page.unknown);
  return Response.json({ items: page.items.map(toStatementJson), nextCursor: page.nextCursor });
}

function unknownValues(unknown: UnknownFilterValue[]) {
  const fieldErrors: Record<string, string[]> = {};
  for (const u of unknown) (fieldErrors[u.field] ??= []).push(`Unknown ${u.field} "${u.value}"`);
  return Response.json({ error: "Invalid query parameters", fieldErrors }, { status: 400 });
}
