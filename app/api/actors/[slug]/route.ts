import { z } from "zod";
import { toActorDetailJson } from "@/lib/actors/json";
import { getActorOverview } from "@/lib/actors/queries";
import { withDatabaseErrors } from "@/lib/api/respond";
import { slugSchema } from "@/lib/statements/schema";

export const GET = withDatabaseErrors(async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = z.object({ slug: slugSchema }).safeParse(await params);
  if (!slug.success) {
    return Response.json(
      { error: "Invalid actor slug", fieldErrors: z.flattenError(slug.error).fieldErrors },
      { status: 400 },
    );
  }
  const actor = await getActorOverview(slug.data.slug);
  if (!actor) return Response.json({ error: "Actor not found" }, { status: 404 });
  return Response.json(toActorDetailJson(actor));
});
