import { z } from "zod";
import { withDatabaseErrors } from "@/lib/api/respond";
import { toConditionDetailJson } from "@/lib/conditions/json";
import { getConditionOverview } from "@/lib/conditions/queries";
import { slugSchema } from "@/lib/statements/schema";

export const GET = withDatabaseErrors(async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = z.object({ slug: slugSchema }).safeParse(await params);
  if (!slug.success) {
    return Response.json(
      { error: "Invalid condition slug", fieldErrors: z.flattenError(slug.error).fieldErrors },
      { status: 400 },
    );
  }
  const condition = await getConditionOverview(slug.data.slug);
  if (!condition) return Response.json({ error: "Condition not found" }, { status: 404 });
  return Response.json(toConditionDetailJson(condition));
});
