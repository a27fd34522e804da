import { z } from "zod";
import { paramsToRecord, parseFiltersStrict } from "@/lib/statements/filters";
import { toStatementJson } from "@/lib/statements/json";
import { listStatements } from "@/lib/statements/queries";

export async function GET(request: Request) {
  const parsed = parseFiltersStrict(paramsToRecord(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json(
      { error: "Invalid query parameters", fieldErrors: z.flattenError(parsed.error).fieldErrors },
      { status: 400 },
    );
  }
  const page = await listStatements(parsed.data);
  if (page.unknown.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const u of page.unknown) (fieldErrors[u.field] ??= []).push(`Unknown ${u.field} "${u.value}"`);
    return Response.json({ error: "Invalid query parameters", fieldErrors }, { status: 400 });
  }
  return Response.json({ items: page.items.map(toStatementJson), nextCursor: page.nextCursor });
}
