import { toStatementDetailJson } from "@/lib/statements/json";
import { getStatement } from "@/lib/statements/queries";
import { statementIdSchema } from "@/lib/statements/schema";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = statementIdSchema.safeParse((await params).id);
  if (!id.success) {
    return Response.json({ error: "Invalid statement id", fieldErrors: { id: ["Must be a positive whole number"] } }, { status: 400 });
  }
  const statement = await getStatement(id.data);
  if (!statement) return Response.json({ error: "Statement not found" }, { status: 404 });
  return Response.json(toStatementDetailJson(statement));
}
