import type { ActorListJson } from "@/lib/actors/api-schema";
import { toActorSummaryJson } from "@/lib/actors/json";
import { listActors } from "@/lib/actors/queries";
import { withDatabaseErrors } from "@/lib/api/respond";

export const GET = withDatabaseErrors(async function GET() {
  const body: ActorListJson = { items: (await listActors()).map(toActorSummaryJson) };
  return Response.json(body);
});
